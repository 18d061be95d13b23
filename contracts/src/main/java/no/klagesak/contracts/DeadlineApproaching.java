package no.klagesak.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: a reminder day of a case came (routing's deadline watch), once per case and reminder date.
 *
 * @param handler the handler to remind; null while the case waits in the management group's queue
 * @param daysLeft days until the answer is due
 */
public record DeadlineApproaching(
        String reference, @Nullable String handler, LocalDate deadline, int daysLeft) implements IntegrationEvent {

    public static final String TYPE = "complaint.deadline-approaching.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
