package no.klagesak.support.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;

/**
 * {@link NeedToKnow} and the {@link AuditLog} of every read it allows or refuses, for services that hold something
 * about a complaint and name routing-service's address.
 */
@AutoConfiguration
@ConditionalOnProperty("klagesak.need-to-know.routing-service-url")
public class NeedToKnowConfiguration {

    @Bean
    NeedToKnow needToKnow(
            RestClient.Builder builder,
            @Value("${klagesak.need-to-know.routing-service-url}") String routingServiceUrl,
            AuditLog audit) {
        return new NeedToKnow(builder, routingServiceUrl, audit);
    }

    @Bean
    AuditLog auditLog(MongoTemplate mongo, @Value("${spring.application.name}") String service) {
        return new AuditLog(mongo, java.time.Clock.systemUTC(), service);
    }

    @Bean
    AuditLogController auditLogController(AuditLog log) {
        return new AuditLogController(log);
    }
}
