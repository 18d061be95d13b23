package no.klagesak.notification.notice.persistence;

import no.klagesak.support.sealing.SealedCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this service stores sealed: the notices (addresses, texts) and the case facts (the complainant's address). What was sealed there before Tink is sealed again at start
 * (service-support's {@code Resealing}).
 */
@Configuration(proxyBeanMethods = false)
class SealedCollections {

    @Bean
    SealedCollection sealedNotices() {
        return new SealedCollection(MongoNotices.COLLECTION);
    }

    @Bean
    SealedCollection sealedCaseFacts() {
        return new SealedCollection(MongoCaseFacts.COLLECTION);
    }
}
