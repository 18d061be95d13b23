package no.klagesak.web.services;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** A client of one service that sends the logged-in user's own Keycloak access token, refreshed when needed. */
final class UserToken {

    private UserToken() {}

    static RestClient client(
            RestClient.Builder builder, OAuth2AuthorizedClientManager authorizedClients, String baseUrl) {
        var userToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        userToken.setClientRegistrationIdResolver(request -> "keycloak");
        return builder.clone().baseUrl(baseUrl).requestInterceptor(userToken).build();
    }
}
