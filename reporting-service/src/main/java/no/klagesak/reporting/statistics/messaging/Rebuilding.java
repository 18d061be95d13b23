package no.klagesak.reporting.statistics.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.klagesak.contracts.EventJson;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.RecordingEvents;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.SurveyAnswers;
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
 * Rebuilds every read model of reporting-service from the start of the complaint events topic: forgets the facts,
 * survey answers and rollups, applies every event up to the topic's end as it was when the rebuild began, and rolls
 * every month up again. It reads without a consumer group and commits nothing, so the running service's own position
 * is untouched; events after the rebuild's end are applied again by the service, which changes nothing. Run it while
 * reporting-service is stopped (README: "Rebuilding the statistics").
 */
@Component
public class Rebuilding {

    private static final Logger log = LoggerFactory.getLogger(Rebuilding.class);

    /** What a rebuild did. */
    public record Rebuilt(long events, long skipped) {}

    private final RecordingEvents recording;
    private final Facts facts;
    private final SurveyAnswers surveys;
    private final Rollups rollups;
    private final RollingUp rollingUp;
    private final String bootstrapServers;
    private final String topic;

    Rebuilding(
            RecordingEvents recording,
            Facts facts,
            SurveyAnswers surveys,
            Rollups rollups,
            RollingUp rollingUp,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${spring.cloud.stream.bindings.complaintEvents-in-0.destination}") String topic) {
        this.recording = recording;
        this.facts = facts;
        this.surveys = surveys;
        this.rollups = rollups;
        this.rollingUp = rollingUp;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    public Rebuilt run() {
        facts.clear();
        surveys.clear();
        rollups.clear();
        long events = 0;
        long skipped = 0;
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            while (end.entrySet().stream().anyMatch(e -> kafka.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) continue;
                    try {
                        recording.apply(EventJson.read(record.value()));
                        events++;
                    } catch (EventJson.UnknownEventType unknown) {
                        skipped++;
                    }
                }
                if (events > 0 && events % 10_000 == 0) log.info("Rebuild: {} events applied", events);
            }
        }
        rollingUp.all();
        log.info("Rebuild from {}: {} events applied, {} of other types skipped", topic, events, skipped);
        return new Rebuilt(events, skipped);
    }

    private Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
    }
}
