package no.klagesak.routing.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.klagesak.contracts.DeviationOverdue;
import no.klagesak.contracts.EventEnvelope;

/**
 * The deviations' deadline watch: the day after a reported deviation's deadline passed without its receiver writing
 * what was done, {@code deviation.overdue.v1}, so notification reminds them. Once per report, whichever instance runs it
 * and however often: promised by a write that succeeds only if the report has not got it yet and is still unhandled.
 */
public class WatchingDeviations {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Deviations deviations;
    private final Clock clock;

    public WatchingDeviations(Deviations deviations, Clock clock) {
        this.deviations = deviations;
        this.clock = clock;
    }

    /** One round; returns how many events this round promised. */
    public int watch() {
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        int promised = 0;
        for (DeviationReport report : deviations.overdueUnnoticed(today)) {
            var event = EventEnvelope.of(
                    report.tenantId(),
                    report.id(),
                    clock.instant(),
                    new DeviationOverdue(report.kind().name(), report.receiver(), report.deadline()));
            if (deviations.noticeOverdue(report.tenantId(), report.id(), event)) promised++;
        }
        return promised;
    }
}
