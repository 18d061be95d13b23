package no.klagesak.contracts;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: the complainant reported, from their case's follow-up page, that the routine was not followed
 * (routine 001: anyone who finds that the routine is not followed reports it to the managing director). Intake checked
 * the receipt code; routing makes it a deviation report of the case ({@code deviation.reported.v1}). The envelope's
 * {@code complaintId} is the complainant's complaint. The words are not kept in the complaint's conversation: the
 * handler may be the one the deviation is about.
 *
 * @param formId the reporting form's own id: the same form sent twice is one report (routing keeps the first)
 * @param kind which part of the routine: {@code ACKNOWLEDGEMENT}, {@code DEADLINE}, {@code LEVEL}, {@code
 *     INFORMATION}, {@code CONFIDENTIALITY} or {@code OTHER}
 * @param what what happened, in the complainant's words, sealed with the tenant's event key (service support's {@code
 *     EventSealer}, bound to the tenant and the complaint): never plain text on Kafka
 * @param happenedOn when it happened, when the complainant said
 * @param concernsDirector the complainant says it concerns the managing director: it goes to the routine's alternative
 *     receiver instead
 * @param reportedAt when intake received it
 */
public record ComplainantReportedDeviation(
        String formId,
        String kind,
        String what,
        @Nullable LocalDate happenedOn,
        boolean concernsDirector,
        Instant reportedAt)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.deviation-reported.v1";

    /** The same report with its words replaced: sealed for the topic, or opened after it. */
    public ComplainantReportedDeviation withWhat(String words) {
        return new ComplainantReportedDeviation(formId, kind, words, happenedOn, concernsDirector, reportedAt);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
