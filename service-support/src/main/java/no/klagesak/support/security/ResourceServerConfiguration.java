package no.klagesak.support.security;

import no.klagesak.support.web.ApiDocumentation;
import no.klagesak.support.web.FilterProblems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every service is a stateless OAuth2 resource server. A service with public endpoints declares its own chain and
 * applies {@link #resourceServer(HttpSecurity)} to it.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
        })
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
@ConditionalOnClass(
        name = "org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter")
public class ResourceServerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        return KlagesakJwt.decoder(properties);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        resourceServer(http)
                .authorizeHttpRequests(
                        requests -> openToAll(requests).anyRequest().authenticated());
        return http.build();
    }

    /**
     * What every service answers without a token, besides its own public endpoints: an error (so a refused public
     * request is answered as that error, 415 or 400, never 401), the OpenAPI document, and the actuator (on its own
     * management port).
     */
    public static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry openToAll(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        return requests.requestMatchers("/error")
                .permitAll()
                .requestMatchers(HttpMethod.GET, ApiDocumentation.DOCUMENT_PATHS)
                .permitAll()
                .requestMatchers("/actuator/**")
                .permitAll();
    }

    /**
     * Stateless, no CSRF (no cookies are used), JWT bearer tokens converted to {@link TenantAuthentication}. A missing
     * or refused token (401, with {@code WWW-Authenticate} as RFC 6750 has it) and a role that does not allow the
     * request (403) are answered as problem details, as every other refusal is.
     */
    public static HttpSecurity resourceServer(HttpSecurity http) throws Exception {
        var bearer = new BearerTokenAuthenticationEntryPoint();
        var denied = new BearerTokenAccessDeniedHandler();
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            // The entry point sets the status (401, or 400 for a malformed request) and WWW-Authenticate (RFC 6750).
            bearer.commence(request, response, e);
            if (response.isCommitted()) return;
            FilterProblems.write(response, response.getStatus(), "Unauthorized", "A valid access token is needed.");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            denied.handle(request, response, e);
            if (response.isCommitted()) return;
            FilterProblems.write(response, 403, "Forbidden", "The token's roles do not allow this.");
        };
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(
                        oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(new TenantTokenConverter()))
                                .authenticationEntryPoint(unauthorized)
                                .accessDeniedHandler(forbidden))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults());
    }
}
