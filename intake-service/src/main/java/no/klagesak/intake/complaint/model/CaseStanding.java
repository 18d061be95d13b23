package no.klagesak.intake.complaint.model;

import java.time.Instant;
import java.time.LocalDate;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;

/**
 * Where the case stands as routing, its owner, last told it ({@code complaint.case-changed.v1}): intake keeps this copy
 * to show the complainant their case and to refuse what the case's state forbids.
 *
 * @param deadline when the answer is due
 * @param outcome after an answer or a decision: {@code UPHELD}, {@code PARTLY_UPHELD} or {@code NOT_UPHELD}
 * @param at when routing took the step
 * @param version the case's version after the step, as routing counts them: a copy is replaced only by a later one
 *     (by {@code at} for steps told before the version travelled)
 * @param handler who handles the case (the staff member's user name), as routing last named one; the archive's
 *     saksansvarlig
 */
public record CaseStanding(
        CaseState state,
        @Nullable LocalDate deadline,
        @Nullable String outcome,
        Instant at,
        @Nullable Long version,
        @Nullable String handler) {

    /** Without a handler named. */
    public CaseStanding(
            CaseState state,
            @Nullable LocalDate deadline,
            @Nullable String outcome,
            Instant at,
            @Nullable Long version) {
        this(state, deadline, outcome, at, version, null);
    }

    /**
     * Whether this copy replaces the one kept: a later version; a step told without one replaces only a copy without
     * one, by time. The store applies the same rule in its write.
     */
    public boolean replaces(@Nullable CaseStanding kept) {
        if (kept == null) return true;
        if (version == null) return kept.version() == null && !kept.at().isAfter(at);
        return kept.version() == null || kept.version() < version;
    }
}
