package no.klagesak.support.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * {@link NeedToKnow}, which asks routing-service ({@code klagesak.need-to-know.routing-service-url}) who may read a
 * complaint and writes every read it allows or refuses to the {@link AuditLog}. Imported by intake and notification,
 * the services that hold something about a complaint and are not routing.
 */
@Configuration(proxyBeanMethods = false)
@Import(AuditLogConfiguration.class)
public class NeedToKnowConfiguration {

    @Bean
    NeedToKnow needToKnow(
            RestClient.Builder builder,
            @Value("${klagesak.need-to-know.routing-service-url}") String routingServiceUrl,
            AuditLog audit) {
        return new NeedToKnow(builder, routingServiceUrl, audit);
    }
}
