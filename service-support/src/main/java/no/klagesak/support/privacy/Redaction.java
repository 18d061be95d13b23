package no.klagesak.support.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes the names and contact details the platform knows from a text handed to someone it concerns (an access
 * request, GDPR art. 15): each whole value, and each part of a name of three letters or more, as a whole word, any
 * case, longest first, replaced by {@value #REMOVED}. Free text may name people in ways no rule recognises, so a
 * person reads it through before it is handed over.
 */
public final class Redaction {

    public static final String REMOVED = "[fjernet]";

    private final Set<String> words;

    private Redaction(Set<String> words) {
        this.words = words;
    }

    /** A redaction of these values (names, e-mail addresses, phone numbers, addresses); blank ones are skipped. */
    public static Redaction of(Collection<String> values) {
        Set<String> words = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) continue;
            words.add(value.strip());
            for (String part : value.split("[\\s,]+")) {
                if (part.length() >= 3) words.add(part);
            }
        }
        return new Redaction(words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** This redaction and another's values together. */
    public Redaction and(Collection<String> values) {
        var all = new ArrayList<>(words);
        all.addAll(values);
        return of(all);
    }

    public String apply(String text) {
        String result = text;
        for (String word : words) {
            result = Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result)
                    .replaceAll(REMOVED);
        }
        return result;
    }
}
