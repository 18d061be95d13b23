package no.klagesak.routing.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.RetentionExpired;

/**
 * The retention watch: when a case ended longer ago than its tenant's routine keeps its track, and no legal hold is
 * on, {@code complaint.retention-expired.v1}, once per case, whichever instance runs it and however often (the event is
 * promised by a write that succeeds only once). intake then erases the content and tells every service. The tenant's
 * current routine applies, also to cases that ended under an older one.
 */
public class WatchingRetention {

    /** The key that promises a case's retention event once. */
    static final String KEY = "retention-expired";

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Retentions retentions;
    private final Cases cases;
    private final RoutingRoutines routines;
    private final Clock clock;

    public WatchingRetention(Retentions retentions, Cases cases, RoutingRoutines routines, Clock clock) {
        this.retentions = retentions;
        this.cases = cases;
        this.routines = routines;
        this.clock = clock;
    }

    /** One round; returns how many cases it found due. */
    public int watch() {
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        int promised = 0;
        try (var ended = retentions.endedAndKept(KEY)) {
            for (RetentionFile file : (Iterable<RetentionFile>) ended::iterator) {
                var c = file.complaintCase();
                var tenant = routines.find(c.tenantId());
                if (tenant.isEmpty()) continue;
                var retention = tenant.get().current().routine().retention();
                if (!file.due(today, retention)) continue;
                var event = EventEnvelope.of(
                        c.tenantId(),
                        c.complaintId(),
                        clock.instant(),
                        new RetentionExpired(
                                c.reference(),
                                c.track(),
                                Objects.requireNonNull(file.endedOn()),
                                file.years(retention)));
                if (cases.promiseOnce(c.tenantId(), c.complaintId(), KEY, event)) promised++;
            }
        }
        return promised;
    }
}
