package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;

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

    @Autowired
    MongoTemplate mongo;

    /**
     * The lists of cases (issue 27) read their part of an index, in the index's order, on MongoDB itself: a handler's
     * open and closed cases, the managers' overview, and every case newest first. The stand-in has no query planner.
     */
    @Test
    void each_list_of_cases_reads_its_index_in_order() {
        Document handler = new Document("tenantId", "fjordvekst").append("assignment.handler", "fjordvekst-handler");
        assertReadsIndex(
                new Document(handler).append("lists.open", new Document("$exists", true).append("$in", List.of(true))),
                new Document("assignment.deadline", 1).append("_id", 1),
                "cases_by_handler");
        assertReadsIndex(
                new Document(handler).append("lists.open", new Document("$exists", false)),
                new Document("assignment.deadline", -1).append("_id", -1),
                "cases_by_handler");
        assertReadsIndex(
                new Document("tenantId", "fjordvekst")
                        .append("lists.attention", new Document("$exists", true).append("$in", List.of(true))),
                new Document("assignment.deadline", 1),
                "cases_needing_attention");
        assertReadsIndex(
                new Document("tenantId", "fjordvekst"),
                new Document("assignment.receivedAt", -1).append("_id", -1),
                "cases_by_received");
    }

    private void assertReadsIndex(Document filter, Document sort, String index) {
        Document plan = mongo.getDb()
                .runCommand(new Document(
                                "explain",
                                new Document("find", "cases")
                                        .append("filter", filter)
                                        .append("sort", sort))
                        .append("verbosity", "queryPlanner"));
        String winning = plan.get("queryPlanner", Document.class)
                .get("winningPlan", Document.class)
                .toJson();
        assertThat(winning)
                .as(filter.toJson())
                .contains("IXSCAN")
                .contains(index)
                .doesNotContain("\"SORT\"");
    }
}
