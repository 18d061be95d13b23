package no.klagesak.support.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and who they must be for.
 *
 * @param issuer the exact {@code iss} every token must carry, e.g. {@code http://localhost:8180/realms/klagesak}
 * @param jwkSetUri where the signing keys are fetched; differs from the issuer when services reach Keycloak by another
 *     host name than browsers do (compose, Kubernetes)
 * @param audience the {@code aud} every token must contain
 */
@ConfigurationProperties("klagesak.security")
public record SecurityProperties(URI issuer, URI jwkSetUri, String audience) {}
