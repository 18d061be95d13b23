package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Months of rollups add up to what the year's facts give when counted directly. */
class RollupTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final List<String> TRACKS = List.of("COMPLAINT", "WHISTLEBLOWING");
    private static final List<String> CATEGORIES = List.of("FOLLOW_UP", "WORK_ENVIRONMENT", "NAV_DECISION", "OTHER");
    private static final List<String> OUTCOMES = List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "WITHDRAWN");

    /** Any complaint received in 2026, open or answered 0 to 120 days later, classified any way. */
    private static Gen<Handled> facts() {
        return integers()
                .between(0, 364)
                .zip(integers().between(-1, 120), integers().between(0, 1 << 12), (day, answeredAfter, bits) -> {
                    Instant received = LocalDate.of(2026, 1, 1)
                            .plusDays(day)
                            .atTime(23, 30)
                            .atZone(OSLO)
                            .toInstant();
                    LocalDate deadline = LocalDate.ofInstant(received, OSLO).plusDays(14);
                    boolean open = answeredAfter < 0;
                    return new Handled(
                            received,
                            (bits & 1) == 0 ? deadline : null,
                            open ? null : received.plus(answeredAfter, ChronoUnit.DAYS),
                            open ? null : OUTCOMES.get((bits >> 1) % 4),
                            (bits & 8) != 0,
                            (bits & 16) != 0,
                            (bits & 48) == 16,
                            TRACKS.get((bits >> 6) & 1),
                            CATEGORIES.get((bits >> 7) % 4),
                            (bits & 512) == 0 ? "WEB_FORM" : "STAFF_REGISTRATION",
                            (bits & 1024) == 0 ? "PARTICIPANT" : "EMPLOYEE",
                            (bits & 2048) == 0 ? null : "unit-" + (bits % 3));
                });
    }

    @Test
    void for_any_year_of_facts_the_months_rollups_summed_give_the_figures_counted_directly() {
        qt().forAll(lists().of(facts()).ofSizeBetween(0, 80)).checkAssert(year -> {
            Rollup summed = Rollup.year("t", 2026, byMonth(year));

            assertThat(summed.handling(2026)).isEqualTo(HandlingSummary.of(2026, year));
            assertThat(summed.received()).isEqualTo(year.size());
            assertThat(summed.byTrack()).isEqualTo(count(year, Handled::track));
            assertThat(summed.byCategory()).isEqualTo(count(year, Handled::category));
            assertThat(summed.byChannel()).isEqualTo(count(year, Handled::channel));
            assertThat(summed.byComplainantRole()).isEqualTo(count(year, Handled::complainantRole));
            assertThat(summed.byUnit()).isEqualTo(count(year, f -> f.unit() == null ? Rollup.NO_UNIT : f.unit()));
            assertThat(summed.breached())
                    .isEqualTo(year.stream().filter(Handled::breached).count());
            assertThat(summed.open())
                    .isEqualTo(year.stream().filter(Handled::open).count());
            var published = summed.publicCounts(2026);
            assertThat(published.whistleblowing())
                    .isEqualTo(year.stream()
                            .filter(f -> f.track().equals("WHISTLEBLOWING"))
                            .count());
            assertThat(published.complaintsByCategory().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum()
                            + published.whistleblowing())
                    .isEqualTo(year.size());
        });
    }

    @Test
    void the_order_the_months_are_summed_in_does_not_matter() {
        qt().forAll(lists().of(facts()).ofSizeBetween(0, 60)).checkAssert(year -> {
            List<Rollup> months = byMonth(year);
            List<Rollup> reversed = new ArrayList<>(months.reversed());
            assertThat(Rollup.year("t", 2026, reversed).handling(2026))
                    .isEqualTo(Rollup.year("t", 2026, months).handling(2026));
        });
    }

    @Test
    void the_backlog_counts_the_open_complaints_by_how_long_they_have_waited() {
        Instant received = LocalDate.of(2026, 10, 1).atStartOfDay(OSLO).toInstant();
        var open = new Handled(received, null, null, null, false, false, false);
        var answered = new Handled(received, null, received.plus(3, ChronoUnit.DAYS), "UPHELD", false, false, false);
        var october = Rollup.of("t", YearMonth.of(2026, 10), List.of(open, open, answered), Rollup.SurveyTotals.NONE);

        var backlog = Dashboard.Backlog.of(List.of(october), LocalDate.of(2026, 11, 26));

        assertThat(backlog.open()).isEqualTo(2);
        assertThat(backlog.oldestDays()).isEqualTo(56);
        assertThat(backlog.byAge()).containsEntry("31-90", 2L).containsEntry("0-14", 0L);
    }

    private static List<Rollup> byMonth(List<Handled> year) {
        Map<YearMonth, List<Handled>> months = year.stream()
                .collect(Collectors.groupingBy(
                        f -> YearMonth.from(f.receivedAt().atZone(OSLO)), LinkedHashMap::new, Collectors.toList()));
        return months.entrySet().stream()
                .map(e -> Rollup.of("t", e.getKey(), e.getValue(), Rollup.SurveyTotals.NONE))
                .toList();
    }

    private static Map<String, Long> count(List<Handled> facts, Function<Handled, String> key) {
        return facts.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
