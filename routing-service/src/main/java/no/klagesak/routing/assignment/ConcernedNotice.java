package no.klagesak.routing.assignment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the duty to tell the people a case names stands, from its timeline (Datatilsynet's guidance; GDPR art. 14 and
 * personopplysningsloven § 16): told, or not told for now under an exception with a reason and a date by which it is
 * reviewed. An exception is temporary: on its review date the handler is reminded, and once it has passed without a
 * new exception or the person being told, the duty is overdue again. An exception recorded before review dates
 * existed is due for review from the day it was recorded.
 *
 * @param handled the person was told, or an exception was recorded
 * @param exceptionReviewOn the review date of the exception in force; null when the person was told or none was made
 */
public record ConcernedNotice(boolean handled, @Nullable LocalDate exceptionReviewOn) {

    /** An exception may stand for at most a year before it is reviewed. */
    public static final int LONGEST_EXCEPTION_DAYS = 366;

    public static ConcernedNotice of(@Nullable List<TimelineEntry> timeline) {
        boolean handled = false;
        LocalDate review = null;
        for (TimelineEntry e : timeline == null ? List.<TimelineEntry>of() : timeline) {
            switch (e.action()) {
                case NOTIFY_CONCERNED, SEND_CONCERNED_NOTICE -> {
                    handled = true;
                    review = null;
                }
                case CONCERNED_NOTICE_EXCEPTION -> {
                    handled = true;
                    // One recorded before review dates existed is due for review from the day it was recorded.
                    review =
                            e.deadline() == null ? LocalDate.ofInstant(e.at(), ZoneId.of("Europe/Oslo")) : e.deadline();
                }
                default -> {
                    // Other steps do not touch the duty.
                }
            }
        }
        return new ConcernedNotice(handled, review);
    }

    /** The exception in force is to be reviewed today or was to be before. */
    public boolean reviewDue(LocalDate today) {
        return exceptionReviewOn != null && !exceptionReviewOn.isAfter(today);
    }

    /** The exception's review date passed without a new exception or the person being told. */
    public boolean reviewOverdue(LocalDate today) {
        return exceptionReviewOn != null && exceptionReviewOn.isBefore(today);
    }
}
