package no.klagesak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.Topics;
import no.klagesak.support.outbox.OutboxRelay;
import no.klagesak.support.test.Containers;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.RealInfrastructure;
import no.klagesak.support.test.TestHttp;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Intake's persistence and messaging against a real MongoDB replica set and Kafka broker, read with Keycloak's tokens. */
@RealInfrastructure
class RealInfrastructureTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void a_complaint_is_stored_in_a_replica_set_and_published_to_kafka_once() {
        var response = TestHttp.localhost(port).post("/public/tenants/fjordvekst/complaints", null, """
                        {"track":"COMPLAINT","complainantRole":"CUSTOMER","category":"SERVICE_DELIVERY",
                         "subject":"Levering","description":"Forsinket levering","complainant":{"name":"NAV Fjord","email":"nav@example.org"}}
                        """);
        assertThat(response.statusCode()).isEqualTo(201);
        String complaintId = TestHttp.json(response).get("complaintId").asString();

        List<ConsumerRecord<String, String>> records = KafkaRecords.read(
                Containers.kafkaBootstrapServers(),
                Topics.COMPLAINT_EVENTS,
                Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> complaintId.equals(r.key())));
        assertThat(records.stream().filter(r -> complaintId.equals(r.key())))
                .singleElement()
                .satisfies(r -> assertThat(KafkaRecords.header(r, CloudEventHeaders.TYPE))
                        .isEqualTo(ComplaintReceived.TYPE));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(mongo.findById(complaintId, Document.class, "complaints")
                                .getList("outbox", Document.class))
                        .isEmpty());
        // The relay's question every 200 ms is answered by its sparse index, not by reading every complaint.
        Document plan = mongo.getDb()
                .runCommand(new Document(
                                "explain",
                                new Document("find", "complaints")
                                        .append(
                                                "filter",
                                                new Document(OutboxRelay.PENDING_PATH, new Document("$exists", true))))
                        .append("verbosity", "queryPlanner"));
        assertThat(plan.toJson()).contains("IXSCAN").contains(OutboxRelay.PENDING_INDEX);

        // Keycloak's tokens: the tenant's handler reads it (routing's answer is the test stand-in's), another
        // tenant's handler does not learn it exists.
        var read =
                TestHttp.localhost(port).get("/api/complaints/" + complaintId, Containers.token("fjordvekst-handler"));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("Forsinket levering");
        assertThat(TestHttp.localhost(port)
                        .get("/api/complaints/" + complaintId, Containers.token("lysheim-handler"))
                        .statusCode())
                .isEqualTo(404);
    }
}
