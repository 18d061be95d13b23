package no.klagesak.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: an open case passed its deadline (routing's deadline watch), once per case and deadline.
 *
 * @param reasonGiven whether a later deadline was set with a reason; without one the breach is a deviation from the
 *     routine (routine 001: avvik), which the managing director sees
 */
public record DeadlineBreached(String reference, @Nullable String handler, LocalDate deadline, boolean reasonGiven)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.deadline-breached.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
