package no.klagesak.routing.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as the managers' overview lists it.
 *
 * @param deadlineExtended whether a later deadline was set with a reason; an open case past its deadline without one
 *     is a deviation from the routine (routine 001: avvik)
 */
public record CaseSummary(CaseFile file, boolean deadlineExtended, int checkInsHeld) {

    /** The planned check-ins with a whistleblower, and which were held, as of {@code today}. */
    public List<CheckIn> checkIns(LocalDate today) {
        return CheckIn.plan(file.complaintCase(), checkInsHeld, today);
    }

    public boolean overdue(LocalDate today) {
        return file.state().open() && file.complaintCase().deadline().isBefore(today);
    }

    public boolean deviation(LocalDate today) {
        return overdue(today) && !deadlineExtended;
    }
}
