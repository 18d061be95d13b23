package no.klagesak.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running service's OpenAPI document, as it serves it at {@code /v3/api-docs}, and real requests checked against it
 * (Atlassian's swagger-request-validator): each request a client may send, and every answer, must be what the
 * document says, so the document cannot drift from the code. A request meant to be refused is sent with {@link
 * #refused}: then only the answer is checked (its status and problem must be documented).
 */
public final class ApiDocumentCheck {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final JsonNode document;
    private final OpenApiInteractionValidator validator;
    private final List<String> mismatches = new ArrayList<>();
    private int checked;
    private int requestsChecked;

    private ApiDocumentCheck(String base, String document) {
        this.base = base;
        this.document = JSON.readTree(document);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
    }

    /** The document the service on {@code port} serves, without a token. */
    public static ApiDocumentCheck served(int port) {
        String base = "http://localhost:" + port;
        HttpResponse<String> document = exchange(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")));
        assertThat(document.statusCode()).as("GET /v3/api-docs without a token").isEqualTo(200);
        return new ApiDocumentCheck(base, document.body());
    }

    public JsonNode document() {
        return document;
    }

    /** A request the document allows: the request and its answer are both checked against it. */
    public HttpResponse<String> send(
            String method, String pathAndQuery, @Nullable String token, @Nullable String json) {
        return exchange(method, pathAndQuery, token, json, true);
    }

    /** A request meant to be refused (no token, bad input, not found): only its answer is checked. */
    public HttpResponse<String> refused(
            String method, String pathAndQuery, @Nullable String token, @Nullable String json) {
        return exchange(method, pathAndQuery, token, json, false);
    }

    /**
     * What an integrator reads first: a title and a description of the service's own, the bearer token, and on every
     * operation the token it needs (outside {@code /public/}), a success and the problems it may answer with.
     */
    public void assertDescribed(String title) {
        assertThat(document.at("/info/title").asString()).isEqualTo(title);
        assertThat(document.at("/info/description").asString()).hasSizeGreaterThan(80);
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        List<String> missing = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode responses = operation.getValue().path("responses");
                    if (responses.propertyNames().stream().noneMatch(s -> s.startsWith("2")))
                        missing.add(name + ": a 2xx");
                    for (String status : List.of("400", "404")) {
                        if (!responses.has(status)) missing.add(name + ": " + status);
                    }
                    boolean secured =
                            operation.getValue().path("security").toString().contains("bearer");
                    if (path.getKey().startsWith("/api/") && !secured) missing.add(name + ": the bearer token");
                    if (path.getKey().startsWith("/api/") && !responses.has("401")) missing.add(name + ": 401");
                }));
        assertThat(missing).as("what the document leaves out").isEmpty();
    }

    /** Every request and answer sent through this check matched the document. */
    public void assertEveryExchangeMatched() {
        assertThat(checked).as("exchanges checked").isPositive();
        assertThat(requestsChecked)
                .as("requests a client may send, checked with their answers")
                .isPositive();
        assertThat(mismatches)
                .as("exchanges the served document does not describe")
                .isEmpty();
    }

    private HttpResponse<String> exchange(
            String method, String pathAndQuery, @Nullable String token, @Nullable String json, boolean checkRequest) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        if (token != null) http.header("Authorization", "Bearer " + token);
        if (json != null) http.header("Content-Type", "application/json");
        http.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = exchange(http);

        URI uri = URI.create(pathAndQuery);
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), uri.getPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        if (token != null) request.withAuthorization("Bearer " + token);
        if (json != null) request.withContentType("application/json").withBody(json);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        if (!response.body().isEmpty()) answer.withBody(response.body());

        ValidationReport report = checkRequest
                ? validator.validate(request.build(), answer.build())
                : validator.validateResponse(uri.getPath(), Request.Method.valueOf(method), answer.build());
        checked++;
        if (checkRequest) requestsChecked++;
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> mismatches.add(method + " " + pathAndQuery + " → " + response.statusCode() + ": "
                        + m.getKey() + " " + m.getMessage()));
        return response;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
