package no.klagesak.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/** Users log in with Keycloak (authorization code with PKCE); logging out ends the Keycloak session too. */
@Configuration
@EnableWebSecurity
class WebSecurity {

    @Bean
    SecurityFilterChain webSecurityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations)
            throws Exception {
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/", "/css/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(Customizer.withDefaults())
                .logout(out -> out.logoutSuccessHandler(logout));
        return http.build();
    }
}
