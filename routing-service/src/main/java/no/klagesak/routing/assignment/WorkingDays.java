package no.klagesak.routing.assignment;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Norwegian working days: not Saturday or Sunday, and not a public holiday (from jollyday, not hand-written dates). */
public final class WorkingDays {

    private static final HolidayManager NORWAY =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !NORWAY.isHoliday(day);
    }

    /** The working day {@code count} working days after {@code from}. */
    public static LocalDate plus(LocalDate from, int count) {
        LocalDate day = from;
        for (int added = 0; added < count; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) added++;
        }
        return day;
    }
}
