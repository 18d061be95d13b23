package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import no.klagesak.contracts.tenant.Routine.Span;
import no.klagesak.contracts.tenant.Routine.SpanUnit;
import no.klagesak.contracts.tenant.Routine.TrackDeadlines;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The deadline computation against an oracle written here, independent of the holiday library: Norway's public
 * holidays from the date of Easter (Meeus' algorithm) and the fixed days. Property-based (QuickTheories, 1000 cases
 * each, shrunk to the smallest failing case) across holidays, Easter, the year end, daylight-saving changes and
 * pauses; see docs/adr/0011 for why not jqwik.
 */
class CaseDeadlinesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Set<MonthDay> FIXED =
            Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17), MonthDay.of(12, 25), MonthDay.of(12, 26));

    /** Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** Norway's public holidays that can fall on a weekday. */
    static boolean holiday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) return true;
        LocalDate easter = easter(day.getYear());
        long fromEaster = ChronoUnit.DAYS.between(easter, day);
        // Maundy Thursday, Good Friday, Easter Monday, Ascension Day, Whit Monday.
        return List.of(-3L, -2L, 1L, 39L, 50L).contains(fromEaster);
    }

    static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday(day);
    }

    private static final int EXAMPLES = 1000;

    /** Any moment in seven years, and now and then one of the moments where dates go wrong. */
    static Gen<Instant> receivedAt() {
        Gen<Instant> any = longs().between(
                        Instant.parse("2025-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2031-12-31T23:59:59Z").getEpochSecond())
                .map((Long seconds) -> Instant.ofEpochSecond(seconds));
        // The year end, the DST changes and Easter week, in Oslo.
        Gen<Instant> edges = arbitrary()
                .pick(List.of(
                        Instant.parse("2026-12-31T23:30:00Z"),
                        Instant.parse("2026-03-29T00:59:59Z"),
                        Instant.parse("2026-10-25T00:59:59Z"),
                        Instant.parse("2027-03-24T12:00:00Z")));
        return any.mix(edges, 10);
    }

    @Test
    void a_working_day_deadline_is_a_working_day_with_exactly_that_many_working_days_after_the_day_of_receipt() {
        qt().withExamples(EXAMPLES)
                .forAll(receivedAt(), integers().between(1, 40))
                .checkAssert(CaseDeadlinesTest::workingDayDeadline);
    }

    private static void workingDayDeadline(Instant receivedAt, int days) {
        LocalDate received = LocalDate.ofInstant(receivedAt, OSLO);
        LocalDate due = CaseDeadlines.after(received, new Span(days, SpanUnit.WORKING_DAYS));

        assertThat(workingDay(due)).as(due + " is a working day").isTrue();
        long counted = received.datesUntil(due.plusDays(1))
                .filter(day -> day.isAfter(received))
                .filter(CaseDeadlinesTest::workingDay)
                .count();
        assertThat(counted).isEqualTo(days);
    }

    @Test
    void a_calendar_deadline_is_that_many_days_after_the_day_of_receipt_in_oslo_whatever_the_clock_change() {
        qt().withExamples(EXAMPLES)
                .forAll(receivedAt(), integers().between(1, 120))
                .checkAssert(CaseDeadlinesTest::calendarDeadline);
    }

    private static void calendarDeadline(Instant receivedAt, int days) {
        var deadlines = CaseDeadlines.of(
                receivedAt,
                new TrackDeadlines(new Span(3, SpanUnit.DAYS), new Span(days, SpanUnit.DAYS), List.of(3, 1)));

        LocalDate received = receivedAt.atZone(OSLO).toLocalDate();
        assertThat(ChronoUnit.DAYS.between(received, deadlines.answerBy())).isEqualTo(days);
        assertThat(deadlines.reminders())
                .allSatisfy(reminder -> assertThat(reminder)
                        .isBetween(received, deadlines.answerBy().minusDays(1)));
        assertThat(deadlines.reminders()).isSorted();
    }

    @Test
    void weeks_and_months_end_on_the_same_weekday_or_day_of_month() {
        qt().withExamples(EXAMPLES)
                .forAll(receivedAt(), integers().between(1, 6))
                .checkAssert(CaseDeadlinesTest::weeksAndMonths);
    }

    private static void weeksAndMonths(Instant receivedAt, int amount) {
        LocalDate received = LocalDate.ofInstant(receivedAt, OSLO);

        assertThat(CaseDeadlines.after(received, new Span(amount, SpanUnit.WEEKS))
                        .getDayOfWeek())
                .isEqualTo(received.getDayOfWeek());
        LocalDate months = CaseDeadlines.after(received, new Span(amount, SpanUnit.MONTHS));
        assertThat(months.getDayOfMonth()).isLessThanOrEqualTo(received.getDayOfMonth());
        assertThat(ChronoUnit.MONTHS.between(received.withDayOfMonth(1), months.withDayOfMonth(1)))
                .isEqualTo(amount);
    }

    @Test
    void waiting_for_the_complainant_moves_the_deadline_by_the_time_waited_and_never_earlier() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        receivedAt(),
                        integers().between(0, 10),
                        integers().between(0, 30),
                        booleans().all())
                .checkAssert(CaseDeadlinesTest::paused);
    }

    private static void paused(Instant receivedAt, int pausedAfter, int waited, boolean workingDays) {
        SpanUnit unit = workingDays ? SpanUnit.WORKING_DAYS : SpanUnit.DAYS;
        var deadlines =
                CaseDeadlines.of(receivedAt, new TrackDeadlines(new Span(3, unit), new Span(14, unit), List.of(3)));
        LocalDate pausedOn = LocalDate.ofInstant(receivedAt, OSLO).plusDays(pausedAfter);
        LocalDate resumedOn = pausedOn.plusDays(waited);

        var moved = deadlines.paused(pausedOn, resumedOn, unit);

        assertThat(moved.answerBy()).isAfterOrEqualTo(deadlines.answerBy());
        assertThat(moved.acknowledgeBy()).isEqualTo(deadlines.acknowledgeBy());
        if (workingDays) {
            long waitedWorking = pausedOn.plusDays(1)
                    .datesUntil(resumedOn.plusDays(1))
                    .filter(CaseDeadlinesTest::workingDay)
                    .count();
            long movedWorking = deadlines
                    .answerBy()
                    .plusDays(1)
                    .datesUntil(moved.answerBy().plusDays(1))
                    .filter(CaseDeadlinesTest::workingDay)
                    .count();
            assertThat(movedWorking).isEqualTo(waitedWorking);
            assertThat(workingDay(moved.answerBy())).isTrue();
        } else {
            assertThat(ChronoUnit.DAYS.between(deadlines.answerBy(), moved.answerBy()))
                    .isEqualTo(waited);
        }
    }

    @Test
    void easter_2026_is_passed_over_by_working_days() {
        // Wednesday 1 April 2026 + 1 working day: Maundy Thursday, Good Friday, the weekend and Easter Monday pass.
        assertThat(CaseDeadlines.after(LocalDate.of(2026, 4, 1), new Span(1, SpanUnit.WORKING_DAYS)))
                .isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void a_complaint_sent_half_past_midnight_on_new_years_day_counts_from_new_years_day() {
        var deadlines = CaseDeadlines.of(
                Instant.parse("2026-12-31T23:30:00Z"),
                new TrackDeadlines(new Span(3, SpanUnit.WORKING_DAYS), new Span(14, SpanUnit.DAYS), List.of(3)));

        assertThat(deadlines.answerBy()).isEqualTo(LocalDate.of(2027, 1, 15));
        // 1 January is a holiday and the 2nd and 3rd a weekend: three working days end on Wednesday the 6th.
        assertThat(deadlines.acknowledgeBy()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(deadlines.reminders()).containsExactly(LocalDate.of(2027, 1, 12));
    }
}
