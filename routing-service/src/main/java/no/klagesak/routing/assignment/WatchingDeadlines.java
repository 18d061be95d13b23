package no.klagesak.routing.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;
import no.klagesak.contracts.AcknowledgementOverdue;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.ComplainantAwaited;
import no.klagesak.contracts.ConcernedNoticeReviewDue;
import no.klagesak.contracts.DeadlineApproaching;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.WhistleblowerCheckInDue;

/**
 * The deadline watch: on each reminder day of an open case, {@code complaint.deadline-approaching.v1}; the day after
 * its deadline, {@code complaint.deadline-breached.v1}; on each planned check-in with a whistleblower not yet held,
 * {@code complaint.whistleblower-check-in-due.v1}, in any state of the case; the day after a written acknowledgement
 * the handler had to give was due without it, {@code complaint.acknowledgement-overdue.v1}; once a case has waited for
 * the complainant's answer longer than its whole handling time, {@code complaint.complainant-awaited.v1}; on the
 * review date of an exception not to tell a person the case names, {@code complaint.concerned-notice-review-due.v1}, in
 * any state. Exactly once per case and date, whichever instance runs it and
 * however often: each is promised by a write that succeeds only if the case has not got it yet.
 */
public class WatchingDeadlines {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Cases cases;
    private final Clock clock;
    private final BiConsumer<String, String> breached;

    public WatchingDeadlines(Cases cases, Clock clock) {
        this(cases, clock, (tenant, track) -> {});
    }

    /** @param breached told of each deadline breach as it is promised, once: the tenant and the track */
    public WatchingDeadlines(Cases cases, Clock clock, BiConsumer<String, String> breached) {
        this.cases = cases;
        this.clock = clock;
        this.breached = breached;
    }

    /** One round; returns how many events this round promised. */
    public int watch() {
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        int promised = 0;
        for (CaseSummary summary : cases.watched()) {
            var file = summary.file();
            if (summary.waitingLong(today)) {
                // The clock stands still while it waits, so it is never late; the handler is reminded, once per
                // question, to call the complainant and record the answer or to answer on what the case has.
                var c = file.complaintCase();
                var event = EventEnvelope.of(
                        c.tenantId(),
                        c.complaintId(),
                        clock.instant(),
                        new ComplainantAwaited(c.reference(), c.handler(), file.pausedOn()));
                if (cases.promiseOnce(c.tenantId(), c.complaintId(), "awaited:" + file.pausedOn(), event)) promised++;
            }
            if (!file.state().open() || file.state() == CaseState.WAITING_FOR_COMPLAINANT) continue;
            var c = file.complaintCase();
            for (LocalDate reminder : c.reminders()) {
                if (!reminder.isAfter(today) && today.isBefore(c.deadline())) {
                    var event = EventEnvelope.of(
                            c.tenantId(),
                            c.complaintId(),
                            clock.instant(),
                            new DeadlineApproaching(c.reference(), c.handler(), c.deadline(), (int)
                                    ChronoUnit.DAYS.between(today, c.deadline())));
                    if (cases.promiseOnce(
                            c.tenantId(), c.complaintId(), "reminder:" + reminder + ":" + c.deadline(), event)) {
                        promised++;
                    }
                }
            }
            if (summary.acknowledgementOverdue(today)) {
                var event = EventEnvelope.of(
                        c.tenantId(),
                        c.complaintId(),
                        clock.instant(),
                        new AcknowledgementOverdue(c.reference(), c.handler(), c.acknowledgeBy()));
                if (cases.promiseOnce(
                        c.tenantId(), c.complaintId(), "acknowledgement-overdue:" + c.acknowledgeBy(), event)) {
                    promised++;
                }
            }
            if (c.deadline().isBefore(today)) {
                var event = EventEnvelope.of(
                        c.tenantId(),
                        c.complaintId(),
                        clock.instant(),
                        new DeadlineBreached(c.reference(), c.handler(), c.deadline(), summary.deadlineExtended()));
                if (cases.promiseOnce(c.tenantId(), c.complaintId(), "breached:" + c.deadline(), event)) {
                    promised++;
                    breached.accept(c.tenantId(), c.track());
                }
            }
        }
        for (CaseSummary summary : cases.withCheckIns()) {
            var c = summary.file().complaintCase();
            for (CheckIn checkIn : summary.checkIns(today)) {
                if (!checkIn.due() || checkIn.held()) continue;
                var event = EventEnvelope.of(
                        c.tenantId(),
                        c.complaintId(),
                        clock.instant(),
                        new WhistleblowerCheckInDue(c.reference(), c.handler(), checkIn.on()));
                if (cases.promiseOnce(c.tenantId(), c.complaintId(), "check-in:" + checkIn.on(), event)) promised++;
            }
        }
        for (CaseSummary summary : cases.withNoticeExceptions()) {
            LocalDate reviewOn = summary.exceptionReviewOn();
            if (reviewOn == null || reviewOn.isAfter(today)) continue;
            var c = summary.file().complaintCase();
            var event = EventEnvelope.of(
                    c.tenantId(),
                    c.complaintId(),
                    clock.instant(),
                    new ConcernedNoticeReviewDue(c.reference(), c.handler(), reviewOn));
            if (cases.promiseOnce(c.tenantId(), c.complaintId(), "notice-exception-review:" + reviewOn, event)) {
                promised++;
            }
        }
        return promised;
    }
}
