package no.klagesak.intake.complaint.persistence;

import java.util.Set;
import no.klagesak.support.sealing.SealedCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this service stores sealed: the complaints (text, contact details, conversation) and the attached files. What was sealed there before Tink is sealed again at start
 * (service-support's {@code Resealing}).
 */
@Configuration(proxyBeanMethods = false)
class SealedCollections {

    @Bean
    SealedCollection sealedComplaints() {
        return new SealedCollection(Sealing.COMPLAINTS);
    }

    @Bean
    SealedCollection sealedAttachments() {
        return new SealedCollection(MongoAttachments.COLLECTION, Set.of("content"));
    }
}
