package no.klagesak.support.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/**
 * {@link NeedToKnow}, which writes every read it allows or refuses to the {@link AuditLog}, for services that hold
 * something about a complaint and name routing-service's address.
 */
@AutoConfiguration(after = AuditLogConfiguration.class)
@ConditionalOnProperty("klagesak.need-to-know.routing-service-url")
public class NeedToKnowConfiguration {

    @Bean
    NeedToKnow needToKnow(
            RestClient.Builder builder,
            @Value("${klagesak.need-to-know.routing-service-url}") String routingServiceUrl,
            AuditLog audit) {
        return new NeedToKnow(builder, routingServiceUrl, audit);
    }
}
