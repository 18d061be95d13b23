package no.klagesak.routing.assignment;

import java.time.LocalDate;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;

/**
 * A case as its workflow sees it: the assignment, the state, the version its next change must match (optimistic
 * locking), and since when the clock is stopped while the complainant is asked.
 */
public record CaseFile(
        ComplaintCase complaintCase,
        CaseState state,
        long version,
        @Nullable LocalDate pausedOn) {}
