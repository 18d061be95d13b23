package no.klagesak.reporting.statistics.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.RecordingEvents;
import no.klagesak.reporting.statistics.ReplayReachesBack;
import no.klagesak.reporting.statistics.RollingUp;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the facts of reporting-service from the complaint events topic, if the topic still reaches back to every
 * complaint they hold (ADR 0019). It reads the topic twice, each time from the partitions' start to their end as they
 * were when it began: first only to see which complaints come back ({@link ReplayReachesBack}), and if any held does
 * not, it refuses and changes nothing. Otherwise it applies every event again ({@link RecordingEvents#rebuilding}:
 * each complaint's fact is renewed from its events, none is deleted) and rolls every month up again from the facts.
 *
 * <p>It reads without a consumer group and commits nothing, so the running service's own position is untouched;
 * events after the rebuild's end are applied again by the service, which changes nothing. Should retention delete
 * records between the two readings, the second stops with an error: the facts it did not reach stay as they were. Run
 * it while reporting-service is stopped (README: "Rebuilding the statistics").
 */
@Component
public class Rebuilding {

    private static final Logger log = LoggerFactory.getLogger(Rebuilding.class);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** What a rebuild did, or why it did nothing. */
    public sealed interface Outcome {}

    /** The events applied, those of types reporting does not know, and the months rolled up again. */
    public record Rebuilt(long events, long skipped, int months) implements Outcome {}

    /** Nothing was changed: the topic no longer holds every complaint the facts hold. */
    public record Refused(String reason) implements Outcome {}

    private final RecordingEvents recording;
    private final Facts facts;
    private final RollingUp rollingUp;
    private final String bootstrapServers;
    private final String topic;
    private final Clock clock;

    /** Public so that a test can point it at a topic and store of its own. */
    public Rebuilding(
            RecordingEvents recording,
            Facts facts,
            RollingUp rollingUp,
            Clock clock,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${spring.cloud.stream.bindings.complaintEvents-in-0.destination}") String topic) {
        this.recording = recording;
        this.clock = clock;
        this.facts = facts;
        this.rollingUp = rollingUp;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    public Outcome run() {
        Instant startedAt = clock.instant();
        long[] counts;
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            kafka.assign(partitions);
            Map<TopicPartition, Long> start = kafka.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);

            var reach = new ReplayReachesBack();
            read(kafka, start, end, reach::saw);
            ReplayReachesBack.Verdict verdict;
            try (var held = facts.held()) {
                verdict = reach.judge(held);
            }
            if (verdict instanceof ReplayReachesBack.FallsShort falls) {
                String reason = refusal(falls, start);
                log.warn(reason);
                return new Refused(reason);
            }
            counts = read(kafka, start, end, recording.rebuilding(startedAt));
        }
        int months = rollingUp.everything(startedAt);
        log.info(
                "Rebuild from {}: {} events applied, {} of other types skipped, {} months rolled up again",
                topic,
                counts[0],
                counts[1],
                months);
        return new Rebuilt(counts[0], counts[1], months);
    }

    /** Applies the records from {@code start} up to {@code end}; returns how many applied and how many skipped. */
    private long[] read(
            KafkaConsumer<String, String> kafka,
            Map<TopicPartition, Long> start,
            Map<TopicPartition, Long> end,
            Consumer<EventEnvelope> apply) {
        // The start as it was seen; if retention has moved it since, the read fails (auto.offset.reset=none).
        start.forEach(kafka::seek);
        long events = 0;
        long skipped = 0;
        while (end.entrySet().stream().anyMatch(e -> kafka.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) continue;
                try {
                    apply.accept(EventJson.read(record.value()));
                    if (++events % 10_000 == 0) log.info("Rebuild: {} events read", events);
                } catch (EventJson.UnknownEventType unknown) {
                    skipped++;
                }
            }
        }
        return new long[] {events, skipped};
    }

    private String refusal(ReplayReachesBack.FallsShort falls, Map<TopicPartition, Long> start) {
        Map<Integer, Long> offsets = new TreeMap<>();
        start.forEach((partition, offset) -> offsets.put(partition.partition(), offset));
        return ("Refused to rebuild from %s: %d of the %d complaints the statistics hold are no longer on the topic"
                        + " (received %s to %s; the partitions now start at offsets %s). Nothing was changed."
                        + " The facts are the only record of those complaints: keep them. To compute the figures"
                        + " again from the facts, run with --rollups-only (README, \"Rebuilding the statistics\").")
                .formatted(
                        topic,
                        falls.missing(),
                        falls.held(),
                        falls.earliestMissing().atZone(OSLO).toLocalDate(),
                        falls.latestMissing().atZone(OSLO).toLocalDate(),
                        offsets);
    }

    private Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "none",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
    }
}
