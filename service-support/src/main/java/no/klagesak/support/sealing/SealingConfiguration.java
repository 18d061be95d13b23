package no.klagesak.support.sealing;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link Sealer} of a service that holds content (intake, routing, notification; imported by each): its tenants'
 * data keys in its own database ({@code tenant_keys}), wrapped with the master key {@code klagesak.sealing.master-key}
 * (env {@code KLAGESAK_MASTER_KEY}; intake also reads its older name {@code KLAGESAK_INTAKE_MASTER_KEY}). To rotate
 * it, give the new key as the master key and the old one in {@code klagesak.sealing.previous-master-keys} (env {@code
 * KLAGESAK_PREVIOUS_MASTER_KEYS}, comma-separated): at start every data key is wrapped again with the new one.
 */
@Configuration(proxyBeanMethods = false)
public class SealingConfiguration {

    @Bean
    TenantKeys tenantKeys(
            MongoTemplate mongo,
            @Value("${klagesak.sealing.master-key:}") String masterKey,
            @Value("${klagesak.sealing.previous-master-keys:}") List<String> previousMasterKeys) {
        if (masterKey.isBlank()) {
            throw new IllegalStateException("This service seals content at rest and needs the master key:"
                    + " set KLAGESAK_MASTER_KEY to base64 of 32 random bytes (openssl rand -base64 32)");
        }
        var keys = new TenantKeys(mongo, masterKey, previousMasterKeys, Clock.systemUTC());
        int rewrapped = keys.rewrapAll();
        if (rewrapped > 0) log.info("Master key rotated: {} tenant data keys wrapped again", rewrapped);
        return keys;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SealingConfiguration.class);

    @Bean
    Sealer sealer(TenantKeys keys) {
        return new Sealer(keys);
    }

    @Bean
    EventSealer eventSealer(TenantKeys keys) {
        return new EventSealer(keys);
    }
}
