package no.klagesak.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.klagesak.e2e.RunningPlatform.counted;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mails;
import static no.klagesak.e2e.RunningPlatform.put;
import static no.klagesak.e2e.RunningPlatform.stack;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.klagesak.localstack.Ports;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12, the fault suite's cluster tests, on the local stack in its cluster shape ({@link RunningPlatform#CLUSTER}):
 * three Kafka nodes (replication factor 3, {@code min.insync.replicas} 2, as in production) and two replicas of every
 * application, the second on its port + 200. The build runs them in a second run of their own
 * ({@code -Dklagesak.stack.shape=cluster}, tag {@code cluster}), after the other end-to-end tests have stopped the
 * everyday stack.
 *
 * <p>So that a deadline and a day pass while the test watches, routing's clock runs 40 days ahead and notification's
 * one day ahead ({@code klagesak.clock.offset}), routing's deadline watch runs every 2 s and the digest every 3 s: every
 * complaint's deadline is breached at once, and today's complaints are yesterday's to the digest.
 */
@Tag("cluster")
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterE2ETest {

    private static final String TOPIC = "klagesak.complaint-events.v1";
    private static final String FJORDVEKST_1 = SteadyStream.FJORDVEKST;
    private static final String FJORDVEKST_2 = "http://localhost:8281/public/tenants/fjordvekst/complaints";
    private static final int LEADER_KILLS = 5;

    @BeforeAll
    static void inTheClusterShape() {
        assertThat(stack().shape().brokers()).isEqualTo(3);
        assertThat(stack().instances()).hasSize(12);
    }

    @Test
    @Order(1)
    void with_two_replicas_of_every_service_what_must_happen_once_happens_once() throws Exception {
        // Lysheim's director is told in a daily digest: the routine changed through tenant-service's second replica.
        String admin = token("lysheim-admin");
        ObjectNode routine = (ObjectNode) json(get("http://localhost:8285/api/tenants/lysheim", admin))
                .get("currentRoutine")
                .get("routine");
        ((ObjectNode) routine.get("notices")).put("directorNotice", "DAILY_DIGEST");
        var changed = put("http://localhost:8285/api/tenants/lysheim/routine", admin, "{\"routine\":" + routine + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        int version = json(changed).get("currentRoutine").get("version").asInt();
        for (int intake : List.of(8081, 8281)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> json(get("http://localhost:" + intake + "/public/tenants/lysheim/form", null))
                                    .path("version")
                                    .asInt(-1)
                            == version);
        }

        Settled.await(Duration.ofMinutes(6));
        long before = counted(FaultE2ETest.BOARD);
        SteadyStream fjordvekst = SteadyStream.start("replicas", 6, List.of(FJORDVEKST_1, FJORDVEKST_2));
        SteadyStream lysheim = SteadyStream.start(
                "digest",
                2,
                List.of(
                        "http://localhost:8081/public/tenants/lysheim/complaints",
                        "http://localhost:8281/public/tenants/lysheim/complaints"),
                "WORK_ENVIRONMENT");
        Thread.sleep(8_000);
        fjordvekst.close();
        lysheim.close();
        assertThat(fjordvekst.refused()).isEmpty();
        assertThat(lysheim.refused()).isEmpty();
        List<SteadyStream.Sent> accepted = fjordvekst.accepted();
        assertThat(accepted).hasSizeGreaterThan(30);

        // Each routed, assigned, acknowledged and counted once, whichever replica took it.
        FaultE2ETest.assertEachEndsOnce(accepted, List.of(), before);
        // Each outbox entry published once: one record for each event, not one per replica that relays.
        Set<String> ids = accepted.stream().map(SteadyStream.Sent::complaintId).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> recordsByComplaint("complaint.deadline-breached.v1")
                        .keySet()
                        .containsAll(ids));
        // Every replica's deadline watch and digest have each run three more rounds since every breach was on the
        // topic (their own metrics say so): what a second round or a second replica could do twice has had its chance.
        ScheduledRounds.awaitMore(
                3, "watchDeadlines", List.of(Ports.ROUTING, Ports.replica(Ports.ROUTING, 2)), Duration.ofSeconds(60));
        ScheduledRounds.awaitMore(
                3,
                "digests",
                List.of(Ports.NOTIFICATION, Ports.replica(Ports.NOTIFICATION, 2)),
                Duration.ofSeconds(60));
        Settled.await(Duration.ofMinutes(2));
        for (String type :
                List.of("complaint.received.v1", "complaint.assigned.v1", "complaint.deadline-breached.v1")) {
            Map<String, Long> counts = recordsByComplaint(type);
            assertThat(ids)
                    .allSatisfy(
                            id -> assertThat(counts.get(id)).as(type + " " + id).isEqualTo(1));
        }
        // One breach notice for each case and recipient (the handler, their leader, the managing director).
        Map<String, Long> breachMails = mails().stream()
                .filter(m -> m.get("subject").asString().startsWith("Fristen er passert i sak "))
                .collect(Collectors.groupingBy(
                        m -> m.get("subject").asString() + " → " + m.get("to").asString(), Collectors.counting()));
        for (var sent : accepted) {
            assertThat(breachMails.keySet())
                    .as(sent.reference())
                    .anyMatch(k -> k.startsWith("Fristen er passert i sak " + sent.reference() + " → "));
        }
        assertThat(breachMails).allSatisfy((mail, n) -> assertThat(n).as(mail).isEqualTo(1));
        // One digest a day for Lysheim's director, however many rounds both notification replicas ran.
        List<JsonNode> digests = mails().stream()
                .filter(m -> m.get("subject").asString().startsWith("Nye saker "))
                .toList();
        assertThat(digests).hasSize(1);
        assertThat(digests.getFirst().get("to").asString()).contains("lysheim");
        System.out.printf(
                "Two replicas of every service: %d complaints, each event once on the topic, %d breach notices once"
                        + " each, one digest%n",
                ids.size(), breachMails.size());
    }

    @Test
    @Order(2)
    void killing_the_leader_of_the_busiest_partition_five_times_loses_and_duplicates_nothing() throws Exception {
        Settled.await(Duration.ofMinutes(6));
        long before = counted(FaultE2ETest.BOARD);
        SteadyStream stream = SteadyStream.start("leader", 4, List.of(FJORDVEKST_1, FJORDVEKST_2));
        List<Instant[]> elections = new ArrayList<>();
        try {
            Thread.sleep(3_000);
            for (int kill = 1; kill <= LEADER_KILLS; kill++) {
                int partition = busiestPartition();
                int leader = leaderOf(partition);
                Instant killed = Instant.now();
                stack().killBroker(leader);
                // Bounds that only catch an election or a catch-up that never ends (8–12 s and 19–28 s here).
                await().atMost(Duration.ofSeconds(180))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            int now = leaderOf(partition);
                            return now >= 0 && now != leader;
                        });
                Instant elected = Instant.now();
                elections.add(new Instant[] {killed, elected});
                Thread.sleep(2_000);
                stack().startKafka();
                await().atMost(Duration.ofSeconds(240))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> KafkaTopics.partitions(TOPIC).stream()
                                .allMatch(p -> p.isr().size() == 3));
                System.out.printf(
                        "Leader kill %d: partition %d's leader, node %d; a new leader after %d ms; in sync again"
                                + " after %d s%n",
                        kill,
                        partition,
                        leader,
                        Duration.between(killed, elected).toMillis(),
                        Duration.between(killed, Instant.now()).toSeconds());
                Thread.sleep(2_000);
            }
        } finally {
            stream.close();
            stack().startKafka();
        }

        // Intake writes a complaint to its store only (the outbox relays it): no broker's death reaches the
        // complainant.
        List<SteadyStream.Sent> refused = stream.refused();
        assertThat(refused)
                .as("refused other than while a new leader was elected")
                .allSatisfy(s -> assertThat(elections)
                        .anyMatch(e -> !s.at().isBefore(e[0].minusSeconds(1)) && !s.at().isAfter(e[1].plusSeconds(1))));
        FaultE2ETest.assertEachEndsOnce(stream.accepted(), refused, before);
        Map<String, Set<String>> received =
                KafkaTopics.eventIdsByKey(KafkaTopics.records(TOPIC), "complaint.received.v1");
        assertThat(stream.accepted())
                .allSatisfy(s -> assertThat(received.get(s.complaintId()))
                        .as(s.reference())
                        .hasSize(1));
        System.out.printf(
                "%d leader kills: %d complaints accepted, each once; %d refused%n",
                LEADER_KILLS, stream.accepted().size(), refused.size());
    }

    // ---- the topic as it is

    private static int busiestPartition() throws Exception {
        return KafkaTopics.endOffsets(TOPIC).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    private static int leaderOf(int partition) throws Exception {
        TopicPartitionInfo info = KafkaTopics.partitions(TOPIC).stream()
                .filter(p -> p.partition() == partition)
                .findFirst()
                .orElseThrow();
        return info.leader() == null || info.leader().isEmpty()
                ? -1
                : info.leader().id();
    }

    private static Map<String, Long> recordsByComplaint(String type) {
        return ofType(type).stream()
                .collect(Collectors.groupingBy(r -> new String(r.key(), UTF_8), Collectors.counting()));
    }

    private static List<ConsumerRecord<byte[], byte[]>> ofType(String type) {
        return KafkaTopics.records(TOPIC).stream()
                .filter(r -> r.key() != null && type.equals(KafkaTopics.header(r, "ce_type")))
                .toList();
    }
}
