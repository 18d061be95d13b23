package no.klagesak.routing.deviation.messaging;

import java.util.stream.Collectors;
import no.klagesak.contracts.ComplainantReportedDeviation;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.routing.assignment.messaging.AlsoOnComplaintEvents;
import no.klagesak.routing.deviation.Deviations;
import no.klagesak.routing.deviation.ReportingDeviations;
import no.klagesak.support.sealing.EventSealer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A deviation the complainant reported from their case's follow-up page ({@code complaint.deviation-reported.v1}
 * from intake, which checked the receipt code): its words opened, the case's reference looked up, and reported as the
 * complainant's, for the managing director or, when it concerns them, the routine's alternative receiver. A redelivery
 * finds the form's report there and changes nothing. One refused (no one to receive it) or conflicting (the same form
 * with other words) is logged without its words and dropped: trying again would not change it.
 */
@Component
public class ComplainantDeviations implements AlsoOnComplaintEvents {

    private static final Logger log = LoggerFactory.getLogger(ComplainantDeviations.class);

    private final ReportingDeviations deviations;
    private final Deviations erasing;
    private final EventSealer sealer;

    ComplainantDeviations(ReportingDeviations deviations, Deviations erasing, EventSealer sealer) {
        this.deviations = deviations;
        this.erasing = erasing;
        this.sealer = sealer;
    }

    /**
     * The complainant's report, from the event that carries it; an erased complaint's reports lose the complainant's
     * words as the case does; any other event changes nothing.
     */
    @Override
    public void on(EventEnvelope event) {
        String complaintId = event.complaintId();
        if (complaintId == null) return;
        if (event.data() instanceof ComplaintErased) {
            erasing.eraseWordsAbout(event.tenantId(), complaintId);
            return;
        }
        if (!(event.data() instanceof ComplainantReportedDeviation reported)) return;
        String tenantId = event.tenantId();
        // Sealed for this tenant and complaint: words moved to another complaint's event do not open.
        @Nullable String what = sealer.open(tenantId, complaintId, reported.what());
        var outcome = deviations.reportByComplainant(
                tenantId,
                complaintId,
                new ReportingDeviations.Draft(
                        reported.formId(),
                        reported.kind(),
                        what,
                        reported.happenedOn(),
                        null,
                        reported.concernsDirector()),
                reported.reportedAt());
        switch (outcome) {
            case ReportingDeviations.Reported r -> {
                if (r.created()) {
                    log.info(
                            "A complainant reported a deviation of kind {}",
                            r.report().kind());
                }
            }
            case ReportingDeviations.Refused r ->
                log.warn(
                        "A complainant's deviation report was refused and is dropped: {}",
                        r.problems().stream()
                                .map(p -> p.field() + " " + p.code())
                                .collect(Collectors.joining(", ")));
            case ReportingDeviations.Conflict c ->
                log.warn("A complainant's deviation report was sent before with other words; this one is dropped");
        }
    }
}
