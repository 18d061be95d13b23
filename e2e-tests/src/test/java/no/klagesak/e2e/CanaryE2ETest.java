package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.klagesak.localstack.LocalStack;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The canary: a complaint whose text and complainant's name carry unique strings goes the whole way (received, routed,
 * acknowledged, counted, read by its handler), and then neither string is anywhere it does not belong: not in a log
 * line of any process, not in any record (value, key or header) of any Kafka topic, not in the metrics of any service,
 * not in any mail to staff, and not in the store's file on disk (sealed there with the tenant's key). The text stays in intake,
 * and goes to no one but those who may read it.
 */
@ExtendWith(RunningPlatform.class)
class CanaryE2ETest {

    @Test
    void complaint_text_and_the_complainants_name_appear_in_no_log_event_metric_or_mail_to_staff() throws Exception {
        String canary = "KANARI" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String nameCanary =
                "Navnekanari" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String address = "canary-" + UUID.randomUUID() + "@example.org";
        var sent = post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Emne %s",
                 "description":"Dette er hemmelig: %s","changeWanted":"Endring %s","language":"nb",
                 "complainant":{"name":"%s","email":"%s"}}
                """.formatted(
                        canary, canary, canary, nameCanary, address));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String complaintId = json(sent).get("complaintId").asString();

        String handler = token("fjordvekst-handler");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("http://localhost:8082/api/cases/" + complaintId, handler)
                                .statusCode()
                        == 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailsTo(address).isEmpty());
        var read = get("http://localhost:8081/api/complaints/" + complaintId, handler);
        assertThat(read.body()).as("the handler reads it").contains(canary);
        // The handler's note quotes it: routing seals its notes as intake seals the complaint.
        long version = json(get("http://localhost:8082/api/cases/" + complaintId + "/workflow", handler))
                .get("version")
                .asLong();
        var noted = post("http://localhost:8082/api/cases/" + complaintId + "/workflow", handler, """
                {"action":"RECORD_ACTION","version":%d,"text":"Ringte om %s"}
                """.formatted(
                        version, canary));
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        assertThat(get("http://localhost:8082/api/cases/" + complaintId + "/workflow", handler)
                        .body())
                .as("the handler reads the note")
                .contains("Ringte om " + canary);
        String board = token("fjordvekst-board");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> json(get("http://localhost:8084/api/statistics/dashboard", board))
                                .at("/behindSeconds")
                                .asLong()
                        == 0);
        // At rest: every step's work is done, and with it every line it logged (each service writes its log unbuffered
        // to the file the stack gave it), so a search now sees all the logs will ever hold of this canary.
        Settled.await(Duration.ofSeconds(60));

        // The searches find what is meant to be there: the tenant in the logs, the complainant's address in the
        // event that asks for the acknowledgement to be sent to it.
        assertThat(inLogs(List.of("fjordvekst")))
                .as("the search of the logs works")
                .isNotEmpty();
        assertThat(inKafka(List.of(address)))
                .as("the search of the topics works")
                .isNotEmpty();

        // The store's file on disk (a "database dump"): the reference is there in the clear, the text and the name
        // only sealed with the tenant's key.
        String reference = json(sent).get("reference").asString();
        assertThat(inStore(List.of(reference)))
                .as("the search of the store's files works")
                .isNotEmpty();

        List<String> found = new ArrayList<>(inLogs(List.of(canary, nameCanary)));
        found.addAll(inStore(List.of(canary, nameCanary)));
        found.addAll(inKafka(List.of(canary, nameCanary)));
        for (int port : new int[] {8081, 8082, 8083, 8084, 8085}) {
            // The actuator's own port, as Prometheus scrapes it: no token.
            String metrics = get("http://localhost:" + (port + 1000) + "/actuator/prometheus", null)
                    .body();
            assertThat(metrics).as("metrics of " + port).contains("jvm_");
            if (metrics.contains(canary) || metrics.contains(nameCanary)) found.add("metrics of :" + port);
        }
        for (JsonNode mail : RunningPlatform.mails()) {
            if (mail.get("to").asString().contains(address)) continue; // the complainant's own mail
            if (mail.toString().contains(canary) || mail.toString().contains(nameCanary)) {
                found.add("mail to " + mail.get("to").asString() + ": "
                        + mail.get("subject").asString());
            }
        }
        assertThat(found).as("places the canary must not be").isEmpty();
    }

    /** The store's files (mongo-java-server's H2 file) that hold any of the strings, read as bytes. */
    private static List<String> inStore(List<String> strings) throws java.io.IOException {
        List<String> found = new ArrayList<>();
        Path store = LocalStack.findRoot().resolve("e2e-tests/target/e2e-data/mongo");
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String string : strings) {
                    if (bytes.contains(string)) found.add("store " + file.getFileName());
                }
            }
        }
        return found;
    }

    /** The log files of every process of the stack that hold any of the strings. */
    private static List<String> inLogs(List<String> strings) throws java.io.IOException {
        List<String> found = new ArrayList<>();
        Path logs = LocalStack.findRoot().resolve("e2e-tests/target/e2e-data/logs");
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                for (String string : strings) {
                    if (text.contains(string)) found.add("log " + log.getFileName());
                }
            }
        }
        return found;
    }

    /** Every record of every topic, from the start, read as bytes: value, key and headers. */
    private static List<String> inKafka(List<String> canaries) {
        List<String> found = new ArrayList<>();
        try (var kafka = KafkaTopics.consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            kafka.listTopics(Duration.ofSeconds(10)).forEach((topic, infos) -> {
                if (topic.startsWith("__")) return; // Kafka's own offsets and metadata
                infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            });
            assertThat(partitions).as("topics").isNotEmpty();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            var end = kafka.endOffsets(partitions);
            long records = 0;
            while (end.entrySet().stream().anyMatch(e -> kafka.position(e.getKey()) < e.getValue())) {
                for (var record : kafka.poll(Duration.ofMillis(500))) {
                    records++;
                    StringBuilder all = new StringBuilder();
                    if (record.key() != null) all.append(new String(record.key(), StandardCharsets.UTF_8));
                    if (record.value() != null) all.append(new String(record.value(), StandardCharsets.UTF_8));
                    for (Header header : record.headers()) {
                        all.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
                    }
                    for (String canary : canaries) {
                        if (all.indexOf(canary) >= 0) found.add("kafka " + record.topic() + "@" + record.offset());
                    }
                }
            }
            assertThat(records).as("records read").isPositive();
        }
        return found;
    }
}
