package no.klagesak.web;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The year a statistics page shows: the one asked for, or this year in Norway when none or an impossible one (before
 * 2000 or in the future) was asked; and the years its year chooser offers.
 */
public record StatisticsYear(int shown, int current) {

    public static StatisticsYear of(@Nullable Integer asked) {
        int current = Year.now(ZoneId.of("Europe/Oslo")).getValue();
        return new StatisticsYear(asked == null || asked < 2000 || asked > current ? current : asked, current);
    }

    /** This year and the two before it. */
    public List<Integer> choices() {
        return List.of(current, current - 1, current - 2);
    }
}
