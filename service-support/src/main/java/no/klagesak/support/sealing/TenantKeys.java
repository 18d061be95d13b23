package no.klagesak.support.sealing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Envelope encryption with keysets per tenant, kept by Google Tink (docs/adr/0017). Each tenant has two keysets, made
 * at random the first time they are needed: one seals content (AES-256-GCM), the other makes pseudonyms (HMAC-SHA256
 * PRF), so the key that seals is never the key that makes a value matchable. Both are stored only encrypted with the
 * master key, which is never in the database ({@code klagesak.sealing.master-key}, env {@code KLAGESAK_MASTER_KEY},
 * base64 of 32 bytes, from a secret), with the tenant and the keyset's name as associated data. A dump of the
 * database holds no key that opens anything; erasing a tenant's document here makes all its sealed content unreadable.
 *
 * <p>Three rotations: the master key (give the new one as the master key and the old among the previous ones; at
 * start every keyset is encrypted again, {@link #rewrapAll()}); a tenant's content keyset (a new primary key, the
 * old ones still open what they sealed, {@link #rotateContentKeys(Instant)}); the pseudonym keyset is not rotated,
 * since a pseudonym must stay the same to be matched.
 *
 * <p>Tenants from before keep their earlier data key ({@code wrapped}, AES-256 wrapped with the master key) only to
 * open what it sealed ({@link #legacy}) until {@link Resealing} has sealed it again.
 */
public class TenantKeys {

    static final String COLLECTION = "tenant_keys";
    private static final String CONTENT = "content";
    private static final String PSEUDONYMS = "pseudonyms";
    private static final String LEGACY = "wrapped";

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MongoTemplate mongo;
    private final byte[] masterBytes;
    private final Aead master;
    private final List<byte[]> previousBytes;
    private final List<Aead> previous;
    private final Clock clock;
    private final Map<String, Keys> keys = new ConcurrentHashMap<>();
    private final Map<String, List<Aead>> eventKeys = new ConcurrentHashMap<>();

    /** A tenant's keys, opened. */
    private record Keys(
            Aead content, PrfSet pseudonyms, @Nullable SecretKey legacy) {}

    public TenantKeys(MongoTemplate mongo, String masterKey, Clock clock) {
        this(mongo, masterKey, List.of(), clock);
    }

    /**
     * @param previousMasterKeys master keys used before (rotation): a keyset still encrypted with one of them is
     *     opened with it and encrypted again with {@code masterKey} ({@link #rewrapAll()})
     */
    public TenantKeys(MongoTemplate mongo, String masterKey, List<String> previousMasterKeys, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.masterBytes = bytes(masterKey, "klagesak.sealing.master-key (KLAGESAK_MASTER_KEY)");
        this.master = aead(masterBytes);
        this.previousBytes = previousMasterKeys.stream()
                .filter(k -> !k.isBlank())
                .map(k -> bytes(k, "klagesak.sealing.previous-master-keys (KLAGESAK_PREVIOUS_MASTER_KEYS)"))
                .toList();
        this.previous = previousBytes.stream().map(TenantKeys::aead).toList();
    }

    private static byte[] bytes(String base64, String name) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) throw new IllegalStateException(name + " must be base64 of 32 bytes (AES-256)");
        return bytes;
    }

    static Aead aead(byte[] key) {
        try {
            return new AesGcmJce(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tenant's content keyset, as an AEAD whose primary key seals and whose every key opens. */
    public Aead content(String tenantId) {
        return keys(tenantId).content();
    }

    /** The tenant's pseudonym keyset. */
    public PrfSet pseudonyms(String tenantId) {
        return keys(tenantId).pseudonyms();
    }

    /** The tenant's data key from before Tink, if it has one: it only opens what it sealed then. */
    public Optional<SecretKey> legacy(String tenantId) {
        return Optional.ofNullable(keys(tenantId).legacy());
    }

    private Keys keys(String tenantId) {
        return keys.computeIfAbsent(tenantId, this::load);
    }

    private Keys load(String tenantId) {
        Document stored = find(tenantId);
        if (stored == null) {
            try {
                mongo.insert(
                        new Document("_id", tenantId)
                                .append(CONTENT, fresh(tenantId, CONTENT))
                                .append(PSEUDONYMS, fresh(tenantId, PSEUDONYMS))
                                .append("createdAt", Date.from(clock.instant()))
                                .append("contentRotatedAt", Date.from(clock.instant())),
                        COLLECTION);
            } catch (DuplicateKeyException madeByAnother) {
                // Read below.
            }
            stored = find(tenantId);
        } else if (!stored.containsKey(CONTENT) || !stored.containsKey(PSEUDONYMS)) {
            // A tenant from before Tink: its keysets are added once, by whichever instance comes first.
            mongo.updateFirst(
                    query(where("_id").is(tenantId).and(CONTENT).exists(false)),
                    new Update()
                            .set(CONTENT, fresh(tenantId, CONTENT))
                            .set(PSEUDONYMS, fresh(tenantId, PSEUDONYMS))
                            .set("contentRotatedAt", Date.from(clock.instant())),
                    COLLECTION);
            stored = find(tenantId);
        }
        if (stored == null) throw new IllegalStateException("The keys of tenant " + tenantId + " could not be stored");
        try {
            String legacy = stored.getString(LEGACY);
            return new Keys(
                    keyset(tenantId, CONTENT, stored.getString(CONTENT))
                            .getPrimitive(RegistryConfiguration.get(), Aead.class),
                    keyset(tenantId, PSEUDONYMS, stored.getString(PSEUDONYMS))
                            .getPrimitive(RegistryConfiguration.get(), PrfSet.class),
                    legacy == null ? null : new SecretKeySpec(unwrapLegacy(tenantId, legacy), "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keys of tenant " + tenantId + " could not be opened", e);
        }
    }

    private @Nullable Document find(String tenantId) {
        return mongo.findOne(query(where("_id").is(tenantId)), Document.class, COLLECTION);
    }

    private String fresh(String tenantId, String name) {
        try {
            var handle = KeysetHandle.generateNew(
                    name.equals(CONTENT)
                            ? PredefinedAeadParameters.AES256_GCM
                            : PredefinedPrfParameters.HMAC_SHA256_PRF);
            return encrypted(handle, master, tenantId, name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] associated(String tenantId, String name) {
        return ("klagesak\u0000" + COLLECTION + "\u0000" + tenantId + "\u0000" + name).getBytes(StandardCharsets.UTF_8);
    }

    private static String encrypted(KeysetHandle handle, Aead with, String tenantId, String name)
            throws GeneralSecurityException {
        return Base64.getEncoder()
                .encodeToString(
                        TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, with, associated(tenantId, name)));
    }

    /** The keyset opened with the master key, or a previous one (until {@link #rewrapAll()} has run). */
    private KeysetHandle keyset(String tenantId, String name, String stored) throws GeneralSecurityException {
        byte[] bytes = Base64.getDecoder().decode(stored);
        GeneralSecurityException last = null;
        for (Aead key : masters()) {
            try {
                return TinkProtoKeysetFormat.parseEncryptedKeyset(bytes, key, associated(tenantId, name));
            } catch (GeneralSecurityException wrongKey) {
                last = wrongKey;
            }
        }
        throw last;
    }

    private byte[] unwrapLegacy(String tenantId, String wrapped) throws GeneralSecurityException {
        byte[] bytes = Base64.getDecoder().decode(wrapped);
        GeneralSecurityException last = null;
        for (Aead key : masters()) {
            try {
                return key.decrypt(bytes, new byte[0]);
            } catch (GeneralSecurityException wrongKey) {
                last = wrongKey;
            }
        }
        throw new GeneralSecurityException(
                "The earlier data key of tenant " + tenantId + " opens with no master key", last);
    }

    private List<Aead> masters() {
        var all = new ArrayList<Aead>();
        all.add(master);
        all.addAll(previous);
        return all;
    }

    /**
     * Master-key rotation: every keyset (and earlier data key) still encrypted with a previous master key is encrypted
     * again with the current one, each tenant in one conditional write (of two instances doing it at once, one writes,
     * and both end with the same keys). The content sealed with the keysets is not touched. Answers how many tenants
     * were changed; fails, changing nothing more, on a key that no known master key opens.
     */
    public int rewrapAll() {
        int rewrapped = 0;
        for (Document stored : mongo.findAll(Document.class, COLLECTION)) {
            String tenantId = String.valueOf(stored.get("_id"));
            Query unchanged = query(where("_id").is(tenantId));
            Update again = new Update();
            try {
                for (String name : List.of(CONTENT, PSEUDONYMS)) {
                    String value = stored.getString(name);
                    if (value == null
                            || opensWithMaster(() -> TinkProtoKeysetFormat.parseEncryptedKeyset(
                                    Base64.getDecoder().decode(value), master, associated(tenantId, name)))) continue;
                    again.set(name, encrypted(keyset(tenantId, name, value), master, tenantId, name));
                    unchanged.addCriteria(where(name).is(value));
                }
                String legacy = stored.getString(LEGACY);
                if (legacy != null
                        && !opensWithMaster(
                                () -> master.decrypt(Base64.getDecoder().decode(legacy), new byte[0]))) {
                    again.set(
                            LEGACY,
                            Base64.getEncoder()
                                    .encodeToString(master.encrypt(unwrapLegacy(tenantId, legacy), new byte[0])));
                    unchanged.addCriteria(where(LEGACY).is(legacy));
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(
                        "The keys of tenant " + tenantId
                                + " are encrypted with a master key that is neither the current nor a previous one",
                        e);
            }
            if (again.getUpdateObject().isEmpty()) continue;
            again.set("rewrappedAt", Date.from(clock.instant()));
            rewrapped += (int) mongo.updateFirst(unchanged, again, COLLECTION).getModifiedCount();
        }
        keys.clear();
        return rewrapped;
    }

    private interface Attempt {
        void run() throws GeneralSecurityException;
    }

    private static boolean opensWithMaster(Attempt attempt) {
        try {
            attempt.run();
            return true;
        } catch (GeneralSecurityException wrongKey) {
            return false;
        }
    }

    /**
     * Content-key rotation: every tenant whose primary content key was made before {@code before} gets a new primary
     * key; its earlier keys stay in the keyset and open what they sealed. Safe to run at every start with the same
     * instant (a tenant rotated since is left alone) and from several instances at once (one conditional write per
     * tenant). Answers how many tenants were rotated.
     */
    public int rotateContentKeys(Instant before) {
        int rotated = 0;
        for (Document stored : mongo.find(
                query(where(CONTENT).exists(true).and("contentRotatedAt").lt(Date.from(before))),
                Document.class,
                COLLECTION)) {
            String tenantId = String.valueOf(stored.get("_id"));
            String value = stored.getString(CONTENT);
            try {
                var handle = KeysetHandle.newBuilder(keyset(tenantId, CONTENT, value))
                        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                .withRandomId()
                                .makePrimary())
                        .build();
                rotated += (int) mongo.updateFirst(
                                query(where("_id").is(tenantId).and(CONTENT).is(value)),
                                new Update()
                                        .set(CONTENT, encrypted(handle, master, tenantId, CONTENT))
                                        .set("contentRotatedAt", Date.from(clock.instant())),
                                COLLECTION)
                        .getModifiedCount();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The content keys of tenant " + tenantId + " could not be rotated", e);
            }
        }
        keys.clear();
        return rotated;
    }

    /**
     * The tenant's keys for words that travel in events (what the complainant is told of a step): derived with
     * HKDF-SHA256 from the master key and the tenant's id, so every service that has the master key derives the same
     * key and no key travels or is stored. The keys derived from the previous master keys follow, to open what was
     * sealed before a rotation.
     */
    List<Aead> eventKeys(String tenantId) {
        return eventKeys.computeIfAbsent(
                tenantId,
                id -> Stream.concat(Stream.of(masterBytes), previousBytes.stream())
                        .map(k -> aead(derive(k, id)))
                        .toList());
    }

    private static byte[] derive(byte[] master, String tenantId) {
        try {
            var hkdf = KDF.getInstance("HKDF-SHA256");
            var params = HKDFParameterSpec.ofExtract()
                    .addIKM(new SecretKeySpec(master, "AES"))
                    .addSalt("klagesak-event-words".getBytes(StandardCharsets.UTF_8))
                    .thenExpand(tenantId.getBytes(StandardCharsets.UTF_8), 32);
            return hkdf.deriveData(params);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
