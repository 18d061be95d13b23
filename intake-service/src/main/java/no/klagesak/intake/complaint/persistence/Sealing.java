package no.klagesak.intake.complaint.persistence;

import java.util.List;
import no.klagesak.intake.complaint.Complainant;
import no.klagesak.intake.complaint.Complaint;
import no.klagesak.intake.complaint.Message;
import no.klagesak.support.sealing.Sealer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What of a complaint is sealed at rest with its tenant's key (docs/security.md, V14): the subject, the description,
 * the change wanted, the complainant's name and contact details, every message of the conversation, and the files. Classifications,
 * dates and ids stay readable for queries. A sealed text is {@value #PREFIX} and base64; a text without the prefix
 * (stored before sealing existed) is read as it is.
 */
@Component
class Sealing {

    static final String PREFIX = Sealer.PREFIX;

    private final Sealer sealer;

    Sealing(Sealer sealer) {
        this.sealer = sealer;
    }

    Complaint seal(Complaint c) {
        String t = c.tenantId();
        return c.withContent(
                seal(t, c.subject()),
                seal(t, c.description()),
                seal(t, c.desiredChange()),
                c.complainant() == null ? null : complainant(t, c.complainant(), true),
                c.owner() == null || c.owner().startsWith(Sealer.PSEUDONYM) ? c.owner() : owner(t, c.owner()));
    }

    /** Who sent it logged in, as the store keeps it: a pseudonym it can match but not reverse. */
    String owner(String tenantId, String subject) {
        return sealer.pseudonym(tenantId, subject);
    }

    Complaint open(Complaint c) {
        String t = c.tenantId();
        return c.withContent(
                open(t, c.subject()),
                open(t, c.description()),
                open(t, c.desiredChange()),
                c.complainant() == null ? null : complainant(t, c.complainant(), false),
                c.owner());
    }

    Message seal(String tenantId, Message m) {
        return m.withText(seal(tenantId, m.text()));
    }

    List<Message> open(String tenantId, List<Message> messages) {
        return messages.stream().map(m -> m.withText(open(tenantId, m.text()))).toList();
    }

    /** A file's content, sealed as bytes. */
    byte[] seal(String tenantId, byte[] content) {
        return sealer.seal(tenantId, content);
    }

    byte[] open(String tenantId, byte[] sealed) {
        return sealer.open(tenantId, sealed);
    }

    private Complainant complainant(String t, Complainant c, boolean sealing) {
        java.util.function.UnaryOperator<String> f = sealing ? s -> seal(t, s) : s -> open(t, s);
        return new Complainant(
                f.apply(c.name()), f.apply(c.email()), f.apply(c.phone()), f.apply(c.address()), c.representing());
    }

    @SuppressWarnings("NullAway")
    private String seal(String tenantId, @Nullable String plain) {
        return sealer.seal(tenantId, plain);
    }

    @SuppressWarnings("NullAway")
    private String open(String tenantId, @Nullable String stored) {
        return sealer.open(tenantId, stored);
    }
}
