package no.klagesak.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The local stack's Kafka as bytes, keys, values and headers as they are: for tests that look at or add records. */
final class KafkaTopics {

    private KafkaTopics() {}

    /** The running stack's Kafka nodes, one or three. */
    private static String bootstrap() {
        return RunningPlatform.stack().kafkaBootstrap();
    }

    /** The partitions of a topic as the cluster describes them now: leader, replicas, in-sync replicas. */
    static List<org.apache.kafka.common.TopicPartitionInfo> partitions(String topic) throws Exception {
        try (var admin = admin()) {
            return admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(20, java.util.concurrent.TimeUnit.SECONDS)
                    .get(topic)
                    .partitions();
        }
    }

    /** An admin client on the running stack that gives up on a call after 15 s rather than Kafka's default minute. */
    private static org.apache.kafka.clients.admin.Admin admin() {
        return org.apache.kafka.clients.admin.Admin.create(Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap(),
                org.apache.kafka.clients.admin.AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                org.apache.kafka.clients.admin.AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                15_000));
    }

    /** Records not yet consumed, summed over every consumer group and every partition it has committed on. */
    static long lag() throws Exception {
        return lagByGroup().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records not yet consumed by each consumer group, summed over every partition it has committed on. */
    static Map<String, Long> lagByGroup() throws Exception {
        try (var admin = admin()) {
            Map<String, Long> lags = new java.util.TreeMap<>();
            for (var group : admin.listGroups().all().get(20, java.util.concurrent.TimeUnit.SECONDS)) {
                long lag = 0;
                var committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get(20, java.util.concurrent.TimeUnit.SECONDS);
                Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().forEach(p -> latest.put(p, org.apache.kafka.clients.admin.OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(20, java.util.concurrent.TimeUnit.SECONDS);
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        lag += ends.get(entry.getKey()).offset()
                                - entry.getValue().offset();
                    }
                }
                lags.put(group.groupId(), lag);
            }
            return lags;
        }
    }

    /** Each partition's end offset now: how many records it has had. */
    static Map<Integer, Long> endOffsets(String topic) {
        try (var kafka = consumer()) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            Map<Integer, Long> ends = new java.util.TreeMap<>();
            kafka.endOffsets(partitions).forEach((p, end) -> ends.put(p.partition(), end));
            return ends;
        }
    }

    /** A consumer outside any group, that commits nothing: it assigns itself partitions and reads. */
    static KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
    }

    static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    /** A record's header as text (null when it has none of that name). */
    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The CloudEvents ids of the events of one type, by record key (the complaint): one id per event, however often
     * it reached the topic.
     */
    static Map<String, java.util.Set<String>> eventIdsByKey(List<ConsumerRecord<byte[], byte[]>> records, String type) {
        Map<String, java.util.Set<String>> ids = new java.util.HashMap<>();
        for (var record : records) {
            if (record.key() == null || !type.equals(header(record, "ce_type"))) continue;
            ids.computeIfAbsent(
                            new String(record.key(), java.nio.charset.StandardCharsets.UTF_8),
                            k -> new java.util.HashSet<>())
                    .add(header(record, "ce_id"));
        }
        return ids;
    }

    /** Every record of a topic from its start to its end now (none when the topic does not exist yet). */
    static List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (var kafka = consumer()) {
            var infos = kafka.listTopics(Duration.ofSeconds(10)).get(topic);
            if (infos == null) return records;
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            var end = kafka.endOffsets(partitions);
            while (end.entrySet().stream().anyMatch(e -> kafka.position(e.getKey()) < e.getValue())) {
                kafka.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
