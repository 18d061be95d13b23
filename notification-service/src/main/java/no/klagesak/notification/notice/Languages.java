package no.klagesak.notification.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The languages notices are written in. A complainant reads theirs in any of the seven the public form offers (the
 * platform's wording of each kind to complainants is in {@code notices/} in all seven); staff choose among Bokmål,
 * Nynorsk and English. Any other language gets Bokmål.
 */
public final class Languages {

    /** The languages staff choose among, and read the platform's notices in. */
    public static final List<String> STAFF = List.of("nb", "nn", "en");

    /** The languages a complainant may write in and is answered in: the public form's. */
    public static final List<String> COMPLAINANT = List.of("nb", "nn", "en", "uk", "ar", "so", "pl");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar");

    /**
     * Dates as each language writes them in a letter: the day, the month's name in the genitive where the language
     * declines it (9 grudnia, 9 грудня), the year. Arabic keeps Western digits, as references and receipt codes do,
     * with the month's Arabic name (9 ديسمبر 2026). Ukrainian goes without the optional "р.", which would double the
     * full stop of a sentence that ends with the date. The patterns are spelled out so a new JDK's locale data cannot
     * change a notice.
     */
    private static final Map<String, DateTimeFormatter> DATES = Map.of(
            "nb", DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            "nn", DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            "en", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK),
            "uk", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("uk")),
            "ar", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ar")),
            "so", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("so")),
            "pl", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("pl")));

    private Languages() {}

    /** The languages the platform words a notice to this audience in. */
    public static List<String> of(NoticeKind.Audience audience) {
        return audience == NoticeKind.Audience.COMPLAINANT ? COMPLAINANT : STAFF;
    }

    /** The language a reader of this audience is written to in: theirs where it is one of the audience's, else nb. */
    public static String forReader(NoticeKind.Audience audience, @Nullable String language) {
        return language != null && of(audience).contains(language) ? language : "nb";
    }

    /** A date as the language writes it; Bokmål's for a language without its own. */
    public static String date(LocalDate date, String language) {
        return DATES.getOrDefault(language, DATES.get("nb")).format(date);
    }

    /** Whether the language is written right to left (Arabic). */
    public static boolean rightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }
}
