package no.klagesak.web;

import java.net.URI;
import no.klagesak.contracts.tenant.StaffRoles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Users log in with Keycloak (authorization code with PKCE); logging out ends the Keycloak session too. */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class WebSecurity {

    static final String OPERATOR = "platform-operator";
    static final String TENANT_ADMIN = "tenant-admin";
    /** Who may register a complaint for someone: those who receive and handle complaints. */
    static final String[] STAFF = {"receiver", "handler", "managing-director", "management"};

    /**
     * Everyone on the staff, whatever their role: each may report a deviation from the routine (routine 001) and read
     * the reports they may read.
     */
    static final String[] DEVIATION_REPORTERS = StaffRoles.MANAGED.toArray(String[]::new);

    /** Those who may be given a case: staff, and the board's contact or a board member the routine names. */
    static final String[] CASE_READERS = {"receiver", "handler", "managing-director", "management", "board"};

    /**
     * The tenant's public pages ({@code /t/**}: routine, complaint form, follow-up) keep nothing about the visitor: no
     * session and so no session cookie. Cross-site request forgery protects nothing there: a forged request can do
     * only what anyone may do directly (send a complaint), and follow-up needs the receipt code.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http, @Value("${klagesak.web.end-session-uri}") String endSessionUri)
            throws Exception {
        String keycloakOrigin = origin(endSessionUri);
        var publicPath = PathPatternRequestMatcher.withDefaults().matcher("/t/**");
        http.securityMatcher(new AndRequestMatcher(publicPath, new NegatedRequestMatcher(MY_PAGES)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        headers(http, keycloakOrigin);
        return http.build();
    }

    /**
     * A complainant's own pages ({@code /t/{tenant}/mine-saker/**}): logged in with ID-porten through Keycloak, in a
     * session of their own; the only pages under {@code /t/**} that keep one.
     */
    static final RequestMatcher MY_PAGES =
            PathPatternRequestMatcher.withDefaults().matcher("/t/*/mine-saker/**");

    /**
     * The published routine ({@code /t/**}) is public; the operator's and the tenant admin's pages need their role,
     * and the services check the same token again.
     */
    @Bean
    SecurityFilterChain webSecurityFilterChain(
            HttpSecurity http,
            @Value("${klagesak.web.end-session-uri}") String endSessionUri,
            @Value("${spring.security.oauth2.client.provider.keycloak.jwk-set-uri}") String jwkSetUri,
            ClientRegistrationRepository registrations,
            OidcBackChannelLogoutHandler backChannelLogout)
            throws Exception {
        JwtDecoder accessTokens = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        http.authorizeHttpRequests(requests -> requests.requestMatchers(MY_PAGES)
                        .authenticated()
                        .requestMatchers(
                                "/",
                                "/t/**",
                                "/css/**",
                                "/ds/**",
                                "/js/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/robots.txt",
                                "/error",
                                "/actuator/**")
                        .permitAll()
                        .requestMatchers("/operator/**")
                        .hasRole(OPERATOR)
                        .requestMatchers("/admin/**")
                        .hasRole(TENANT_ADMIN)
                        .requestMatchers("/oversikt", "/oversikt/**")
                        .hasAnyRole("managing-director", "management")
                        .requestMatchers("/styret/gjennomgang", "/styret/gjennomgang/**")
                        .hasAnyRole("managing-director", "management")
                        .requestMatchers("/styret", "/styret/**")
                        .hasAnyRole("board", "managing-director", "management")
                        .requestMatchers("/avvik", "/avvik/**")
                        .hasAnyRole(DEVIATION_REPORTERS)
                        .requestMatchers("/registrering", "/undersokelse-ved-avslutning")
                        .hasAnyRole(STAFF)
                        // The board's contact handles what concerns the managing director (routine: § 2 A-6).
                        .requestMatchers("/saker", "/saker/**")
                        .hasAnyRole(CASE_READERS)
                        .anyRequest()
                        .authenticated())
                .oauth2Login(
                        login -> login.userInfoEndpoint(info -> info.oidcUserService(new KeycloakRoles(accessTokens)))
                                .authorizationEndpoint(endpoint ->
                                        endpoint.authorizationRequestResolver(new IdPortenHint(registrations))))
                // Complainants' own pages send them to ID-porten; everyone else to Keycloak's own login.
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        response.sendRedirect(request.getContextPath() + "/oauth2/authorization/keycloak"
                                + (MY_PAGES.matches(request) ? "?idp=" + IdPortenHint.IDPORTEN : ""))))
                .logout(out -> out.logoutSuccessHandler(endKeycloakSession(endSessionUri)))
                // Keycloak tells the web when it ends a session (someone registered as having left, an admin's
                // sign-out): the web session ends at once, not when its access token runs out.
                .oidcLogout(logout -> logout.backChannel(channel -> channel.logoutHandler(backChannelLogout)));
        headers(http, origin(endSessionUri));
        return http.build();
    }

    /**
     * Keycloak's registration as configured (each endpoint given, so the web starts while Keycloak is still starting),
     * with the issuer named too: a back-channel logout token and an ID token are accepted only from it.
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(
            OAuth2ClientProperties properties, @Value("${klagesak.web.issuer}") String issuer) {
        var registrations = new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations().values().stream()
                        .map(
                                registration -> org.springframework.security.oauth2.client.registration
                                        .ClientRegistration.withClientRegistration(registration)
                                        .issuerUri(issuer)
                                        .build())
                        .toList();
        return new InMemoryClientRegistrationRepository(registrations);
    }

    /**
     * Ends the web session Keycloak names, through the web's own logout with the session's cookie. The sessions by
     * Keycloak's session id are in the database all replicas share ({@code sessions.JdbcOidcSessionRegistry}), so it
     * does not matter which replica Keycloak calls.
     */
    @Bean
    OidcBackChannelLogoutHandler backChannelLogoutHandler(
            OidcSessionRegistry sessions,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String cookieName) {
        var handler =
                new org.springframework.security.config.annotation.web.configurers.oauth2.client
                        .OidcBackChannelLogoutHandler(sessions);
        handler.setSessionCookieName(cookieName);
        return handler;
    }

    /**
     * A strict Content-Security-Policy: scripts, styles and fonts from this application only (no inline script or
     * style anywhere), images also as data and from https (a tenant's logo), no plugins, no framing; forms post here
     * or, after logging out, on to Keycloak. Also: no referrer to other sites, no camera, microphone or location, and
     * Spring Security's defaults (nosniff, no framing, no caching of pages, HSTS over https).
     */
    static void headers(HttpSecurity http, String keycloakOrigin) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                        + "script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data: https:; "
                        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                        + "form-action 'self' "
                        + keycloakOrigin))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
    }

    /** The scheme, host and port of a URL. */
    static String origin(String url) {
        var uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
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
