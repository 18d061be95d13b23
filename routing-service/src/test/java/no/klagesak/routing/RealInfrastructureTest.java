package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.Topics;
import no.klagesak.support.test.Containers;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.RealInfrastructure;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;

/** Routing consuming, storing and publishing against a real MongoDB replica set and Kafka broker, read with Keycloak's tokens. */
@RealInfrastructure
class RealInfrastructureTest {

    @LocalServerPort
    int port;

    @Autowired
    StreamBridge streamBridge;

    @Test
    void a_redelivered_complaint_is_assigned_once_and_the_assignment_published_once() {
        String complaintId = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        EventEnvelope received = EventEnvelope.of(
                "fjordvekst",
                complaintId,
                at,
                new ComplaintReceived(
                        "2026-00009", "COMPLAINT", "API", "CUSTOMER", "SERVICE_DELIVERY", 1, false, false, at, null));
        TestEvents.publish(streamBridge, received);
        TestEvents.publish(streamBridge, received);

        String token = Containers.token("fjordvekst-handler");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> TestHttp.localhost(port)
                                .get("/api/cases/" + complaintId, token)
                                .statusCode()
                        == 200);
        var assigned = KafkaRecords.read(
                        Containers.kafkaBootstrapServers(),
                        Topics.COMPLAINT_EVENTS,
                        Duration.ofSeconds(10),
                        read -> false)
                .stream()
                .filter(r -> complaintId.equals(r.key()))
                .filter(r -> ComplaintAssigned.TYPE.equals(KafkaRecords.header(r, CloudEventHeaders.TYPE)))
                .toList();
        assertThat(assigned).hasSize(1);
    }
}
