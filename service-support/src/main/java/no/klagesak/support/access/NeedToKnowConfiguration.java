package no.klagesak.support.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/** {@link NeedToKnow} for services that hold something about a complaint and name routing-service's address. */
@AutoConfiguration
@ConditionalOnProperty("klagesak.need-to-know.routing-service-url")
public class NeedToKnowConfiguration {

    @Bean
    NeedToKnow needToKnow(
            RestClient.Builder builder,
            @Value("${klagesak.need-to-know.routing-service-url}") String routingServiceUrl) {
        return new NeedToKnow(builder, routingServiceUrl);
    }
}
