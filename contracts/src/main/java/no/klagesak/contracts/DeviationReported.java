package no.klagesak.contracts;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: someone reported that the routine was not followed (routine 001: "if someone experiences or
 * discovers that the routine is not followed, it shall be reported to the managing director"). The envelope's
 * {@code complaintId} is the deviation report's own id, which keeps its events in order; what the reporter wrote stays
 * sealed in routing.
 *
 * @param kind which part of the routine: {@code ACKNOWLEDGEMENT}, {@code DEADLINE}, {@code LEVEL}, {@code
 *     INFORMATION}, {@code CONFIDENTIALITY} or {@code OTHER}
 * @param receiver the user name of who handles it: the managing director, or the routine's alternative receiver when
 *     it concerns the director
 * @param deadline when it is to be handled by
 * @param reportedBy {@code STAFF} or {@code COMPLAINANT}
 * @param caseReference the case it is about, when the reporter named one routing knows
 */
public record DeviationReported(
        String kind,
        String receiver,
        LocalDate deadline,
        String reportedBy,
        boolean concernsDirector,
        @Nullable String caseReference,
        Instant reportedAt)
        implements IntegrationEvent {

    public static final String TYPE = "deviation.reported.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
