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
 * @param concernedNoticeHandled the person the case names was told, or the exception was justified
 */
public record CaseSummary(
        CaseFile file,
        boolean deadlineExtended,
        int checkInsHeld,
        boolean acknowledged,
        boolean concernedNoticeHandled) {

    /** A case with no notice to a named person recorded. */
    public CaseSummary(CaseFile file, boolean deadlineExtended, int checkInsHeld, boolean acknowledged) {
        this(file, deadlineExtended, checkInsHeld, acknowledged, false);
    }

    /** The case names a person, who was neither told nor excepted, and the month has passed. In any state. */
    public boolean concernedNoticeOverdue(LocalDate today) {
        LocalDate by = file.complaintCase().concernedNoticeBy();
        return by != null && !concernedNoticeHandled && by.isBefore(today);
    }

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

    /**
     * A deviation from the routine: past the deadline with no reason given, no acknowledgement in time, or the person
     * the case names not told (nor an exception justified) within the month.
     */
    public boolean deviation(LocalDate today) {
        return !deviations(today).isEmpty();
    }

    /**
     * Which deviations, for the managers' list: {@code DEADLINE} (past it without a reason), {@code ACKNOWLEDGEMENT}
     * (not given in time), {@code CONCERNED_NOTICE} (the person named not told, nor the exception justified).
     */
    public List<String> deviations(LocalDate today) {
        List<String> which = new java.util.ArrayList<>();
        if (overdue(today) && !deadlineExtended) which.add("DEADLINE");
        if (acknowledgementOverdue(today)) which.add("ACKNOWLEDGEMENT");
        if (concernedNoticeOverdue(today)) which.add("CONCERNED_NOTICE");
        return List.copyOf(which);
    }
}
