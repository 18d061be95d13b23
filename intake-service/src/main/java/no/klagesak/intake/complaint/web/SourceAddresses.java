package no.klagesak.intake.complaint.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.KDF;
import javax.crypto.Mac;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a source address is counted under by the limits (ADR 0021): a keyed hash (HMAC-SHA256) of the tenant and the
 * address, never the address itself. The key is derived from the master key (KLAGESAK_MASTER_KEY), so every instance
 * counts an address under the same hash, and the store alone cannot tell which address it was: a plain hash of an
 * IPv4 address is undone by hashing all four billion. With the tenant in the hash, one address is not linked across
 * tenants either.
 */
@Component
final class SourceAddresses {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    SourceAddresses(@Value("${klagesak.sealing.master-key:}") String masterKey) {
        if (masterKey.isBlank()) {
            throw new IllegalStateException(
                    "The rate limits hash source addresses with a key from the master key: set KLAGESAK_MASTER_KEY");
        }
        byte[] master = Base64.getDecoder().decode(masterKey.strip());
        try {
            // Derived as the event words' keys are (TenantKeys), with a salt of its own: never the master key itself.
            var hkdf = KDF.getInstance("HKDF-SHA256");
            this.key = new SecretKeySpec(
                    hkdf.deriveData(HKDFParameterSpec.ofExtract()
                            .addIKM(new SecretKeySpec(master, "AES"))
                            .addSalt("klagesak-rate-limit-sources".getBytes(StandardCharsets.UTF_8))
                            .thenExpand("intake".getBytes(StandardCharsets.UTF_8), 32)),
                    HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** The address as the limits count it: the same on every instance, for this tenant only. */
    String keyOf(String tenantId, String address) {
        try {
            byte[] hash = mac(key).doFinal((tenantId + "\u0000" + address).getBytes(StandardCharsets.UTF_8));
            // 128 bits tell addresses apart as well as 256 and keep the documents small.
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mac mac(SecretKeySpec key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(key);
        return mac;
    }
}
