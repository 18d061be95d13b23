package no.klagesak.routing.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as the managers' overview lists it.
 *
 * @param deadlineExtended whether a later deadline was set with a reason; an open case past its deadline without one
 *     is a deviation from the routine (routine 001: avvik)
 */
/**
 * A case with what its timeline says for lists and the watch.
 *
 * @param deadlineExtended a later deadline was set with a reason, so a breach is not a deviation
 * @param checkInsHeld the check-ins with a whistleblower recorded
 * @param acknowledged the handler recorded the written acknowledgement
 */
public record CaseSummary(CaseFile file, boolean deadlineExtended, int checkInsHeld, boolean acknowledged) {

    /** The handler had to give the written acknowledgement, and its day passed without it. */
    public boolean acknowledgementOverdue(LocalDate today) {
        var c = file.complaintCase();
        return file.state().open()
                && c.acknowledgement() == Acknowledgement.BY_HANDLER
                && !acknowledged
                && c.acknowledgeBy() != null
                && c.acknowledgeBy().isBefore(today);
    }

    /** The planned check-ins with a whistleblower, and which were held, as of {@code today}. */
    public List<CheckIn> checkIns(LocalDate today) {
        return CheckIn.plan(file.complaintCase(), checkInsHeld, today);
    }

    public boolean overdue(LocalDate today) {
        return file.state().open() && file.complaintCase().deadline().isBefore(today);
    }

    /** A deviation from the routine: past the deadline with no reason given, or no acknowledgement in time. */
    public boolean deviation(LocalDate today) {
        return (overdue(today) && !deadlineExtended) || acknowledgementOverdue(today);
    }
}
