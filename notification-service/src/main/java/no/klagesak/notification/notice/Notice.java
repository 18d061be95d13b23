package no.klagesak.notification.notice;

import java.time.Instant;
import java.util.Map;
import no.klagesak.contracts.tenant.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * One message owed to one person about one case. Its id is made from the event that caused it, the kind and the
 * recipient, so a redelivered or replayed event owes nothing new.
 *
 * @param recipient {@code complainant}, or a staff member's user name; never the address
 * @param email where it goes (personal data, kept only by notification-service); null for a letter the handler prints
 *     and posts, for a named complainant without an e-mail address, and for a text message
 * @param phone where a text message goes, for a complainant who gave a phone number and no e-mail address
 * @param values what the template fills in: never the complaint's text, and for staff never the complainant's identity
 */
public record Notice(
        String id,
        String tenantId,
        String complaintId,
        String reference,
        NoticeKind kind,
        String recipient,
        @Nullable String email,
        @Nullable String phone,
        String language,
        Map<String, Object> values,
        Instant createdAt) {

    public static final String COMPLAINANT = "complainant";

    public Notice {
        values = Map.copyOf(values);
    }

    /**
     * A notice to someone in the organisation about no one case (a digest, a reminder): to their login, at their
     * address, in their language.
     *
     * @param about what it is about in place of a complaint's id, e.g. {@code digest:2026-11-24}
     */
    public static Notice toStaff(
            String id,
            String tenantId,
            String about,
            String reference,
            NoticeKind kind,
            Organisation.Person person,
            Map<String, Object> values,
            Instant at) {
        return new Notice(
                id,
                tenantId,
                about,
                reference,
                kind,
                person.username(),
                person.email(),
                null,
                person.languageOrDefault(),
                values,
                at);
    }

    /** A letter by post: neither an e-mail nor a text message. */
    public boolean letter() {
        return email == null && phone == null;
    }

    /** A text message rather than an e-mail. */
    public boolean sms() {
        return email == null && phone != null;
    }

    /** How it reaches its recipient: {@code EMAIL}, {@code SMS} or {@code LETTER} (printed and posted). */
    public String channel() {
        return letter() ? "LETTER" : sms() ? "SMS" : "EMAIL";
    }

    public static String idOf(String eventId, NoticeKind kind, String recipient) {
        return eventId + ":" + kind + ":" + recipient;
    }
}
