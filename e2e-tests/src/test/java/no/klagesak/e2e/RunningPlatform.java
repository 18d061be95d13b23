package no.klagesak.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.klagesak.localstack.LocalStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the local stack once for all end-to-end tests (fresh data in {@code target/e2e-data}) and stops it when the
 * test run ends; with {@code -Dklagesak.stack.shape=cluster} (the build's second run, for the tests tagged
 * {@code cluster}) in the cluster shape instead. Also the tests' client for tokens and JSON over HTTP.
 */
public class RunningPlatform implements BeforeAllCallback {

    static final String KEYCLOAK = "http://localhost:8180/realms/klagesak";

    /**
     * The cluster tests' stack (ClusterE2ETest): three Kafka nodes and two replicas of every application; so that a
     * deadline and a day pass while the test watches, routing's clock runs 40 days ahead and notification's one day,
     * the deadline watch runs every 2 s and the digest every 3 s.
     */
    static final LocalStack.Shape CLUSTER = LocalStack.Shape.CLUSTER
            // Receipt codes hashed with bcrypt cost 4, as in the component tests, instead of 12 (200 ms of a core
            // each): the two cores go to the twelve applications and three brokers, and to the brokers' recovery.
            .with("intake-service", "KLAGESAK_INTAKE_RECEIPT_CODE_COST", "4")
            .with("routing-service", "KLAGESAK_CLOCK_OFFSET", "40d")
            .with("routing-service", "KLAGESAK_ROUTING_DEADLINE_WATCH_INTERVAL", "2s")
            .with("routing-service", "KLAGESAK_ROUTING_DEADLINE_WATCH_INITIAL_DELAY", "2s")
            .with("notification-service", "KLAGESAK_CLOCK_OFFSET", "1d")
            .with("notification-service", "KLAGESAK_NOTICES_DIGEST_CRON", "*/3 * * * * *");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile LocalStack running;

    /** The running stack, for the tests that inject faults into it (FaultE2ETest). */
    static LocalStack stack() {
        if (running == null) throw new IllegalStateException("The local stack has not been started");
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent("klagesak-local-stack", key -> start(), StartedStack.class);
    }

    private static StartedStack start() {
        try {
            Path root = LocalStack.findRoot();
            boolean cluster = "cluster".equals(System.getProperty("klagesak.stack.shape"));
            Path data = root.resolve(cluster ? "e2e-tests/target/e2e-cluster-data" : "e2e-tests/target/e2e-data");
            running = LocalStack.startAfresh(root, data, cluster ? CLUSTER : LocalStack.Shape.SINGLE);
            return new StartedStack(running);
        } catch (Exception e) {
            throw new IllegalStateException("The local stack did not start: " + e.getMessage(), e);
        }
    }

    /** A user's access token from Keycloak, by the password grant of the local-only public client. */
    static String token(String username) {
        return token(username, "demo");
    }

    static String token(String username, String password) {
        String form = "grant_type=password&client_id=klagesak-cli&scope="
                + URLEncoder.encode("openid organization", StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return json(response).get("access_token").asString();
    }

    /** The complaint id behind a reference, as routing lists it once the complaint has reached it. */
    static String complaintIdOf(String reference, String username) {
        String token = token(username);
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(
                        () -> {
                            // The user's cases, open and closed, a page at a time.
                            for (int page = 0; ; page++) {
                                JsonNode found = json(
                                        get("http://localhost:8082/api/cases?show=ALL&size=200&page=" + page, token));
                                for (JsonNode c : found.get("lines")) {
                                    if (reference.equals(c.path("reference").asString())) {
                                        return c.path("complaintId").asString();
                                    }
                                }
                                if (!found.get("more").asBoolean()) return null;
                            }
                        },
                        java.util.Objects::nonNull);
    }

    static HttpResponse<String> get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return send(request);
    }

    static HttpResponse<String> post(String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return send(request);
    }

    /**
     * A step of a case's workflow at routing, against the version the case has now; the body is a format with the
     * version's place ({@code %d}). Fails unless routing takes it.
     */
    static void workflowStep(String complaintId, String token, String body) {
        String url = "http://localhost:8082/api/cases/" + complaintId + "/workflow";
        long version = json(get(url, token)).get("version").asLong();
        var done = post(url, token, body.formatted(version));
        org.assertj.core.api.Assertions.assertThat(done.statusCode())
                .as(done.body())
                .isEqualTo(200);
    }

    static HttpResponse<String> put(String url, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Every mail the stack's SMTP server received (newest first), from the mail viewer's JSON. */
    static java.util.List<JsonNode> mails() {
        JsonNode messages = json(get("http://localhost:8025/api/messages", null));
        return java.util.stream.StreamSupport.stream(messages.spliterator(), false)
                .toList();
    }

    /** The mails the stack's SMTP server received for an address. */
    static java.util.List<JsonNode> mailsTo(String address) {
        return mails().stream()
                .filter(m -> m.get("to").asString().contains(address))
                .toList();
    }

    /** The complaints a tenant's board sees counted this year (reporting's statistics), with that board's token. */
    static long counted(String board) {
        return json(get("http://localhost:8084/api/statistics", token(board)))
                .get("total")
                .asLong();
    }

    /** The claims of a JWT, read without checking it: the services check it, the test only looks. */
    static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closed by JUnit at the end of the run: stops every process of the stack. */
    record StartedStack(LocalStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
