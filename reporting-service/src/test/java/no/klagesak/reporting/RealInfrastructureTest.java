package no.klagesak.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.test.Containers;
import no.klagesak.support.test.RealInfrastructure;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import tools.jackson.databind.JsonNode;

/** Statistics rolled up from events on a real Kafka broker into a real MongoDB replica set, read with Keycloak's tokens. */
@RealInfrastructure
class RealInfrastructureTest {

    @LocalServerPort
    int port;

    @Autowired
    StreamBridge streamBridge;

    @Test
    void a_redelivered_complaint_is_counted_once_for_its_own_tenants_board() {
        TestHttp api = TestHttp.localhost(port);
        String board = Containers.token("fjordvekst-board");
        long before = received(api, board);
        String otherBoard = Containers.token("lysheim-board");
        long otherBefore = received(api, otherBoard);
        Instant at = Instant.now();
        EventEnvelope event =
                TestEvents.received("fjordvekst", UUID.randomUUID().toString(), "FJO-2026-0100", at, null);

        TestEvents.publish(streamBridge, event);
        TestEvents.publish(streamBridge, event);

        await().atMost(Duration.ofSeconds(60)).until(() -> received(api, board) == before + 1);
        assertThat(received(api, otherBoard)).isEqualTo(otherBefore);
    }

    private static long received(TestHttp api, String token) {
        JsonNode statistics = TestHttp.json(api.get("/api/statistics", token));
        return statistics.path("total").asLong();
    }
}
