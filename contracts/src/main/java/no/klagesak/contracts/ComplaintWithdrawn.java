package no.klagesak.contracts;

import java.time.Instant;

/**
 * {@value #TYPE}: the complainant withdrew the complaint. Its deadlines stop; it still counts in the statistics as
 * received. A reason, when given, stays in intake.
 *
 * @param reference the complaint's reference number
 * @param withdrawnAt when
 * @param reasonGiven whether the complainant said why
 */
public record ComplaintWithdrawn(String reference, Instant withdrawnAt, boolean reasonGiven)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.withdrawn.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
