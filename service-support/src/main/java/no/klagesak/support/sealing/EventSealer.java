package no.klagesak.support.sealing;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.EventEnvelope;
import org.jspecify.annotations.Nullable;

/**
 * Seals the words that must travel in an event but never as plain text on Kafka, such as the handler's answer to the
 * complainant in {@code complaint.case-changed.v1}: AES-256-GCM (Tink) with the tenant's event key ({@link
 * TenantKeys#eventKeys}), which every service with the master key derives alike, and the tenant and complaint as
 * associated data, so sealed words moved to another case's event do not open. The topic's copy is unreadable without
 * the master key, also after the case is erased and until the topic's retention removes it. A sealed text is {@value
 * #PREFIX} and base64; words sealed before the complaint was bound ({@value #EARLIER}) still open until the topic's
 * retention has removed them.
 */
public class EventSealer {

    public static final String PREFIX = "sealed:event:v2:";

    static final String EARLIER = "sealed:event:v1:";

    private final TenantKeys keys;

    public EventSealer(TenantKeys keys) {
        this.keys = keys;
    }

    private static byte[] associated(String tenantId, String complaintId) {
        return String.join("\u0000", "klagesak-event-words", tenantId, complaintId)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The words sealed for an event about the complaint; null stays null. */
    public @Nullable String seal(String tenantId, String complaintId, @Nullable String plain) {
        if (plain == null) return null;
        try {
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(keys.eventKeys(tenantId)
                                    .getFirst()
                                    .encrypt(
                                            plain.getBytes(StandardCharsets.UTF_8), associated(tenantId, complaintId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
                    changed.withToComplainant(open(event.tenantId(), event.complaintId(), changed.toComplainant())));
        }
        return event;
    }

    /**
     * The words opened, with the current master key's event key or a previous one's. A text without a prefix is
     * refused: words for the complainant never travel unsealed.
     */
    public @Nullable String open(String tenantId, String complaintId, @Nullable String sealed) {
        if (sealed == null) return null;
        byte[] associated;
        String body;
        if (sealed.startsWith(PREFIX)) {
            associated = associated(tenantId, complaintId);
            body = sealed.substring(PREFIX.length());
        } else if (sealed.startsWith(EARLIER)) {
            associated = new byte[0];
            body = sealed.substring(EARLIER.length());
        } else {
            throw new IllegalStateException("The event's words are not sealed");
        }
        byte[] bytes = Base64.getDecoder().decode(body);
        GeneralSecurityException last = null;
        for (Aead key : keys.eventKeys(tenantId)) {
            try {
                return new String(key.decrypt(bytes, associated), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException wrongKey) {
                last = wrongKey;
            }
        }
        throw new IllegalStateException(
                "The event's words could not be opened: sealed for another tenant or complaint, or with an unknown"
                        + " master key",
                last);
    }
}
