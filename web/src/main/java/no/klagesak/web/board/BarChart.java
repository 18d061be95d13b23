package no.klagesak.web.board;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart drawn on the server as SVG, so the page needs no script and the same drawing can go into an
 * exported PDF. Each bar has its whole label on the line above it, and shows this year and, thinner, last year; the
 * chart names itself for screen readers, and the page shows the same numbers as a table next to it.
 */
final class BarChart {

    /** One row: its label, this year's number and last year's. */
    record Bar(String label, long value, long previous) {}

    private static final int WIDTH = 640;
    /** A label's line and its bars. */
    private static final int ROW = 52;

    private BarChart() {}

    /** Without {@code compared}, the bars have no second, thinner bar for last year. */
    static String svg(String title, List<Bar> bars, boolean compared) {
        long max = Math.max(
                1,
                bars.stream()
                        .mapToLong(b -> Math.max(b.value(), b.previous()))
                        .max()
                        .orElse(1));
        int height = Math.max(ROW, bars.size() * ROW) + 8;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" class=\"chart\">",
                WIDTH,
                height));
        svg.append("<title>").append(HtmlUtils.htmlEscape(title, "UTF-8")).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            int now = (int) Math.round((WIDTH - 60) * (double) bar.value() / max);
            int before = (int) Math.round((WIDTH - 60) * (double) bar.previous() / max);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" font-size=\"14\" fill=\"#1a1a1a\">%s</text>",
                    y + 14,
                    HtmlUtils.htmlEscape(shorten(bar.label()), "UTF-8")));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#0b5394\"/>",
                    y + 20,
                    Math.max(now, 1)));
            if (compared) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"5\" fill=\"#767676\"/>",
                        y + 39,
                        Math.max(before, 1)));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#1a1a1a\">%d</text>",
                    Math.max(now, 1) + 6,
                    y + 33,
                    bar.value()));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        // The line is 640 units wide: about 80 characters at this size.
        return label.length() <= 80 ? label : label.substring(0, 79) + "…";
    }
}
