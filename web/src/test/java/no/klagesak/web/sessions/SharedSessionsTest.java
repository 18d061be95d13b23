package no.klagesak.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.klagesak.web.WebApplication;
import org.h2.tools.Server;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.session.SessionFixationProtectionEvent;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Two web replicas, each a whole application on its own port, over one session database (an H2 server, as on the local
 * stack): what one keeps in a session, the other reads, and a Keycloak session registered by one is found by the other.
 */
class SharedSessionsTest {

    private static final String ISSUER = "http://localhost:8180/realms/klagesak";
    private static final String COOKIE = "KLAGESAK_SESSION";
    private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    private static final String CSRF = HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN";
    private static final String AUTHORIZED_CLIENTS =
            HttpSessionOAuth2AuthorizedClientRepository.class.getName() + ".AUTHORIZED_CLIENTS";
    private static final String AUTHORIZATION_REQUEST =
            "org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository"
                    + ".AUTHORIZATION_REQUEST";
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What the services were called with: each request's Authorization header (empty when it had none). */
    private static final java.util.Queue<String> SERVICE_CALLS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static com.sun.net.httpserver.HttpServer services;
    private static Server database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoReplicasOverOneDatabase() throws Exception {
        // Every service, as far as the web knows: notes how it was called and answers that it is unavailable.
        services = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("localhost", 0), 0);
        services.createContext("/", exchange -> {
            SERVICE_CALLS.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        services.start();
        database = Server.createTcpServer(
                        "-tcpPort",
                        "0",
                        "-ifNotExists",
                        "-baseDir",
                        java.nio.file.Files.createTempDirectory("web-sessions").toString())
                .start();
        String url = "jdbc:h2:tcp://localhost:" + database.getPort() + "/web-sessions";
        first = replica(url);
        // The second start finds the tables made by the first: Spring Session's script fails there and goes on.
        second = replica(url);
    }

    private static ConfigurableApplicationContext replica(String url) {
        // As command-line arguments, which come before application.yml (default properties would come after).
        return new SpringApplicationBuilder(WebApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + url,
                        // The services answer 503: the home page then shows the tenant's id instead of its name.
                        "--klagesak.web.tenant-service-url=" + servicesUrl(),
                        "--klagesak.web.routing-service-url=" + servicesUrl(),
                        "--klagesak.web.notification-service-url=" + servicesUrl(),
                        "--klagesak.web.reporting-service-url=" + servicesUrl(),
                        "--klagesak.web.intake-service-url=" + servicesUrl());
    }

    private static String servicesUrl() {
        return "http://localhost:" + services.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        if (second != null) second.close();
        if (first != null) first.close();
        if (database != null) database.stop();
        if (services != null) services.stop(0);
    }

    @Test
    void what_one_replica_keeps_in_a_session_the_other_reads_as_it_was() {
        var kept = sessions(first).createSession();
        SecurityContext login = login();
        var client = tokens(first);
        var authorization = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(ISSUER + "/protocol/openid-connect/auth")
                .clientId("klagesak-web")
                .state("state")
                .attributes(attributes -> attributes.put("registration_id", "keycloak"))
                .build();
        var flash = new FlashMap();
        flash.put("notice", "Lagret");
        flash.setTargetRequestPath("/admin/rutine");
        kept.setAttribute(SECURITY_CONTEXT, login);
        kept.setAttribute(CSRF, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "csrf-token"));
        kept.setAttribute(AUTHORIZED_CLIENTS, new java.util.HashMap<>(Map.of("keycloak", client)));
        kept.setAttribute(AUTHORIZATION_REQUEST, authorization);
        kept.setAttribute(FLASH_MAPS, new java.util.concurrent.CopyOnWriteArrayList<>(List.of(flash)));
        kept.setAttribute(
                SAVED_REQUEST, new DefaultSavedRequest(new MockHttpServletRequest("GET", "/saker"), "continue"));
        sessions(first).save(kept);

        var read = sessions(second).findById(kept.getId());

        assertThat(read).isNotNull();
        assertThat(read.<SecurityContext>getAttribute(SECURITY_CONTEXT)).isEqualTo(login);
        assertThat(read.<DefaultCsrfToken>getAttribute(CSRF).getToken()).isEqualTo("csrf-token");
        OAuth2AuthorizedClient readClient = read.<Map<String, OAuth2AuthorizedClient>>getAttribute(AUTHORIZED_CLIENTS)
                .get("keycloak");
        assertThat(readClient.getAccessToken().getTokenValue()).isEqualTo("access-token");
        assertThat(readClient.getRefreshToken().getTokenValue()).isEqualTo("refresh-token");
        assertThat(readClient.getClientRegistration().getRegistrationId()).isEqualTo("keycloak");
        assertThat(read.<OAuth2AuthorizationRequest>getAttribute(AUTHORIZATION_REQUEST)
                        .getState())
                .isEqualTo("state");
        assertThat(read.<List<FlashMap>>getAttribute(FLASH_MAPS))
                .singleElement()
                .satisfies(map -> assertThat(map.get("notice")).isEqualTo("Lagret"));
        assertThat(read.<DefaultSavedRequest>getAttribute(SAVED_REQUEST).getRequestURI())
                .isEqualTo("/saker");
    }

    @Test
    void a_user_logged_in_at_one_replica_is_logged_in_at_the_other_and_logs_out_there_with_its_csrf_token()
            throws Exception {
        String session = loggedInAt(first);

        var home = get(second, "/", session);
        assertThat(home.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(home.body());
        assertThat(page.select("[data-testid=user]").text()).contains("Hanne Leder");
        String csrf = page.select("form[action$='/logout'] input[name=_csrf]").attr("value");
        assertThat(csrf).isNotBlank();

        var loggedOut = send(
                first,
                HttpRequest.newBuilder()
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8))),
                "/logout",
                session);

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location").orElseThrow())
                .startsWith(ISSUER + "/protocol/openid-connect/logout")
                .contains("id_token_hint=id-token");
        assertThat(sessions(second).findById(session)).isNull();
    }

    @Test
    void a_post_without_the_sessions_csrf_token_is_refused_at_either_replica() throws Exception {
        String session = loggedInAt(first);
        for (var replica : List.of(first, second)) {
            var refused = send(
                    replica,
                    HttpRequest.newBuilder()
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=forged")),
                    "/logout",
                    session);
            assertThat(refused.statusCode()).isEqualTo(403);
        }
        assertThat(sessions(second).findById(session)).isNotNull();
    }

    /**
     * After a deployment a session may hold a class whose serial version this web does not have (Spring Security's
     * change between releases): that is read as no login, and the page is shown, not a 500.
     */
    @Test
    void a_login_written_by_another_version_of_spring_security_reads_as_no_login_instead_of_an_error()
            throws Exception {
        String session = loggedInAt(first);
        var db = first.getBean(JdbcClient.class);
        byte[] written = db.sql("SELECT a.ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES a JOIN SPRING_SESSION s"
                        + " ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.SESSION_ID = ? AND a.ATTRIBUTE_NAME = ?")
                .params(session, SECURITY_CONTEXT)
                .query(byte[].class)
                .single();
        db.sql("UPDATE SPRING_SESSION_ATTRIBUTES SET ATTRIBUTE_BYTES = ? WHERE ATTRIBUTE_NAME = ? AND"
                        + " SESSION_PRIMARY_ID = (SELECT PRIMARY_ID FROM SPRING_SESSION WHERE SESSION_ID = ?)")
                .params(withAnotherSerialVersion(written, SecurityContextImpl.class), SECURITY_CONTEXT, session)
                .update();

        var home = get(second, "/", session);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("a[href$='/oauth2/authorization/keycloak']"))
                .isNotEmpty();
        assertThat(home.body()).doesNotContain("Hanne Leder");
    }

    @Test
    void a_back_channel_logout_at_one_replica_finds_the_session_registered_at_the_other() {
        var registered =
                new OidcSessionInformation("web-session-1", Map.of("X-CSRF-TOKEN", "csrf-token"), (DefaultOidcUser)
                        login().getAuthentication().getPrincipal());
        first.getBean(JdbcOidcSessionRegistry.class).saveSessionInformation(registered);

        var logout = OidcLogoutToken.withTokenValue("logout-token")
                .jti("logout-1")
                .issuedAt(Instant.now())
                .issuer(ISSUER)
                .subject("f1e2d3")
                .audience(List.of("klagesak-web"))
                .sessionId("keycloak-session-1")
                .build();
        List<OidcSessionInformation> found = new ArrayList<>();
        second.getBean(JdbcOidcSessionRegistry.class)
                .removeSessionInformation(logout)
                .forEach(found::add);

        assertThat(found).singleElement().satisfies(session -> {
            assertThat(session.getSessionId()).isEqualTo("web-session-1");
            assertThat(session.getAuthorities()).isEqualTo(Map.of("X-CSRF-TOKEN", "csrf-token"));
        });
        assertThat(first.getBean(JdbcOidcSessionRegistry.class).removeSessionInformation(logout))
                .as("ended once, by one replica")
                .isEmpty();
    }

    /**
     * Spring Security registers a login under the session's id before it gives the session a new one; Spring Session
     * sends no servlet event for that, so the registry follows Spring Security's own event.
     */
    @Test
    void a_registration_follows_its_session_to_the_new_id_it_gets_at_login() {
        var user = (DefaultOidcUser) login().getAuthentication().getPrincipal();
        first.getBean(JdbcOidcSessionRegistry.class)
                .saveSessionInformation(new OidcSessionInformation("before-login", Map.of(), user));

        first.publishEvent(
                new SessionFixationProtectionEvent(login().getAuthentication(), "before-login", "after-login"));

        var registry = second.getBean(JdbcOidcSessionRegistry.class);
        assertThat(registry.removeSessionInformation("before-login")).isNull();
        assertThat(registry.removeSessionInformation("after-login")).isNotNull();
    }

    @Test
    void the_registration_of_a_session_that_ended_is_forgotten_and_a_living_or_new_one_is_kept() {
        var user = (DefaultOidcUser) login().getAuthentication().getPrincipal();
        String living = loggedInAt(first);
        var db = first.getBean(JdbcClient.class);
        var aQuarterAgo = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(-15));
        var earlier = new JdbcOidcSessionRegistry(db, "SPRING_SESSION", aQuarterAgo);
        earlier.saveSessionInformation(new OidcSessionInformation(living, Map.of(), user));
        earlier.saveSessionInformation(new OidcSessionInformation("logged-out", Map.of(), user));
        var registry = second.getBean(JdbcOidcSessionRegistry.class);
        // A login's request registers its session before the session is saved.
        registry.saveSessionInformation(new OidcSessionInformation("logging-in", Map.of(), user));

        registry.forgetEndedSessions();

        assertThat(registry.removeSessionInformation("logged-out")).isNull();
        assertThat(registry.removeSessionInformation(living)).isNotNull();
        assertThat(registry.removeSessionInformation("logging-in")).isNotNull();
    }

    /**
     * Spring Boot keeps the tokens a login brings in the memory of the replica that took it; the web keeps them in the
     * session, so the other replica calls the services with the user's own token instead of sending them to Keycloak.
     */
    @Test
    void the_other_replica_calls_the_services_with_the_token_the_user_got_at_login_through_the_first()
            throws Exception {
        String session = loggedInAt(first);
        SERVICE_CALLS.clear();

        var settings = get(second, "/admin/rutine", session);

        assertThat(settings.headers().firstValue("Location").orElse(""))
                .as("not sent to log in again")
                .doesNotContain("/oauth2/authorization/")
                .doesNotContain("/protocol/openid-connect/auth");
        assertThat(SERVICE_CALLS).anyMatch(call -> call.startsWith("Bearer access-token /api/"));
    }

    /** A session saved by this replica as Spring Security leaves it after a login through Keycloak. */
    private static String loggedInAt(ConfigurableApplicationContext replica) {
        var session = sessions(replica).createSession();
        session.setAttribute(SECURITY_CONTEXT, login());
        session.setAttribute(AUTHORIZED_CLIENTS, new java.util.HashMap<>(Map.of("keycloak", tokens(replica))));
        sessions(replica).save(session);
        return session.getId();
    }

    /** The tokens Keycloak gave at login, as the web keeps them. */
    private static OAuth2AuthorizedClient tokens(ConfigurableApplicationContext replica) {
        return new OAuth2AuthorizedClient(
                replica.getBean(ClientRegistrationRepository.class).findByRegistrationId("keycloak"),
                "fjordvekst-handler",
                new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER,
                        "access-token",
                        Instant.now(),
                        Instant.now().plusSeconds(300)),
                new OAuth2RefreshToken("refresh-token", Instant.now()));
    }

    private static SecurityContext login() {
        var idToken = OidcIdToken.withTokenValue("id-token")
                .issuer(ISSUER)
                .subject("f1e2d3")
                .audience(List.of("klagesak-web"))
                .issuedAt(Instant.parse("2026-11-02T08:00:00Z"))
                .expiresAt(Instant.parse("2026-11-02T08:05:00Z"))
                .claim("sid", "keycloak-session-1")
                .claim("preferred_username", "fjordvekst-handler")
                .claim("name", "Hanne Leder")
                .claim("organization", List.of("fjordvekst"))
                .build();
        var authorities =
                List.of(new SimpleGrantedAuthority("ROLE_handler"), new SimpleGrantedAuthority("ROLE_tenant-admin"));
        var user = new DefaultOidcUser(authorities, idToken, "preferred_username");
        return new SecurityContextImpl(new OAuth2AuthenticationToken(user, authorities, "keycloak"));
    }

    /** The serialized form with the class's serial version changed, as a release of its library would. */
    private static byte[] withAnotherSerialVersion(byte[] serialized, Class<?> type) {
        byte[] name = type.getName().getBytes(StandardCharsets.UTF_8);
        int at = indexOf(serialized, name);
        assertThat(at).as(type.getName() + " in the serialized form").isNotNegative();
        byte[] changed = serialized.clone();
        // The class name is followed by its 8-byte serial version UID.
        changed[at + name.length + 7]++;
        return changed;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** The replica's session repository, as Spring Session's filter uses it. */
    @SuppressWarnings("unchecked")
    private static SessionRepository<Session> sessions(ConfigurableApplicationContext replica) {
        return (SessionRepository<Session>) (SessionRepository<?>) replica.getBean(JdbcIndexedSessionRepository.class);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext replica, String path, String session)
            throws Exception {
        return send(replica, HttpRequest.newBuilder().GET(), path, session);
    }

    private static HttpResponse<String> send(
            ConfigurableApplicationContext replica, HttpRequest.Builder request, String path, String session)
            throws Exception {
        String port = replica.getEnvironment().getProperty("local.server.port");
        return HTTP.send(
                request.uri(URI.create("http://localhost:" + port + path))
                        .header("Cookie", COOKIE + "=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
