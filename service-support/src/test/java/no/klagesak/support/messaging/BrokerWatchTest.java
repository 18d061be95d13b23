package no.klagesak.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerWatchTest {

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final BrokerWatch.Reachability reachability = new BrokerWatch.Reachability();

    @Test
    void an_outage_is_one_change_when_it_begins_and_one_when_it_ends_however_often_it_is_looked_at() {
        List<Optional<BrokerWatch.Reachability.Change>> changes = new ArrayList<>();
        changes.add(look(true));
        changes.add(look(true));
        changes.add(look(false));
        for (int i = 0; i < 10; i++) changes.add(look(false));
        changes.add(look(true));
        changes.add(look(true));

        assertThat(changes.stream().flatMap(Optional::stream).toList())
                .containsExactly(
                        new BrokerWatch.Reachability.Change(null),
                        new BrokerWatch.Reachability.Change(Duration.ofSeconds(55)));
        assertThat(reachability.reachable()).isTrue();
    }

    @Test
    void a_service_that_starts_without_kafka_says_so_once_and_is_not_reachable_until_it_is() {
        assertThat(reachability.reachable()).isFalse();
        assertThat(look(false)).contains(new BrokerWatch.Reachability.Change(null));
        assertThat(look(false)).isEmpty();
        assertThat(reachability.reachable()).isFalse();
        assertThat(look(true)).contains(new BrokerWatch.Reachability.Change(Duration.ofSeconds(10)));
    }

    private Optional<BrokerWatch.Reachability.Change> look(boolean reachable) {
        Optional<BrokerWatch.Reachability.Change> change = reachability.seen(reachable, now);
        now = now.plusSeconds(5);
        return change;
    }
}
