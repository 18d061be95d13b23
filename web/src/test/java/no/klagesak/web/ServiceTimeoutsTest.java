package no.klagesak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service that takes the connection and never answers costs a page its read timeout, and then the product's error
 * page, instead of holding the visitor's request (and a thread) for good. Every service's client is made in
 * ServiceClients with the same HTTP client settings, so the timeout set once reaches them all; here it is 1 s and every
 * service is a silent socket.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.http.clients.read-timeout=1s", "spring.http.clients.connect-timeout=1s"})
class ServiceTimeoutsTest {

    /** Accepts connections (the operating system's backlog does) and never reads or writes a byte. */
    private static final ServerSocket SILENT = silent();

    @DynamicPropertySource
    static void everyServiceIsSilent(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + SILENT.getLocalPort();
        for (String service : new String[] {"tenant", "routing", "notification", "reporting", "intake"}) {
            registry.add("klagesak.web." + service + "-service-url", () -> url);
        }
    }

    @AfterAll
    static void close() throws IOException {
        SILENT.close();
    }

    @LocalServerPort
    int port;

    @Test
    void a_page_whose_service_does_not_answer_gets_the_error_page_instead_of_waiting_for_good() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        // The guard: without the services' read timeout this request would wait for as long as the socket stays open.
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/t/fjordvekst/klage"))
                        .header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(page.body()).contains("<html").contains("lang=\"nb\"");
    }

    private static ServerSocket silent() {
        try {
            return new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
