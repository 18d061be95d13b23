package no.klagesak.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import tools.jackson.databind.JsonNode;

/** reporting-service counting real Kafka events into the Mongo-compatible store. */
@ComponentTest
class ReportingComponentTest {

    @LocalServerPort
    int port;

    @Autowired
    StreamBridge streamBridge;

    @Test
    void each_complaint_counts_once_for_its_own_tenant_by_type() {
        TestHttp api = TestHttp.localhost(port);
        String board = TestIssuer.shared().token("lysheim", "lysheim-board", "board");
        long before = statistics(api, board).get("total").asLong();

        EventEnvelope first = received("lysheim", "FOLLOW_UP");
        TestEvents.publish(streamBridge, first);
        TestEvents.publish(streamBridge, first);
        TestEvents.publish(streamBridge, received("lysheim", "WORK_ENVIRONMENT"));
        TestEvents.publish(streamBridge, received("fjordvekst", "FOLLOW_UP"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> statistics(api, board).get("total").asLong() == before + 2);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> statistics(api, board).get("total").asLong() == before + 2);
        JsonNode stats = statistics(api, board);
        assertThat(stats.at("/byCategory/WORK_ENVIRONMENT").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("tenantId").asString()).isEqualTo("lysheim");
    }

    private static JsonNode statistics(TestHttp api, String token) {
        return TestHttp.json(api.get("/api/statistics?year=2026", token));
    }

    private static EventEnvelope received(String tenant, String category) {
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        return EventEnvelope.of(
                tenant,
                UUID.randomUUID().toString(),
                at,
                new ComplaintReceived(
                        "2026-00001", "COMPLAINT", "WEB_FORM", "PARTICIPANT", category, 1, false, false, at, null));
    }
}
