package no.klagesak.support.sealing;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.EventEnvelope;
import org.jspecify.annotations.Nullable;

/**
 * Seals the words that must travel in an event but never as plain text on Kafka, such as the handler's answer to the
 * complainant in {@code complaint.case-changed.v1}: AES-256-GCM with the tenant's event key ({@link
 * TenantKeys#eventKeys}), which every service with the master key derives alike. The topic's copy is then unreadable
 * without the master key, also after the case is erased and until the topic's retention removes it. A sealed text is
 * {@value #PREFIX} and base64.
 */
public class EventSealer {

    public static final String PREFIX = "sealed:event:v1:";

    private final TenantKeys keys;

    public EventSealer(TenantKeys keys) {
        this.keys = keys;
    }

    /** The words sealed for the event; null stays null. */
    public @Nullable String seal(String tenantId, @Nullable String plain) {
        if (plain == null) return null;
        return PREFIX
                + TenantKeys.encrypt(
                        keys.eventKeys(tenantId).getFirst(), plain.getBytes(StandardCharsets.UTF_8), keys.random());
    }

    /** The event with the words for the complainant opened, for the service that shows or sends them. */
    public EventEnvelope opened(EventEnvelope event) {
        if (event.data() instanceof CaseChanged changed && changed.toComplainant() != null) {
            return new EventEnvelope(
                    event.id(),
                    event.type(),
                    event.tenantId(),
                    event.complaintId(),
                    event.occurredAt(),
                    changed.withToComplainant(open(event.tenantId(), changed.toComplainant())));
        }
        return event;
    }

    /**
     * The words opened, with the current master key's event key or a previous one's. A text without the prefix is
     * refused: words for the complainant never travel unsealed.
     */
    public @Nullable String open(String tenantId, @Nullable String sealed) {
        if (sealed == null) return null;
        if (!sealed.startsWith(PREFIX)) throw new IllegalStateException("The event's words are not sealed");
        String body = sealed.substring(PREFIX.length());
        IllegalStateException last = null;
        for (SecretKey key : keys.eventKeys(tenantId)) {
            try {
                return new String(TenantKeys.decrypt(key, body), StandardCharsets.UTF_8);
            } catch (IllegalStateException wrongKey) {
                last = wrongKey;
            }
        }
        throw last == null ? new IllegalStateException("No event key") : last;
    }
}
