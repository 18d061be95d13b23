package no.klagesak.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.klagesak.support.test.ComponentTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The public form's limits: a source that sends too many complaints gets 429 with when to try again, and a tenant
 * flooded from many sources gets 429, while another tenant's form goes on accepting; nothing is stored for a refused
 * complaint.
 */
@ComponentTest
@TestPropertySource(
        properties = {"klagesak.intake.submissions.per-source=3", "klagesak.intake.submissions.per-tenant=6"})
class RateLimitComponentTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void a_flood_is_refused_at_its_source_and_at_its_tenant_and_another_tenant_is_not_affected() throws Exception {
        for (int i = 0; i < 3; i++)
            assertThat(send("fjordvekst", "203.0.113.1").statusCode()).isEqualTo(201);
        HttpResponse<String> refused = send("fjordvekst", "203.0.113.1");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Nothing was stored");

        // Other sources fill the tenant's limit; then the tenant refuses everyone for a while.
        for (int i = 2; i <= 4; i++)
            assertThat(send("fjordvekst", "203.0.113." + i).statusCode()).isEqualTo(201);
        assertThat(send("fjordvekst", "203.0.113.99").statusCode()).isEqualTo(429);

        // Another tenant, even from the flooding address, is not affected.
        assertThat(send("lysheim", "203.0.113.1").statusCode()).isEqualTo(201);
        assertThat(send("lysheim", "198.51.100.50").statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> send(String tenant, String source) throws Exception {
        String body = tenant.equals("lysheim") ? """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"S","description":"Tekst",
                 "complainant":{"name":"Kari","email":"kari@example.org"},"language":"nb"}""" : """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"S","description":"Tekst","language":"nb"}""";
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/public/tenants/" + tenant + "/complaints"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", source)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
