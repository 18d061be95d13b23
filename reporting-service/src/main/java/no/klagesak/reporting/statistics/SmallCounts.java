package no.klagesak.reporting.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table of counts with its total, as it may be published: a count from 1 to 4 is shown as "&lt;5", and then the total
 * is shown only as the range the shown cells already give ("7–10" for a 6 and a "&lt;5"), never exactly, so no small
 * count can be worked out by subtraction. Whether the total is a range depends only on which cells are small, never on
 * their values, so the way the table is shown gives nothing away either. Zero is shown as 0. Pure; no Spring.
 */
public final class SmallCounts {

    /** Counts below this are never shown. */
    public static final int SMALL = 5;

    private static final String UNDER = "<" + SMALL;

    private SmallCounts() {}

    /**
     * The table as published, in the cells' order.
     *
     * @param cells the counts by what they count; their sum is the total
     */
    public static Published publish(Map<String, Long> cells) {
        Map<String, String> shown = new LinkedHashMap<>();
        long exact = 0;
        int small = 0;
        for (var cell : cells.entrySet()) {
            long count = cell.getValue();
            shown.put(cell.getKey(), shown(count));
            if (small(count)) small++;
            else exact += count;
        }
        return new Published(shown, small == 0 ? String.valueOf(exact) : range(exact + small, exact + 4L * small));
    }

    /** A count alone, as published: the number, or "&lt;5". */
    public static String shown(long count) {
        return small(count) ? UNDER : String.valueOf(count);
    }

    /** The sum of two published totals, each exact or a range, as published. */
    public static String plus(String a, String b) {
        long[] x = bounds(a);
        long[] y = bounds(b);
        long lo = x[0] + y[0];
        long hi = x[1] + y[1];
        return lo == hi ? String.valueOf(lo) : range(lo, hi);
    }

    /**
     * The published table: each cell's text and the total's, exact or a range. Any other figure published that equals
     * this total must be published as this total is, or the small counts can be worked out again.
     */
    public record Published(Map<String, String> cells, String total) {

        /** Whether the total is shown exactly (no cell is small). */
        public boolean exactTotal() {
            return !total.contains("–") && !total.equals(UNDER);
        }
    }

    private static boolean small(long count) {
        return count > 0 && count < SMALL;
    }

    private static String range(long lo, long hi) {
        return hi < SMALL ? UNDER : lo + "–" + hi;
    }

    private static long[] bounds(String shown) {
        if (shown.equals(UNDER)) return new long[] {1, SMALL - 1};
        int dash = shown.indexOf('–');
        if (dash < 0) return new long[] {Long.parseLong(shown), Long.parseLong(shown)};
        return new long[] {Long.parseLong(shown.substring(0, dash)), Long.parseLong(shown.substring(dash + 1))};
    }
}
