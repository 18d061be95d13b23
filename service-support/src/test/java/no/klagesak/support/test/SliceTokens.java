package no.klagesak.support.test;

import java.util.List;
import java.util.Map;
import no.klagesak.support.security.TenantTokenConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** Authentications for web slice tests, made by the production converter from Keycloak-shaped claims. */
public final class SliceTokens {

    private SliceTokens() {}

    public static AbstractAuthenticationToken user(@Nullable String tenant, String username, String... roles) {
        Jwt.Builder jwt = Jwt.withTokenValue("slice-test")
                .header("alg", "RS256")
                .subject(username)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (tenant != null) {
            jwt.claim("organization", List.of(tenant));
        }
        return new TenantTokenConverter().convert(jwt.build());
    }
}
