package no.klagesak.intake.complaint.application.port;

import java.util.Optional;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.Complaint;

/**
 * The content of attachments, kept apart from the complaint document (a document holds at most 16 MB). The complaint
 * is the commit point: content is stored first and is reachable only through a stored complaint that lists it, so a
 * complaint refused or lost after its files were stored leaves files that no one can reach, which the store removes
 * after a while.
 */
public interface Attachments {

    void store(String tenantId, String complaintId, Attachment attachment, byte[] content);

    /**
     * The content of a file the stored complaint lists: take {@code listed} from {@link Complaint#attachments()} of
     * the complaint found in the tenant, which is what makes the file reachable.
     */
    Optional<byte[]> read(String tenantId, String complaintId, Attachment listed);
}
