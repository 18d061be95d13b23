package no.klagesak.support.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic with a plain Kafka client, as any outside consumer would: raw key, raw headers, raw JSON. */
public final class KafkaRecords {

    private KafkaRecords() {}

    /** Polls from the beginning until {@code enough} holds for what was read, or the timeout passes. */
    public static List<ConsumerRecord<String, String>> read(
            String bootstrapServers,
            String topic,
            Duration timeout,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant end = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(end) && !enough.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * The records of one key (a complaint), read until one of them has {@code type} in its JSON or the timeout
     * passes.
     */
    public static List<ConsumerRecord<String, String>> ofKey(
            String bootstrapServers, String topic, String key, String type) {
        return read(
                        bootstrapServers,
                        topic,
                        Duration.ofSeconds(20),
                        read -> read.stream()
                                .anyMatch(r -> key.equals(r.key()) && r.value().contains(type)))
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
