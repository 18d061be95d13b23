package no.klagesak.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** A date as a form's date field sends it (yyyy-mm-dd); a browser without a date picker sends what was typed. */
public final class DateField {

    private DateField() {}

    /** The date; null when there is none or it is not a date. */
    public static @Nullable LocalDate read(@Nullable String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Something was written that is not a date: it must be said, never sent as none. */
    public static boolean unreadable(@Nullable String value) {
        return value != null && !value.isBlank() && read(value) == null;
    }
}
