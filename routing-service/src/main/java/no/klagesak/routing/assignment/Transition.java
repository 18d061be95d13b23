package no.klagesak.routing.assignment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to move a case on. Which fields an action needs: ASSIGN and REASSIGN a handler (REASSIGN also a reason),
 * RECORD_ACTION a text, EXTEND_DEADLINE a later date and a reason, RECORD_MEETING a text and that both agreed the
 * minutes, RESOLVE and DECIDE an outcome and the written response (text).
 */
public record Transition(
        CaseAction action,
        String by,
        @Nullable String handler,
        @Nullable String text,
        @Nullable String reason,
        @Nullable Outcome outcome,
        @Nullable String improvements,
        @Nullable LocalDate newDeadline,
        boolean minutesAgreed) {

    public static Transition of(CaseAction action, String by) {
        return new Transition(action, by, null, null, null, null, null, null, false);
    }
}
