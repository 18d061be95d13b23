package no.klagesak.routing.deviation.messaging;

import no.klagesak.routing.deviation.WatchingDeviations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deviations' deadline watch on every instance; the watch makes each event happen once. */
@Component
class DeviationWatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(DeviationWatchSchedule.class);

    private final WatchingDeviations watching;

    DeviationWatchSchedule(WatchingDeviations watching) {
        this.watching = watching;
    }

    @Scheduled(
            initialDelayString = "${klagesak.routing.deviation-watch.initial-delay:45s}",
            fixedDelayString = "${klagesak.routing.deviation-watch.interval:15m}")
    void watch() {
        try {
            int promised = watching.watch();
            if (promised > 0) log.info("Deviation watch promised {} events", promised);
        } catch (RuntimeException e) {
            log.warn("Deviation watch round failed; the next round tries again: {}", e.toString());
        }
    }
}
