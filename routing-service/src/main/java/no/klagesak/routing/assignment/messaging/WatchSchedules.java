package no.klagesak.routing.assignment.messaging;

import java.util.function.IntSupplier;
import no.klagesak.routing.assignment.WatchingDeadlines;
import no.klagesak.routing.assignment.WatchingRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline watch and the retention watch on every instance; each watch makes each event happen once. */
@Component
class WatchSchedules {

    private static final Logger log = LoggerFactory.getLogger(WatchSchedules.class);

    private final WatchingDeadlines deadlines;
    private final WatchingRetention retention;

    WatchSchedules(WatchingDeadlines deadlines, WatchingRetention retention) {
        this.deadlines = deadlines;
        this.retention = retention;
    }

    @Scheduled(
            initialDelayString = "${klagesak.routing.deadline-watch.initial-delay:30s}",
            fixedDelayString = "${klagesak.routing.deadline-watch.interval:5m}")
    void watchDeadlines() {
        round("Deadline watch", deadlines::watch);
    }

    @Scheduled(
            initialDelayString = "${klagesak.routing.retention-watch.initial-delay:60s}",
            fixedDelayString = "${klagesak.routing.retention-watch.interval:1h}")
    void watchRetention() {
        round("Retention watch", retention::watch);
    }

    private static void round(String watch, IntSupplier round) {
        try {
            int promised = round.getAsInt();
            if (promised > 0) log.info("{} promised {} events", watch, promised);
        } catch (RuntimeException e) {
            log.warn("{} round failed; the next round tries again: {}", watch, e.toString());
        }
    }
}
