package no.klagesak.support.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against a service under test, with an optional bearer token. */
public record TestHttp(String baseUrl) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static TestHttp localhost(int port) {
        return new TestHttp("http://localhost:" + port);
    }

    public HttpResponse<String> get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    public HttpResponse<String> post(String path, @Nullable String token, String json) {
        return post(path, token, json, Map.of());
    }

    /** A JSON body; a header given here replaces the default, e.g. another {@code Content-Type}. */
    public HttpResponse<String> post(String path, @Nullable String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .setHeader("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::setHeader);
        return send(request);
    }

    public HttpResponse<String> put(String path, @Nullable String token, String json) {
        return send(request(path, token)
                .setHeader("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
