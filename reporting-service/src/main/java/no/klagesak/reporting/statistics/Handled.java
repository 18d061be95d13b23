package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How one complaint went, from its events: when it was received and answered, against which deadline, the outcome,
 * and whether it was escalated or breached its deadline without a reason. Classifications and times only.
 *
 * @param resolvedAt when the handler answered it (or management decided, or it was withdrawn); null while open
 * @param outcome {@code UPHELD}, {@code PARTLY_UPHELD}, {@code NOT_UPHELD}, {@code WITHDRAWN}; management's decision
 *     replaces the handler's
 * @param deviation the deadline passed with no reason recorded (routine 001: avvik)
 */
public record Handled(
        Instant receivedAt,
        @Nullable LocalDate deadline,
        @Nullable Instant resolvedAt,
        @Nullable String outcome,
        boolean escalated,
        boolean breached,
        boolean deviation) {}
