package no.klagesak.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Sends a complainant who logs in to see their own complaints straight on to ID-porten: Keycloak brokers it as the
 * identity provider {@code idporten}, and {@code kc_idp_hint} skips Keycloak's own login page (where ID-porten is
 * hidden, since staff never use it). Everything else is Spring's authorization request, with PKCE.
 */
final class IdPortenHint implements OAuth2AuthorizationRequestResolver {

    static final String IDPORTEN = "idporten";

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    IdPortenHint(ClientRegistrationRepository registrations) {
        resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return hinted(request, resolver.resolve(request));
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return hinted(request, resolver.resolve(request, clientRegistrationId));
    }

    private static @Nullable OAuth2AuthorizationRequest hinted(
            HttpServletRequest request, @Nullable OAuth2AuthorizationRequest authorization) {
        if (authorization == null || !IDPORTEN.equals(request.getParameter("idp"))) return authorization;
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("kc_idp_hint", IDPORTEN))
                .build();
    }
}
