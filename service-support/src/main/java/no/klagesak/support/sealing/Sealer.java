package no.klagesak.support.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals texts and files with their tenant's content keyset ({@link TenantKeys}, Tink AES-256-GCM) and opens them
 * again. Every sealed value is bound to where it lives: its tenant, collection, document and field are its associated
 * data, so a sealed value copied to another field, document or tenant does not open. A sealed text is {@value
 * #PREFIX} and base64; a text with the earlier prefix {@value #EARLIER} was sealed before Tink and opens with the
 * tenant's earlier data key until {@link Resealing} has sealed it again; a text without either (stored before sealing
 * existed, or erased to a marker) is read as it is. Every text given is sealed, also one that happens to start with
 * a prefix (a complainant may write anything).
 */
public class Sealer {

    public static final String PREFIX = "sealed:v2:";

    /** What a text sealed before Tink starts with: no associated data, the tenant's earlier data key. */
    public static final String EARLIER = "sealed:v1:";

    /** What a pseudonym starts with ({@link #pseudonym}). */
    public static final String PSEUDONYM = "pseudonym:v2:";

    /** What a pseudonym made before Tink starts with (HMAC-SHA256 with the earlier data key). */
    static final String EARLIER_PSEUDONYM = "pseudonym:v1:";

    private final TenantKeys keys;

    public Sealer(TenantKeys keys) {
        this.keys = keys;
    }

    /**
     * The sealer for the fields of one stored document.
     *
     * @param collection where the document is stored
     * @param documentId its {@code _id}
     */
    public Fields in(String tenantId, String collection, String documentId) {
        return new Fields(tenantId, collection, documentId);
    }

    /**
     * Seals and opens the fields of one stored document. A field is named by its path in the stored document, without
     * array positions ({@code complaint.subject}, {@code conversation.text}, {@code values.response}), as {@link
     * Resealing} finds it.
     */
    public final class Fields {

        private final String tenantId;
        private final String collection;
        private final String documentId;

        private Fields(String tenantId, String collection, String documentId) {
            this.tenantId = tenantId;
            this.collection = collection;
            this.documentId = documentId;
        }

        private byte[] associated(String field) {
            return String.join("\u0000", "klagesak", tenantId, collection, documentId, field)
                    .getBytes(StandardCharsets.UTF_8);
        }

        /** The text sealed; null stays null. */
        @SuppressWarnings("NullAway")
        public String seal(String field, @Nullable String plain) {
            if (plain == null) return null;
            return PREFIX + Base64.getEncoder().encodeToString(seal(field, plain.getBytes(StandardCharsets.UTF_8)));
        }

        /** The text opened; a text that is not sealed is given back as it is. */
        @SuppressWarnings("NullAway")
        public String open(String field, @Nullable String stored) {
            if (stored == null) return null;
            if (stored.startsWith(PREFIX)) {
                return new String(
                        open(field, Base64.getDecoder().decode(stored.substring(PREFIX.length()))),
                        StandardCharsets.UTF_8);
            }
            if (stored.startsWith(EARLIER)) {
                return new String(
                        openEarlier(Base64.getDecoder().decode(stored.substring(EARLIER.length()))),
                        StandardCharsets.UTF_8);
            }
            return stored;
        }

        /** A file's content, sealed as bytes. */
        public byte[] seal(String field, byte[] content) {
            try {
                return keys.content(tenantId).encrypt(content, associated(field));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A file's content opened: sealed with the keyset, or with the earlier data key (before {@link Resealing}). */
        public byte[] open(String field, byte[] sealed) {
            try {
                return keys.content(tenantId).decrypt(sealed, associated(field));
            } catch (GeneralSecurityException notThisKeyset) {
                if (keys.legacy(tenantId).isEmpty()) throw unreadable(notThisKeyset);
                return openEarlier(sealed);
            }
        }

        /** Whether the bytes were sealed before Tink (they open with the earlier data key only). */
        boolean earlier(String field, byte[] sealed) {
            try {
                keys.content(tenantId).decrypt(sealed, associated(field));
                return false;
            } catch (GeneralSecurityException notThisKeyset) {
                return keys.legacy(tenantId).isPresent();
            }
        }

        private byte[] openEarlier(byte[] sealed) {
            var earlier = keys.legacy(tenantId)
                    .orElseThrow(() -> new IllegalStateException(
                            "Sealed content could not be opened: the tenant has no earlier data key"));
            try {
                return TenantKeys.aead(earlier.getEncoded()).decrypt(sealed, new byte[0]);
            } catch (GeneralSecurityException e) {
                throw unreadable(e);
            }
        }

        private IllegalStateException unreadable(GeneralSecurityException e) {
            return new IllegalStateException(
                    "Sealed content could not be opened: it belongs to another tenant, document or field,"
                            + " or its key was erased",
                    e);
        }
    }

    /**
     * A pseudonym of a value that the store may match on but not reverse: the tenant's pseudonym keyset (HMAC-SHA256
     * PRF, never the key that seals), so the same value gives the same pseudonym within the tenant, a different one in
     * another, and nothing without the key.
     */
    public String pseudonym(String tenantId, String value) {
        try {
            return PSEUDONYM
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(keys.pseudonyms(tenantId)
                                    .computePrimary(value.getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every pseudonym the value may be stored under: today's, and the one made with the earlier data key for a tenant
     * from before Tink (a pseudonym cannot be made again without the value, so those stay and are matched as well).
     */
    public List<String> pseudonyms(String tenantId, String value) {
        var all = new ArrayList<String>();
        all.add(pseudonym(tenantId, value));
        keys.legacy(tenantId).ifPresent(earlier -> {
            try {
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(earlier.getEncoded(), "HmacSHA256"));
                all.add(EARLIER_PSEUDONYM
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        return all;
    }

    /** Whether a stored value is a pseudonym already (of either kind). */
    public static boolean isPseudonym(@Nullable String value) {
        return value != null && (value.startsWith(PSEUDONYM) || value.startsWith(EARLIER_PSEUDONYM));
    }
}
