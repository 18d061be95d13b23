package no.klagesak.intake.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public form's limits, on two new tenants of their own: a source that sends too many complaints gets 429 with
 * when to try again, a tenant flooded from many sources gets 429, and the other tenant's form goes on accepting;
 * nothing is stored for a refused complaint. (The same Spring context as the other component tests: the limits are
 * lowered for the test and put back.)
 */
@ComponentTest
class RateLimitComponentTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    SubmissionLimiter limiter;

    @Test
    void a_flood_is_refused_at_its_source_and_at_its_tenant_and_another_tenant_is_not_affected() throws Exception {
        String flooded = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        String calm = "calm-" + UUID.randomUUID().toString().substring(0, 8);
        for (String tenant : new String[] {flooded, calm}) {
            TestTenants.publish(
                    kafka,
                    TestTenants.snapshot(
                            tenant, tenant, 1, java.util.List.of(TestTenants.version(1, tenant, true, 14))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> form(flooded) == 200 && form(calm) == 200);
        limiter.limits(3, 6);
        try {
            for (int i = 0; i < 3; i++)
                assertThat(send(flooded, "203.0.113.1").statusCode()).isEqualTo(201);
            HttpResponse<String> refused = send(flooded, "203.0.113.1");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("Nothing was stored");

            // Other sources fill the tenant's limit; then the tenant refuses everyone for a while.
            for (int i = 2; i <= 4; i++)
                assertThat(send(flooded, "203.0.113." + i).statusCode()).isEqualTo(201);
            assertThat(send(flooded, "203.0.113.99").statusCode()).isEqualTo(429);

            // The other tenant, even from the flooding address, is not affected.
            assertThat(send(calm, "203.0.113.1").statusCode()).isEqualTo(201);
            assertThat(send(calm, "198.51.100.50").statusCode()).isEqualTo(201);
        } finally {
            limiter.limits(100_000, 100_000);
        }
    }

    private int form(String tenant) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/public/tenants/" + tenant + "/form"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpResponse<String> send(String tenant, String source) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/public/tenants/" + tenant + "/complaints"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", source)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"S","description":"Tekst","language":"nb"}"""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
