package no.klagesak.support.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Says in the log once when this service loses Kafka, and once when it has it back, with how long it was away; and
 * shows it as the gauge {@code klagesak.kafka.reachable} (1 or 0). The Kafka clients' own warning at each reconnect
 * attempt is turned down to ERROR ({@code klagesak-common.yml}): a service holds several clients, each trying again
 * within a second, and a 10 s outage wrote about 200 such lines per service. Looks every {@code interval} by asking
 * the cluster for its id.
 */
public final class BrokerWatch implements SmartLifecycle {

    /** The clients' longest wait between reconnect attempts (Kafka's default is 1 s), also in klagesak-common.yml. */
    public static final int RECONNECT_BACKOFF_MAX_MS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(BrokerWatch.class);

    private final String bootstrapServers;
    private final Duration interval;
    private final Clock clock;
    private final Reachability reachability = new Reachability();
    private volatile @Nullable Admin admin;
    private volatile @Nullable ScheduledExecutorService looking;

    public BrokerWatch(String bootstrapServers, Duration interval, Clock clock, MeterRegistry meters) {
        this.bootstrapServers = bootstrapServers;
        this.interval = interval;
        this.clock = clock;
        Gauge.builder("klagesak.kafka.reachable", reachability, r -> r.reachable() ? 1 : 0)
                .description("1 while this service reaches Kafka, 0 while it does not")
                .register(meters);
    }

    @Override
    public void start() {
        int timeout = (int) Math.max(1_000, interval.toMillis());
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, RECONNECT_BACKOFF_MAX_MS));
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("kafka-watch").daemon().factory());
        executor.scheduleWithFixedDelay(this::look, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        looking = executor;
    }

    private void look() {
        Admin client = admin;
        if (client == null) return;
        boolean reachable;
        try {
            client.describeCluster(new DescribeClusterOptions().timeoutMs((int) Math.max(1_000, interval.toMillis())))
                    .clusterId()
                    .get(interval.toMillis() * 2, TimeUnit.MILLISECONDS);
            reachable = true;
        } catch (ExecutionException | TimeoutException | RuntimeException notNow) {
            reachable = false;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        reachability.seen(reachable, clock.instant()).ifPresent(change -> {
            if (change.away() == null) {
                log.warn(
                        "Kafka ({}) cannot be reached; its clients keep trying, quietly, and events wait in the"
                                + " outboxes until it is back",
                        bootstrapServers);
            } else {
                log.info(
                        "Kafka ({}) reached again after {} s",
                        bootstrapServers,
                        change.away().toSeconds());
            }
        });
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = looking;
        if (executor != null) executor.shutdownNow();
        Admin client = admin;
        if (client != null) client.close(Duration.ofSeconds(2));
        looking = null;
        admin = null;
    }

    @Override
    public boolean isRunning() {
        return looking != null;
    }

    /**
     * Whether Kafka was reached at the last look, and the changes worth a line in the log: lost (away is null), or
     * back after being away so long. Unknown until the first look; a service that starts without Kafka says so once.
     */
    static final class Reachability {

        /** A change: Kafka lost ({@code away} null), or reached again after {@code away}. */
        record Change(@Nullable Duration away) {}

        private @Nullable Boolean reachable;
        private @Nullable Instant lostAt;

        /** What a look at {@code at} found; the change it makes, if any. */
        synchronized Optional<Change> seen(boolean now, Instant at) {
            Boolean before = reachable;
            reachable = now;
            if (!now && !Boolean.FALSE.equals(before)) {
                lostAt = at;
                return Optional.of(new Change(null));
            }
            if (now && Boolean.FALSE.equals(before) && lostAt != null) {
                Duration away = Duration.between(lostAt, at);
                lostAt = null;
                return Optional.of(new Change(away));
            }
            return Optional.empty();
        }

        synchronized boolean reachable() {
            return Boolean.TRUE.equals(reachable);
        }
    }
}
