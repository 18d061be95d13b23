package no.klagesak.support.test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * For a service's component test to implement: every endpoint of the running service, from its own request mappings,
 * against forged and misused tokens ({@link TokenAttacks}, ASVS V9). One test, the same in every service.
 */
public interface EveryEndpointRefusesForgedTokens {

    @Test
    default void every_endpoint_refuses_forged_and_misused_tokens_with_401(
            @Value("${local.server.port}") int port,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        TokenAttacks.assertEveryAttackRefused(port, TokenAttacks.inventory(mappings), TokenAttacks.all("fjordvekst"));
    }
}
