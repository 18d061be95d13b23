package no.klagesak.support.sealing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Envelope encryption with a key per tenant: each tenant's data key (AES-256) is made once, at random, and stored
 * only wrapped (AES-GCM) with the master key, which is never in the database ({@code klagesak.sealing.master-key},
 * env {@code KLAGESAK_MASTER_KEY}, base64 of 32 bytes, from a secret). A dump of the database holds no key that
 * opens anything. Erasing a tenant's data key makes all its sealed content unreadable at once. The master key is
 * rotated by giving the new one as the master key and the old among the previous ones: at start every data key is
 * wrapped again ({@link #rewrapAll()}).
 */
public class TenantKeys {

    private static final String COLLECTION = "tenant_keys";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MongoTemplate mongo;
    private final SecretKey master;
    private final List<SecretKey> previous;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

    public TenantKeys(MongoTemplate mongo, String masterKey, Clock clock) {
        this(mongo, masterKey, List.of(), clock);
    }

    /**
     * @param previousMasterKeys master keys used before (rotation): a data key still wrapped with one of them is
     *     opened with it and wrapped again with {@code masterKey} ({@link #rewrapAll()})
     */
    public TenantKeys(MongoTemplate mongo, String masterKey, List<String> previousMasterKeys, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.master = aes(masterKey, "klagesak.sealing.master-key (KLAGESAK_MASTER_KEY)");
        this.previous = previousMasterKeys.stream()
                .filter(k -> !k.isBlank())
                .map(k -> aes(k, "klagesak.sealing.previous-master-keys (KLAGESAK_PREVIOUS_MASTER_KEYS)"))
                .toList();
    }

    private static SecretKey aes(String base64, String name) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) throw new IllegalStateException(name + " must be base64 of 32 bytes (AES-256)");
        return new SecretKeySpec(bytes, "AES");
    }

    /**
     * Master-key rotation: every data key still wrapped with a previous master key is wrapped again with the current
     * one, each in one conditional write (of two instances doing it at once, one writes, and both end with the same
     * key). The content sealed with the data keys is not touched. Answers how many were re-wrapped; fails, changing
     * nothing more, on a data key that no known master key opens.
     */
    public int rewrapAll() {
        int rewrapped = 0;
        for (Document stored : mongo.findAll(Document.class, COLLECTION)) {
            String wrapped = stored.getString("wrapped");
            if (opens(master, wrapped)) continue;
            SecretKey old = previous.stream()
                    .filter(k -> opens(k, wrapped))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The data key of tenant " + stored.get("_id")
                            + " is wrapped with a master key that is neither the current nor a previous one"));
            String again = encrypt(master, decrypt(old, wrapped), random);
            rewrapped += (int) mongo.updateFirst(
                            query(where("_id")
                                    .is(stored.get("_id"))
                                    .and("wrapped")
                                    .is(wrapped)),
                            new org.springframework.data.mongodb.core.query.Update()
                                    .set("wrapped", again)
                                    .set("rewrappedAt", Date.from(clock.instant())),
                            COLLECTION)
                    .getModifiedCount();
        }
        keys.clear();
        return rewrapped;
    }

    private static boolean opens(SecretKey key, String wrapped) {
        try {
            decrypt(key, wrapped);
            return true;
        } catch (IllegalStateException wrongKey) {
            return false;
        }
    }

    /** The tenant's data key: made and stored (wrapped) the first time it is needed; the same from then on. */
    public SecretKey of(String tenantId) {
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
        String wrapped = stored.getString("wrapped");
        SecretKey opener = opens(master, wrapped)
                ? master
                : previous.stream().filter(k -> opens(k, wrapped)).findFirst().orElse(master);
        return new SecretKeySpec(decrypt(opener, wrapped), "AES");
    }

    /** Base64 of the random IV followed by the AES-GCM ciphertext and tag. */
    public static String encrypt(SecretKey key, byte[] plain, SecureRandom random) {
        return Base64.getEncoder().encodeToString(encryptRaw(key, plain, random));
    }

    public static byte[] decrypt(SecretKey key, String sealed) {
        return decryptRaw(key, Base64.getDecoder().decode(sealed));
    }

    /** The random IV followed by the AES-GCM ciphertext and tag. */
    public static byte[] encryptRaw(SecretKey key, byte[] plain, SecureRandom random) {
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

    public static byte[] decryptRaw(SecretKey key, byte[] bytes) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed content could not be opened with the tenant's key", e);
        }
    }

    public SecureRandom random() {
        return random;
    }

    /**
     * The tenant's key for words that travel in events (what the complainant is told of a step): derived with
     * HKDF-SHA256 from the master key and the tenant's id, so every service that has the master key derives the same
     * key and no key travels or is stored. The keys derived from the previous master keys follow, to open what was
     * sealed before a rotation.
     */
    public List<SecretKey> eventKeys(String tenantId) {
        return eventKeys.computeIfAbsent(
                tenantId,
                id -> java.util.stream.Stream.concat(java.util.stream.Stream.of(master), previous.stream())
                        .map(k -> derive(k, id))
                        .toList());
    }

    private final Map<String, List<SecretKey>> eventKeys = new ConcurrentHashMap<>();

    private static SecretKey derive(SecretKey master, String tenantId) {
        try {
            var hkdf = javax.crypto.KDF.getInstance("HKDF-SHA256");
            var params = javax.crypto.spec.HKDFParameterSpec.ofExtract()
                    .addIKM(master)
                    .addSalt("klagesak-event-words".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .thenExpand(tenantId.getBytes(java.nio.charset.StandardCharsets.UTF_8), 32);
            return hkdf.deriveKey("AES", params);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
