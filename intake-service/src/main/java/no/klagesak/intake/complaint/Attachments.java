package no.klagesak.intake.complaint;

import java.util.Optional;

/**
 * The content of attachments, kept apart from the complaint document (a document holds at most 16 MB). The complaint
 * is the commit point: content is stored first and is reachable only through a stored complaint that lists it, so a
 * complaint refused or lost after its files were stored leaves files that no one can reach, which the store removes
 * after a while.
 */
public interface Attachments {

    void store(String tenantId, String complaintId, Attachment attachment, byte[] content);

    /** The content, only within the tenant and the complaint that lists it. */
    Optional<byte[]> read(String tenantId, String complaintId, String attachmentId);
}
