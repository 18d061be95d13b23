package no.klagesak.contracts;

import java.time.LocalDate;

/**
 * {@value #TYPE}: the tenant's retention of a closed case ran out (routing's retention watch), once per case: the
 * case ended on {@code endedOn}, and the routine keeps this track for {@code years} years after that. No legal hold
 * was on it. intake erases the content and the complainant's data and tells every service with {@code
 * complaint.erased.v1}; ids, classifications and dates stay, so the statistics do not change.
 *
 * @param track {@code COMPLAINT} or {@code WHISTLEBLOWING}, whose retention applied
 */
public record RetentionExpired(String reference, String track, LocalDate endedOn, int years)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.retention-expired.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
