package no.klagesak.routing.assignment.persistence;

import no.klagesak.support.sealing.SealedCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this service stores sealed: the notes of the cases (what was done, reasons, improvements). What was sealed there before Tink is sealed again at start
 * (service-support's {@code Resealing}).
 */
@Configuration(proxyBeanMethods = false)
class SealedCollections {

    @Bean
    SealedCollection sealedCases() {
        return new SealedCollection(MongoCases.COLLECTION);
    }
}
