package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.klagesak.contracts.tenant.Routine.Span;
import no.klagesak.contracts.tenant.Routine.SpanUnit;
import no.klagesak.contracts.tenant.Routine.TrackDeadlines;

/**
 * A case's dates, from the routine version it was received under: when the complainant must have been told it was
 * received, when the answer is due, and the days reminders go out before that. Days are counted from the day of
 * receipt in Oslo, so a complaint sent at 00:30 on New Year's Day counts from New Year's Day whatever the UTC time.
 *
 * @param acknowledgeBy the written acknowledgement is due by this date
 * @param answerBy the written answer is due by this date
 * @param reminders the dates reminders go out, earliest first, never before the day of receipt
 */
public record CaseDeadlines(LocalDate acknowledgeBy, LocalDate answerBy, List<LocalDate> reminders) {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public CaseDeadlines {
        reminders = List.copyOf(reminders);
    }

    public static CaseDeadlines of(Instant receivedAt, TrackDeadlines deadlines) {
        LocalDate received = LocalDate.ofInstant(receivedAt, OSLO);
        LocalDate answerBy = after(received, deadlines.handling());
        return new CaseDeadlines(
                after(received, deadlines.acknowledgement()), answerBy, reminders(received, answerBy, deadlines));
    }

    /**
     * The days a whistleblowing report's handler checks in with the reporter: the given numbers of days after the day
     * of receipt, earliest first.
     */
    public static List<LocalDate> checkIns(Instant receivedAt, List<Integer> daysAfter) {
        LocalDate received = LocalDate.ofInstant(receivedAt, OSLO);
        return daysAfter.stream()
                .filter(days -> days > 0)
                .map(received::plusDays)
                .distinct()
                .sorted()
                .toList();
    }

    /** The day {@code span} after {@code day}: calendar days, Norwegian working days, weeks or months. */
    public static LocalDate after(LocalDate day, Span span) {
        return switch (span.unit()) {
            case DAYS -> day.plusDays(span.amount());
            case WORKING_DAYS -> WorkingDays.plus(day, span.amount());
            case WEEKS -> day.plusWeeks(span.amount());
            case MONTHS -> day.plusMonths(span.amount());
        };
    }

    /**
     * The answer's new due date after the case waited for the complainant from {@code pausedOn} until {@code
     * resumedOn}: the clock stops while it waits. Working-day deadlines move by the working days waited, the others
     * by the calendar days.
     */
    public CaseDeadlines paused(LocalDate pausedOn, LocalDate resumedOn, SpanUnit unit) {
        LocalDate moved = afterPause(answerBy, pausedOn, resumedOn, unit);
        long shift = ChronoUnit.DAYS.between(answerBy, moved);
        return new CaseDeadlines(
                acknowledgeBy,
                moved,
                reminders.stream().map(r -> r.plusDays(shift)).toList());
    }

    /** A due date moved by the time waited from {@code pausedOn} to {@code resumedOn} (see {@link #paused}). */
    public static LocalDate afterPause(LocalDate due, LocalDate pausedOn, LocalDate resumedOn, SpanUnit unit) {
        if (!resumedOn.isAfter(pausedOn)) return due;
        if (unit != SpanUnit.WORKING_DAYS) return due.plusDays(ChronoUnit.DAYS.between(pausedOn, resumedOn));
        int waited = 0;
        for (LocalDate day = pausedOn.plusDays(1); !day.isAfter(resumedOn); day = day.plusDays(1)) {
            if (WorkingDays.isWorkingDay(day)) waited++;
        }
        return WorkingDays.plus(due, waited);
    }

    private static List<LocalDate> reminders(LocalDate received, LocalDate answerBy, TrackDeadlines deadlines) {
        return deadlines.remindDaysBefore().stream()
                .map(answerBy::minusDays)
                .filter(day -> !day.isBefore(received))
                .distinct()
                .sorted()
                .toList();
    }
}
