package no.klagesak.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: a case has waited for the complainant's answer to a question longer than its whole handling time
 * (routing's deadline watch), once per question. The deadline stands still while it waits, so the case is never late;
 * the handler is reminded to call the complainant and record the answer, or to answer on what the case has.
 *
 * @param handler the handler to remind
 * @param waitingSince the day the question was asked
 */
public record ComplainantAwaited(String reference, @Nullable String handler, LocalDate waitingSince)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.complainant-awaited.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
