package no.klagesak.support.tenant;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.klagesak.contracts.EventJson;
import no.klagesak.support.messaging.BrokerWatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the whole compacted tenant topic from the start, every time the service starts, and then follows it. There is
 * no consumer group: every replica reads every partition, so each one's copy is complete. Start-up waits until the
 * copy has caught up with the topic (or {@code catchUpTimeout} passes: the service then serves from its stored copy
 * and keeps trying), so the first complaint after start already sees every tenant.
 */
public class TenantTopicReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantTopicReader.class);

    private final TenantCopy copy;
    private final String bootstrapServers;
    private final String topic;
    private final Duration catchUpTimeout;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public TenantTopicReader(TenantCopy copy, String bootstrapServers, String topic, Duration catchUpTimeout) {
        this.copy = copy;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.catchUpTimeout = catchUpTimeout;
    }

    public boolean caughtUp() {
        return caughtUp.getCount() == 0;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("tenant-topic-reader").daemon().start(this::run);
        try {
            if (!caughtUp.await(catchUpTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "Tenant topic not read to its end within {}; serving {} stored tenants meanwhile",
                        catchUpTimeout,
                        copy.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config())) {
                consumer = kafka;
                follow(kafka);
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                if (!running) return;
                log.warn("Reading the tenant topic failed; retrying: {}", e.toString());
                sleep();
            }
        }
    }

    private void follow(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = List.of();
        while (running && partitions.isEmpty()) {
            partitions = kafka.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (partitions.isEmpty()) sleep();
        }
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
        while (running) {
            for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                apply(record);
            }
            if (!caughtUp() && end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                log.info("Tenant copy caught up with {}: {} tenants", topic, copy.size());
                caughtUp.countDown();
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) return; // a tombstone: nothing to keep
        try {
            if (copy.apply(record.value())) log.info("Tenant {} updated", record.key());
        } catch (EventJson.UnknownEventType unknown) {
            log.debug("Skipped: {}", unknown.getMessage());
        } catch (RuntimeException e) {
            // A record this version cannot read must not stop every later tenant change.
            log.error("Tenant snapshot at offset {} of {} skipped: {}", record.offset(), record.topic(), e.toString());
        }
    }

    private Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                BrokerWatch.RECONNECT_BACKOFF_MAX_MS);
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        var kafka = consumer;
        if (kafka != null) kafka.wakeup();
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early, before the services' own consumers start, so they find every tenant. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
