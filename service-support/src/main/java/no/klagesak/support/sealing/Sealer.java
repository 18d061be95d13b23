package no.klagesak.support.sealing;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Seals texts and files with their tenant's data key (AES-256-GCM) and opens them again. A sealed text is {@value
 * #PREFIX} and base64; a text without the prefix (stored before sealing existed, or erased to a marker) is read as it
 * is. Every text given is sealed, also one that happens to start with the prefix (a complainant may write anything).
 */
public class Sealer {

    public static final String PREFIX = "sealed:v1:";

    /** What a pseudonym starts with ({@link #pseudonym}). */
    public static final String PSEUDONYM = "pseudonym:v1:";

    private final TenantKeys keys;

    public Sealer(TenantKeys keys) {
        this.keys = keys;
    }

    /** The text sealed; null stays null. */
    @SuppressWarnings("NullAway")
    public String seal(String tenantId, @Nullable String plain) {
        if (plain == null) return null;
        return PREFIX + TenantKeys.encrypt(keys.of(tenantId), plain.getBytes(StandardCharsets.UTF_8), keys.random());
    }

    /** The text opened; a text that is not sealed is given back as it is. */
    @SuppressWarnings("NullAway")
    public String open(String tenantId, @Nullable String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) return stored;
        return new String(
                TenantKeys.decrypt(keys.of(tenantId), stored.substring(PREFIX.length())), StandardCharsets.UTF_8);
    }

    /**
     * A pseudonym of a value that the store may match on but not reverse: HMAC-SHA256 with the tenant's data key, so
     * the same value gives the same pseudonym within the tenant, a different one in another, and nothing without the
     * key.
     */
    public String pseudonym(String tenantId, String value) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(keys.of(tenantId).getEncoded(), "HmacSHA256"));
            return PSEUDONYM
                    + java.util.Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file's content, sealed as bytes. */
    public byte[] seal(String tenantId, byte[] content) {
        return TenantKeys.encryptRaw(keys.of(tenantId), content, keys.random());
    }

    public byte[] open(String tenantId, byte[] sealed) {
        return TenantKeys.decryptRaw(keys.of(tenantId), sealed);
    }
}
