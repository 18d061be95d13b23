package no.klagesak.intake.complaint.persistence;

import java.util.List;
import java.util.function.BinaryOperator;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.support.sealing.Sealer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What of a complaint is sealed at rest with its tenant's key (docs/security.md, V14): the subject, the description,
 * the change wanted, the complainant's name and contact details, every message of the conversation, and the files. Classifications,
 * dates and ids stay readable for queries. Each value is bound to where it is stored (service-support's {@link Sealer}).
 */
@Component
class Sealing {

    static final String COMPLAINTS = "complaints";

    private final Sealer sealer;

    Sealing(Sealer sealer) {
        this.sealer = sealer;
    }

    /** The sealer of one complaint's document: each value bound to its tenant, the document and the field. */
    private Sealer.Fields fields(String tenantId, String complaintId) {
        return sealer.in(tenantId, COMPLAINTS, complaintId);
    }

    Complaint seal(Complaint c) {
        var f = fields(c.tenantId(), c.id().value());
        return c.withContent(
                f.seal("complaint.subject", c.subject()),
                f.seal("complaint.description", c.description()),
                f.seal("complaint.desiredChange", c.desiredChange()),
                c.complainant() == null ? null : complainant(f, c.complainant(), true),
                c.owner() == null || Sealer.isPseudonym(c.owner()) ? c.owner() : owner(c.tenantId(), c.owner()),
                named(f, c.concerns(), true));
    }

    /** Who sent it logged in, as the store keeps it: a pseudonym it can match but not reverse. */
    String owner(String tenantId, String subject) {
        return sealer.pseudonym(tenantId, subject);
    }

    /** Every pseudonym a logged-in sender's complaints may be stored under (today's and one from before Tink). */
    List<String> owners(String tenantId, String subject) {
        return sealer.pseudonyms(tenantId, subject);
    }

    Complaint open(Complaint c) {
        var f = fields(c.tenantId(), c.id().value());
        return c.withContent(
                f.open("complaint.subject", c.subject()),
                f.open("complaint.description", c.description()),
                f.open("complaint.desiredChange", c.desiredChange()),
                c.complainant() == null ? null : complainant(f, c.complainant(), false),
                c.owner(),
                named(f, c.concerns(), false));
    }

    Message seal(String tenantId, String complaintId, Message m) {
        return m.withText(fields(tenantId, complaintId).seal("conversation.text", m.text()));
    }

    List<Message> open(String tenantId, String complaintId, List<Message> messages) {
        var f = fields(tenantId, complaintId);
        return messages.stream()
                .map(m -> m.withText(f.open("conversation.text", m.text())))
                .toList();
    }

    /** A file's content, sealed as bytes, bound to its own document in {@code attachments}. */
    byte[] seal(String tenantId, String attachmentId, byte[] content) {
        return sealer.in(tenantId, MongoAttachments.COLLECTION, attachmentId).seal("content", content);
    }

    byte[] open(String tenantId, String attachmentId, byte[] sealed) {
        return sealer.in(tenantId, MongoAttachments.COLLECTION, attachmentId).open("content", sealed);
    }

    /** The name the complainant gave for whom it concerns, sealed like their own. */
    private static @Nullable Concerns named(Sealer.Fields f, @Nullable Concerns concerns, boolean sealing) {
        if (concerns == null || concerns.name() == null) return concerns;
        String name = sealing
                ? f.seal("complaint.concerns.name", concerns.name())
                : f.open("complaint.concerns.name", concerns.name());
        return new Concerns(concerns.kind(), concerns.id(), concerns.service(), name);
    }

    private static Complainant complainant(Sealer.Fields f, Complainant c, boolean sealing) {
        BinaryOperator<String> each = sealing ? f::seal : f::open;
        return new Complainant(
                each.apply("complaint.complainant.name", c.name()),
                each.apply("complaint.complainant.email", c.email()),
                each.apply("complaint.complainant.phone", c.phone()),
                each.apply("complaint.complainant.address", c.address()),
                c.representing());
    }
}
