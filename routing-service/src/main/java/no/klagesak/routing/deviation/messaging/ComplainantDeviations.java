package no.klagesak.routing.deviation.messaging;

import java.util.stream.Collectors;
import no.klagesak.contracts.ComplainantReportedDeviation;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
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
public class ComplainantDeviations {

    private static final Logger log = LoggerFactory.getLogger(ComplainantDeviations.class);

    private final ReportingDeviations deviations;
    private final Cases cases;
    private final EventSealer sealer;

    ComplainantDeviations(ReportingDeviations deviations, Cases cases, EventSealer sealer) {
        this.deviations = deviations;
        this.cases = cases;
        this.sealer = sealer;
    }

    /** The complainant's report, from the event that carries it; any other event changes nothing. */
    public void reported(EventEnvelope event) {
        String complaintId = event.complaintId();
        if (!(event.data() instanceof ComplainantReportedDeviation reported) || complaintId == null) return;
        String tenantId = event.tenantId();
        // Sealed for this tenant and complaint: words moved to another complaint's event do not open.
        @Nullable String what = sealer.open(tenantId, complaintId, reported.what());
        // The case it is about, by its reference; routing has it once intake's complaint.received.v1 reached it.
        @Nullable
        String reference = cases.findBy(tenantId, complaintId)
                .map(ComplaintCase::reference)
                .orElse(null);
        var outcome = deviations.reportByComplainant(
                tenantId,
                complaintId,
                new ReportingDeviations.Draft(
                        reported.formId(),
                        reported.kind(),
                        what,
                        reported.happenedOn(),
                        reference,
                        reported.concernsDirector()));
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
