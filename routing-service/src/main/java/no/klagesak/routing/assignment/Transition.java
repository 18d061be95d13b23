package no.klagesak.routing.assignment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to move a case on. Which fields an action needs: ASSIGN and REASSIGN a handler (REASSIGN also a reason),
 * RECORD_ACTION a text, EXTEND_DEADLINE a later date and a reason, RECORD_MEETING a text and that both agreed the
 * minutes, RESOLVE and DECIDE an outcome and the written response (text), CORRECT_CONCERNED the people (ids in the
 * organisation, none for no one in particular), a reason, and a new handler when the present one is among them.
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
        boolean minutesAgreed,
        @Nullable List<String> concerned) {

    public Transition(
            CaseAction action,
            String by,
            @Nullable String handler,
            @Nullable String text,
            @Nullable String reason,
            @Nullable Outcome outcome,
            @Nullable String improvements,
            @Nullable LocalDate newDeadline,
            boolean minutesAgreed) {
        this(action, by, handler, text, reason, outcome, improvements, newDeadline, minutesAgreed, null);
    }

    public static Transition of(CaseAction action, String by) {
        return new Transition(action, by, null, null, null, null, null, null, false);
    }
}
