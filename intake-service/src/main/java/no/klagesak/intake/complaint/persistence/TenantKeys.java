package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption with a key per tenant: each tenant's data key (AES-256) is made once, at random, and stored
 * only wrapped (AES-GCM) with the master key, which is never in the database ({@code klagesak.intake.master-key},
 * base64 of 32 bytes, from a secret). A dump of the database holds no key that opens anything. Erasing a tenant's
 * data key makes all its sealed content unreadable at once.
 */
@Component
class TenantKeys {

    private static final String COLLECTION = "tenant_keys";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MongoTemplate mongo;
    private final SecretKey master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

    TenantKeys(MongoTemplate mongo, @Value("${klagesak.intake.master-key}") String masterKey, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        byte[] bytes = Base64.getDecoder().decode(masterKey.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("klagesak.intake.master-key must be base64 of 32 bytes (AES-256)");
        }
        this.master = new SecretKeySpec(bytes, "AES");
    }

    /** The tenant's data key: made and stored (wrapped) the first time it is needed; the same from then on. */
    SecretKey of(String tenantId) {
        return keys.computeIfAbsent(tenantId, this::load);
    }

    private SecretKey load(String tenantId) {
        Document stored = mongo.findOne(query(where("_id").is(tenantId)), Document.class, COLLECTION);
        if (stored == null) {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, random);
                SecretKey fresh = generator.generateKey();
                mongo.insert(
                        new Document("_id", tenantId)
                                .append("wrapped", encrypt(master, fresh.getEncoded(), random))
                                .append("createdAt", Date.from(clock.instant())),
                        COLLECTION);
                return fresh;
            } catch (DuplicateKeyException madeByAnother) {
                stored = mongo.findOne(query(where("_id").is(tenantId)), Document.class, COLLECTION);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return new SecretKeySpec(decrypt(master, stored.getString("wrapped")), "AES");
    }

    /** Base64 of the random IV followed by the AES-GCM ciphertext and tag. */
    static String encrypt(SecretKey key, byte[] plain, SecureRandom random) {
        return Base64.getEncoder().encodeToString(encryptRaw(key, plain, random));
    }

    static byte[] decrypt(SecretKey key, String sealed) {
        return decryptRaw(key, Base64.getDecoder().decode(sealed));
    }

    /** The random IV followed by the AES-GCM ciphertext and tag. */
    static byte[] encryptRaw(SecretKey key, byte[] plain, SecureRandom random) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decryptRaw(SecretKey key, byte[] bytes) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed content could not be opened with the tenant's key", e);
        }
    }

    SecureRandom random() {
        return random;
    }
}
