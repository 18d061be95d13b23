package no.klagesak.web.services;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.oauth2.client.annotation.ClientRegistrationId;

/**
 * A call that sends the logged-in user's own Keycloak access token, refreshed when needed (token relay), so the service
 * decides from the real user; on a method of a service's HTTP interface, or on the interface when every call sends it.
 * A call without it sends no token (the public pages). Spring Security's {@code OAuth2ClientHttpRequestInterceptor}
 * adds the token to each call so marked ({@link ServiceClients}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ClientRegistrationId(UserToken.KEYCLOAK)
@interface UserToken {

    /** The client registration whose tokens are sent ({@code spring.security.oauth2.client.registration}). */
    String KEYCLOAK = "keycloak";
}
