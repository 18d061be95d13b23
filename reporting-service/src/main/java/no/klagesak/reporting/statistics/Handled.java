package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How one complaint went, from its events: how it was classified, when it was received and answered, against which
 * deadline, the outcome, and whether it was escalated or breached its deadline without a reason. Classifications and
 * times only.
 *
 * @param resolvedAt when the handler answered it (or management decided, or it was withdrawn); null while open
 * @param outcome {@code UPHELD}, {@code PARTLY_UPHELD}, {@code NOT_UPHELD}, {@code WITHDRAWN}; management's decision
 *     replaces the handler's
 * @param deviation the deadline passed with no reason recorded (routine 001: avvik)
 * @param unit the id of the unit in the tenant's organisation the complaint concerns; null when it named none
 */
public record Handled(
        Instant receivedAt,
        @Nullable LocalDate deadline,
        @Nullable Instant resolvedAt,
        @Nullable String outcome,
        boolean escalated,
        boolean breached,
        boolean deviation,
        String track,
        String category,
        String channel,
        String complainantRole,
        @Nullable String unit) {

    /** A complaint in the track {@code COMPLAINT} whose classification does not matter to the figures asked. */
    public Handled(
            Instant receivedAt,
            @Nullable LocalDate deadline,
            @Nullable Instant resolvedAt,
            @Nullable String outcome,
            boolean escalated,
            boolean breached,
            boolean deviation) {
        this(
                receivedAt,
                deadline,
                resolvedAt,
                outcome,
                escalated,
                breached,
                deviation,
                "COMPLAINT",
                "OTHER",
                "WEB_FORM",
                "PARTICIPANT",
                null);
    }

    public boolean open() {
        return resolvedAt == null;
    }
}
