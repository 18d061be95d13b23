package no.klagesak.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Dates and times as the pages show them: Norwegian order, in Norwegian time. Usable from templates too. */
public final class NorwegianTime {

    /** The instance a page puts in its model (as {@code dates}) for its template. */
    public static final NorwegianTime PAGES = new NorwegianTime();

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(OSLO);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OSLO);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(OSLO);

    private NorwegianTime() {}

    public String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The day it happened in Norway. */
    public String day(Instant instant) {
        return DAY.format(instant);
    }

    /** To the minute. */
    public String at(Instant instant) {
        return MINUTE.format(instant);
    }

    /** To the minute, from an instant as a service's JSON gives it (ISO-8601 text); empty when it is not one. */
    public String minute(@Nullable Object instant) {
        if (instant instanceof Instant at) return at(at);
        try {
            return instant == null ? "" : at(Instant.parse(instant.toString()));
        } catch (DateTimeParseException notAnInstant) {
            return "";
        }
    }

    /** To the second, as a log shows it. */
    public String second(Instant instant) {
        return SECOND.format(instant);
    }
}
