package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallCountsTest {

    private static Map<String, Long> table(long... counts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) cells.put("c" + i, counts[i]);
        return cells;
    }

    private static long sum(Map<String, Long> cells) {
        return cells.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void eight_with_six_shown_no_longer_gives_away_the_two() {
        var published = SmallCounts.publish(table(6, 2));

        assertThat(published.cells()).containsExactly(Map.entry("c0", "6"), Map.entry("c1", "<5"));
        assertThat(published.total()).as("what the cells say already, no more").isEqualTo("7–10");
        assertThat(published.exactTotal()).isFalse();
    }

    @Test
    void a_table_without_small_counts_is_shown_as_it_is() {
        var published = SmallCounts.publish(table(7, 0, 12));

        assertThat(published.cells())
                .containsExactly(Map.entry("c0", "7"), Map.entry("c1", "0"), Map.entry("c2", "12"));
        assertThat(published.total()).isEqualTo("19");
        assertThat(published.exactTotal()).isTrue();
    }

    @Test
    void published_totals_add_up_as_ranges() {
        assertThat(SmallCounts.plus("7–10", "<5")).isEqualTo("8–14");
        assertThat(SmallCounts.plus("12", "0")).isEqualTo("12");
        assertThat(SmallCounts.plus("12", "<5")).isEqualTo("13–16");
    }

    /**
     * The differencing test: for random tables, everything a reader can work out is what every table that would be
     * published the same way has in common; no small cell, and no total shown as a range, is among it.
     */
    @ParameterizedTest(name = "{0} cells")
    @ValueSource(ints = {1, 2, 3, 4})
    void no_suppressed_cell_can_be_worked_out_from_what_is_published(int width) {
        Random random = new Random(20261206L + width);
        int limit = width == 4 ? 12 : 16;
        int tables = width == 4 ? 60 : 250;
        for (int t = 0; t < tables; t++) {
            long[] counts = new long[width];
            for (int i = 0; i < width; i++) {
                counts[i] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(limit - 1);
            }
            var actual = table(counts);
            var published = SmallCounts.publish(actual);
            Map<String, Set<Long>> possible = new LinkedHashMap<>();
            actual.keySet().forEach(k -> possible.put(k, new HashSet<>()));
            Set<Long> totals = new HashSet<>();
            long[] candidate = new long[width];
            for (long code = 0; code < Math.pow(limit, width); code++) {
                long rest = code;
                for (int i = 0; i < width; i++) {
                    candidate[i] = rest % limit;
                    rest /= limit;
                }
                var other = table(candidate);
                if (!SmallCounts.publish(other).equals(published)) continue;
                other.forEach((k, v) -> possible.get(k).add(v));
                totals.add(sum(other));
            }
            for (var cell : published.cells().entrySet()) {
                if (cell.getValue().equals(actual.get(cell.getKey()).toString())) continue;
                assertThat(possible.get(cell.getKey()))
                        .as("%s published as %s", actual, published)
                        .hasSizeGreaterThan(1);
            }
            if (!published.exactTotal()) {
                assertThat(totals).as("%s published as %s", actual, published).hasSizeGreaterThan(1);
            }
        }
    }
}
