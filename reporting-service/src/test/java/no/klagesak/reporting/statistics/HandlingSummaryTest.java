package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The board's handling figures from the facts: handling days, compliance with the deadline, outcomes. */
class HandlingSummaryTest {

    /** Received 09:00 Oslo on Monday 2 November 2026, with a 14-day deadline. */
    private static final Instant RECEIVED = Instant.parse("2026-11-02T08:00:00Z");

    private static Handled answeredAfter(int days, String outcome) {
        return new Handled(
                RECEIVED,
                LocalDate.of(2026, 11, 16),
                RECEIVED.plus(days, ChronoUnit.DAYS),
                outcome,
                false,
                days > 14,
                false);
    }

    @Test
    void median_and_90th_percentile_by_nearest_rank_and_the_share_answered_by_the_deadline() {
        List<Handled> year = new ArrayList<>();
        for (int days : new int[] {1, 2, 3, 5, 8, 10, 12, 14, 20, 30}) year.add(answeredAfter(days, "UPHELD"));
        year.add(new Handled(RECEIVED, LocalDate.of(2026, 11, 16), null, null, true, true, true));

        var summary = HandlingSummary.of(2026, year);

        assertThat(summary.received()).isEqualTo(11);
        assertThat(summary.answered()).isEqualTo(10);
        assertThat(summary.open()).isEqualTo(1);
        assertThat(summary.medianHandlingDays()).isEqualTo(8);
        assertThat(summary.p90HandlingDays()).isEqualTo(20);
        assertThat(summary.deadlineCompliancePercent()).isEqualTo(80);
        assertThat(summary.escalated()).isEqualTo(1);
        assertThat(summary.deviations()).isEqualTo(1);
        assertThat(summary.byOutcome()).containsEntry("UPHELD", 10L);
    }

    @Test
    void a_year_with_nothing_answered_has_no_handling_time_and_no_compliance() {
        var summary = HandlingSummary.of(2026, List.of(new Handled(RECEIVED, null, null, null, false, false, false)));
        assertThat(summary.medianHandlingDays()).isNull();
        assertThat(summary.deadlineCompliancePercent()).isNull();
    }

    @Test
    void for_any_year_the_answered_and_open_add_up_and_the_median_is_within_the_days_and_at_most_the_90th() {
        qt().forAll(lists().of(integers().between(-1, 120)).ofSizeBetween(0, 60))
                .checkAssert(daysOrOpen -> {
                    List<Handled> year = daysOrOpen.stream()
                            .map(d -> d < 0
                                    ? new Handled(RECEIVED, LocalDate.of(2026, 11, 16), null, null, false, false, false)
                                    : answeredAfter(d, "NOT_UPHELD"))
                            .toList();
                    var summary = HandlingSummary.of(2026, year);
                    assertThat(summary.answered() + summary.open()).isEqualTo(summary.received());
                    if (summary.answered() > 0) {
                        long min = daysOrOpen.stream()
                                .filter(d -> d >= 0)
                                .mapToLong(d -> d)
                                .min()
                                .orElseThrow();
                        long max = daysOrOpen.stream()
                                .filter(d -> d >= 0)
                                .mapToLong(d -> d)
                                .max()
                                .orElseThrow();
                        assertThat(summary.medianHandlingDays()).isBetween(min, max);
                        assertThat(summary.medianHandlingDays()).isLessThanOrEqualTo(summary.p90HandlingDays());
                        assertThat(summary.deadlineCompliancePercent()).isBetween(0L, 100L);
                    } else {
                        assertThat(summary.medianHandlingDays()).isNull();
                    }
                });
    }
}
