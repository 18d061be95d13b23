package no.klagesak.support.test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * How far a consumer group is behind a topic, from the broker's own offsets. A test that checks "nothing more happened"
 * (a replay changed nothing, a duplicate was dropped) first waits until the service's group has committed past every
 * record the test sent, so the look afterwards sees everything the service will ever do with them, instead of waiting a
 * fixed time and hoping it was long enough.
 */
public final class ConsumerLag {

    private ConsumerLag() {}

    /** Waits until {@code group} has consumed every record {@code topic} holds now and later, up to {@code atMost}. */
    public static void awaitConsumed(String bootstrapServers, String group, String topic, Duration atMost) {
        Awaitility.await()
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> lag(bootstrapServers, group, topic) == 0);
    }

    /** Records of {@code topic} that {@code group} has not committed, over every partition (none committed: all). */
    public static long lag(String bootstrapServers, String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                15_000))) {
            var partitions = admin.describeTopics(java.util.List.of(topic))
                    .allTopicNames()
                    .get(20, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(20, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(20, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }
}
