package no.klagesak.routing.assignment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One page of a list of cases, in the list's order. Lists are read a page at a time, so they answer as fast with ten
 * years of closed cases behind them as with none (issue 27).
 *
 * @param page which page, from 0
 * @param more whether a next page has lines
 */
public record CasePage<T>(List<T> lines, int page, int size, boolean more) {

    /** The most lines a page holds, whatever is asked for. */
    public static final int LARGEST = 200;

    /** The size of a page when none is asked for. */
    public static final int USUAL = 50;

    public CasePage {
        lines = List.copyOf(lines);
    }

    /**
     * The {@code page}th page of the lines that {@code keep} keeps, in the order given: the lines of the pages before
     * are passed over, and the lines after this page are not read beyond the one that tells there are more.
     */
    public static <T> CasePage<T> of(Stream<T> ordered, Predicate<? super T> keep, int page, int size) {
        int from = Math.max(page, 0);
        int take = Math.clamp(size, 1, LARGEST);
        long skip = (long) from * take;
        List<T> lines = new ArrayList<>(take);
        boolean more = false;
        Iterator<T> each = ordered.filter(keep).iterator();
        long passed = 0;
        while (each.hasNext()) {
            T line = each.next();
            if (passed++ < skip) continue;
            if (lines.size() == take) {
                more = true;
                break;
            }
            lines.add(line);
        }
        return new CasePage<>(lines, from, take, more);
    }

    public <R> CasePage<R> map(Function<? super T, ? extends R> each) {
        return new CasePage<>(lines.stream().<R>map(each).toList(), page, size, more);
    }
}
