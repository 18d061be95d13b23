package no.klagesak.support.sealing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link Sealer} of a service that holds content (intake, routing, notification; imported by each): its tenants'
 * keysets in its own database ({@code tenant_keys}), encrypted with the master key {@code klagesak.sealing.master-key}
 * (env {@code KLAGESAK_MASTER_KEY}; intake also reads its older name {@code KLAGESAK_INTAKE_MASTER_KEY}). To rotate
 * it, give the new key as the master key and the old one in {@code klagesak.sealing.previous-master-keys} (env {@code
 * KLAGESAK_PREVIOUS_MASTER_KEYS}, comma-separated): at start every keyset is encrypted again with the new one. To give
 * every tenant a new content key, set {@code klagesak.sealing.rotate-content-keys-before} (an instant): tenants whose
 * key is older get a new primary key at start.
 */
@Configuration(proxyBeanMethods = false)
public class SealingConfiguration {

    @Bean
    TenantKeys tenantKeys(
            MongoTemplate mongo,
            @Value("${klagesak.sealing.master-key:}") String masterKey,
            @Value("${klagesak.sealing.previous-master-keys:}") List<String> previousMasterKeys,
            @Value("${klagesak.sealing.rotate-content-keys-before:}") String rotateBefore) {
        if (masterKey.isBlank()) {
            throw new IllegalStateException("This service seals content at rest and needs the master key:"
                    + " set KLAGESAK_MASTER_KEY to base64 of 32 random bytes (openssl rand -base64 32)");
        }
        var keys = new TenantKeys(mongo, masterKey, previousMasterKeys, Clock.systemUTC());
        int rewrapped = keys.rewrapAll();
        if (rewrapped > 0) log.info("Master key rotated: the keys of {} tenants encrypted again", rewrapped);
        if (!rotateBefore.isBlank()) {
            int rotated = keys.rotateContentKeys(Instant.parse(rotateBefore.strip()));
            if (rotated > 0) log.info("Content keys rotated: {} tenants have a new primary key", rotated);
        }
        return keys;
    }

    private static final Logger log = LoggerFactory.getLogger(SealingConfiguration.class);

    @Bean
    Sealer sealer(TenantKeys keys) {
        return new Sealer(keys);
    }

    @Bean
    EventSealer eventSealer(TenantKeys keys) {
        return new EventSealer(keys);
    }

    /** At start, what this service sealed before Tink is sealed again, collection by collection, once. */
    @Bean
    ApplicationRunner resealingEarlierValues(
            MongoTemplate mongo, Sealer sealer, ObjectProvider<SealedCollection> sealed) {
        var resealing = new Resealing(mongo, sealer, Clock.systemUTC());
        return args -> sealed.orderedStream().forEach(collection -> {
            var result = resealing.reseal(collection.name(), collection.fileFields());
            if (result.documents() > 0) {
                log.info(
                        "Sealed again with the tenant keysets: {} values in {} documents of {}",
                        result.values(),
                        result.documents(),
                        collection.name());
            }
        });
    }
}
