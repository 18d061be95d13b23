package no.klagesak.routing.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;

/**
 * A case with what its timeline says for lists and the watch.
 *
 * @param deadlineExtended a later deadline was set with a reason, so a breach is not a deviation
 * @param checkInsHeld the check-ins with a whistleblower recorded
 * @param acknowledged the handler recorded the written acknowledgement
 * @param concernedNoticeHandled the person the case names was told, or the exception was justified
 * @param exceptionReviewOn when the exception in force not to tell them is to be reviewed; null when there is none
 * @param discussedWithSuperior the complaint was discussed with the receiver's superior (routine 001)
 * @param outcome the latest outcome: of the answer, management's decision, or {@code WITHDRAWN}; null while there is none
 */
public record CaseSummary(
        CaseFile file,
        boolean deadlineExtended,
        int checkInsHeld,
        boolean acknowledged,
        boolean concernedNoticeHandled,
        boolean discussedWithSuperior,
        @Nullable Outcome outcome,
        @Nullable LocalDate exceptionReviewOn) {

    /** A case with no notice to a named person recorded. */
    public CaseSummary(CaseFile file, boolean deadlineExtended, int checkInsHeld, boolean acknowledged) {
        this(file, deadlineExtended, checkInsHeld, acknowledged, false, false, null, null);
    }

    /** A case with no exception in force. */
    public CaseSummary(
            CaseFile file,
            boolean deadlineExtended,
            int checkInsHeld,
            boolean acknowledged,
            boolean concernedNoticeHandled,
            boolean discussedWithSuperior,
            @Nullable Outcome outcome) {
        this(
                file,
                deadlineExtended,
                checkInsHeld,
                acknowledged,
                concernedNoticeHandled,
                discussedWithSuperior,
                outcome,
                null);
    }

    /**
     * Whether the managers' overview looks at it ({@link Cases#needingAttention}): open, escalated to management, or it
     * names a person who is not yet told, or not told for now under an exception that is still to be reviewed. Once it
     * is answered or decided and the person told, only the list of every case shows it.
     */
    public boolean needsAttention() {
        boolean noticeOwed = file.complaintCase().concernedNoticeBy() != null
                && (!concernedNoticeHandled || exceptionReviewOn != null);
        return file.state().open() || file.state() == CaseState.ESCALATED || noticeOwed;
    }

    /**
     * Answered without the discussion with the receiver's superior recorded: a deviation where the case's routine asks
     * for that discussion (routine 001), which the overview shows for the tenants whose routine does.
     */
    public boolean answeredUndiscussed() {
        return answered() && !discussedWithSuperior && file.complaintCase().handler() != null;
    }

    /** Answered: the handler's answer or management's decision was given (whatever came after). */
    public boolean answered() {
        return file.state().answered();
    }

    /**
     * Waiting for the complainant longer than the case's whole handling time: the clock stands still, so it is never
     * late, but someone should call them, record their answer, or answer on what there is.
     */
    public boolean waitingLong(LocalDate today) {
        LocalDate paused = file.pausedOn();
        return file.state() == CaseState.WAITING_FOR_COMPLAINANT
                && paused != null
                && paused.plusDays(file.complaintCase().handlingTimeDays()).isBefore(today);
    }

    /**
     * The deviations, with the routine's duty to discuss a written complaint with the receiver's superior (routine
     * 001): {@code DISCUSSION} when it was answered without.
     */
    public List<String> deviations(LocalDate today, boolean discussionRequired) {
        List<String> which = new ArrayList<>(deviations(today));
        if (discussionRequired && answered() && !discussedWithSuperior) which.add("DISCUSSION");
        return List.copyOf(which);
    }

    /**
     * The case names a person, who was neither told nor excepted, or whose exception's review date passed, and the
     * month has passed. In any state.
     */
    public boolean concernedNoticeOverdue(LocalDate today) {
        LocalDate by = file.complaintCase().concernedNoticeBy();
        boolean reviewOverdue = new ConcernedNotice(concernedNoticeHandled, exceptionReviewOn).reviewOverdue(today);
        return by != null && (!concernedNoticeHandled || reviewOverdue) && by.isBefore(today);
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

    /**
     * Past its deadline while open. While it waits for the complainant the clock stands still: late only if it was
     * late already when the question was asked.
     */
    public boolean overdue(LocalDate today) {
        boolean waiting = file.state() == CaseState.WAITING_FOR_COMPLAINANT;
        LocalDate until =
                waiting && file.pausedOn() != null && file.pausedOn().isBefore(today) ? file.pausedOn() : today;
        return file.state().open() && file.complaintCase().deadline().isBefore(until);
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
        List<String> which = new ArrayList<>();
        if (overdue(today) && !deadlineExtended) which.add("DEADLINE");
        if (acknowledgementOverdue(today)) which.add("ACKNOWLEDGEMENT");
        if (concernedNoticeOverdue(today)) which.add("CONCERNED_NOTICE");
        return List.copyOf(which);
    }
}
