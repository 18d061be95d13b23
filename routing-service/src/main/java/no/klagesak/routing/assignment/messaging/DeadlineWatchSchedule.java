package no.klagesak.routing.assignment.messaging;

import no.klagesak.routing.assignment.WatchingDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline watch on every instance; the watch itself makes each event happen once. */
@Component
class DeadlineWatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatchSchedule.class);

    private final WatchingDeadlines watching;

    DeadlineWatchSchedule(WatchingDeadlines watching) {
        this.watching = watching;
    }

    @Scheduled(
            initialDelayString = "${klagesak.routing.deadline-watch.initial-delay:30s}",
            fixedDelayString = "${klagesak.routing.deadline-watch.interval:5m}")
    void watch() {
        try {
            int promised = watching.watch();
            if (promised > 0) log.info("Deadline watch promised {} events", promised);
        } catch (RuntimeException e) {
            log.warn("Deadline watch round failed; the next round tries again: {}", e.toString());
        }
    }
}
