package no.klagesak.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Users log in with Keycloak (authorization code with PKCE); logging out ends the Keycloak session too. */
@Configuration
@EnableWebSecurity
class WebSecurity {

    @Bean
    SecurityFilterChain webSecurityFilterChain(
            HttpSecurity http, @Value("${klagesak.web.end-session-uri}") String endSessionUri) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/", "/css/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(Customizer.withDefaults())
                .logout(out -> out.logoutSuccessHandler(endKeycloakSession(endSessionUri)));
        return http.build();
    }

    /**
     * RP-initiated logout at Keycloak's end-session endpoint, then back to the home page. Spring's
     * OidcClientInitiatedLogoutSuccessHandler finds that endpoint only through issuer discovery, which this client
     * does not use (the browser and the server reach Keycloak by different URLs), so the redirect is built here.
     */
    static LogoutSuccessHandler endKeycloakSession(String endSessionUri) {
        return (request, response, authentication) -> {
            var target = UriComponentsBuilder.fromUriString(endSessionUri)
                    .queryParam("client_id", "klagesak-web")
                    .queryParam(
                            "post_logout_redirect_uri",
                            ServletUriComponentsBuilder.fromContextPath(request)
                                    .path("/")
                                    .toUriString());
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                target.queryParam("id_token_hint", user.getIdToken().getTokenValue());
            }
            response.sendRedirect(target.encode().build().toUriString());
        };
    }
}
