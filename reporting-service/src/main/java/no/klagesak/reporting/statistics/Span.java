package no.klagesak.reporting.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A stretch of time whose complaints are rolled up together, by when they were received: a minute, an hour or a month
 * (in Norway). A minute lies in one hour and an hour in one month, since Norway's offsets from UTC are whole hours; so
 * a change to a complaint is rolled up in its minute, the minute's hour from its minutes, and the month from its
 * hours, and each level reads at most a few thousand facts or 745 parts, whatever the month holds.
 *
 * @param start the first instant of the span
 */
public record Span(Level level, Instant start) {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** From the smallest to the largest: the order in which a round rolls them up. */
    public enum Level {
        MINUTE,
        HOUR,
        MONTH
    }

    public Span {
        if (!start.equals(start(level, start))) throw new IllegalArgumentException(level + " cannot start at " + start);
    }

    /** The minute the instant is in. */
    public static Span minute(Instant at) {
        return new Span(Level.MINUTE, start(Level.MINUTE, at));
    }

    /** The month (in Norway). */
    public static Span month(YearMonth month) {
        return new Span(Level.MONTH, monthStart(month));
    }

    /** The first instant after the span. */
    public Instant end() {
        return switch (level) {
            case MINUTE -> start.plus(Duration.ofMinutes(1));
            case HOUR -> start.plus(Duration.ofHours(1));
            case MONTH -> monthStart(month().plusMonths(1));
        };
    }

    /** The month (in Norway) the span lies in. */
    public YearMonth month() {
        return YearMonth.from(start.atZone(OSLO));
    }

    /** The span this one is a part of: a minute's hour, an hour's month; none for a month. */
    public Optional<Span> parent() {
        return switch (level) {
            case MINUTE -> Optional.of(new Span(Level.HOUR, start(Level.HOUR, start)));
            case HOUR -> Optional.of(month(month()));
            case MONTH -> Optional.empty();
        };
    }

    /** The level of the parts a span of this level is summed from; none for a minute, which is read from the facts. */
    public Optional<Level> partLevel() {
        return switch (level) {
            case MINUTE -> Optional.empty();
            case HOUR -> Optional.of(Level.MINUTE);
            case MONTH -> Optional.of(Level.HOUR);
        };
    }

    private static Instant start(Level level, Instant at) {
        return switch (level) {
            case MINUTE -> at.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> at.truncatedTo(ChronoUnit.HOURS);
            case MONTH -> monthStart(YearMonth.from(at.atZone(OSLO)));
        };
    }

    private static Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(OSLO).toInstant();
    }
}
