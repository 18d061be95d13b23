package no.klagesak.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: a step in a case's workflow (routing). Classifications only: what happened, the state it left the
 * case in, who handles it and by when. The texts (actions taken, the response, reasons) stay in routing's case file.
 *
 * @param action e.g. {@code ACCEPT}, {@code REASSIGN}, {@code EXTEND_DEADLINE}, {@code RESOLVE}, {@code DECIDE}
 * @param state the case's state after it, e.g. {@code IN_PROGRESS}, {@code WAITING_FOR_COMPLAINANT}, {@code RESOLVED}
 * @param handler the handler's user name after it; null while the case waits in the triage queue
 * @param deadline the answer's due date after it (a later one after {@code EXTEND_DEADLINE} or a stopped clock)
 * @param outcome after {@code RESOLVE} or {@code DECIDE}: {@code UPHELD}, {@code PARTLY_UPHELD} or {@code NOT_UPHELD}
 * @param reasonGiven whether a reason was recorded, e.g. for a later deadline, which the complainant is told
 */
public record CaseChanged(
        String reference,
        String action,
        String state,
        @Nullable String handler,
        LocalDate deadline,
        @Nullable String outcome,
        boolean reasonGiven)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.case-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
