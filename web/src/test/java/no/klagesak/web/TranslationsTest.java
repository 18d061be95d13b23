package no.klagesak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extra languages a tenant's form may be shown in. Each is a message bundle that may lack keys: those fall back to
 * Bokmål. This test lists what each language lacks (in the build output and {@code
 * target/missing-translations.txt}), and holds every bundle to keys Bokmål has.
 */
class TranslationsTest {

    /**
     * The texts of the complainant's whole journey, by the first part of their keys: the form, easy-read, the receipt,
     * the follow-up page, the NAV page, the routine, the survey, "Klagene dine", the error pages and the frame around
     * them. An extra language is offered only when it has all of them.
     */
    private static final Set<String> THE_COMPLAINANTS_JOURNEY = Set.of(
            "form",
            "easy",
            "follow-up",
            "routine",
            "nav",
            "mine",
            "survey",
            "public",
            "app",
            "home",
            "welcome",
            "tenant",
            "track",
            "skip",
            "problems",
            "logout",
            "login",
            "language",
            "error",
            "complainant",
            "span",
            "category",
            "unit");

    static boolean onTheComplainantsJourney(String key) {
        return THE_COMPLAINANTS_JOURNEY.contains(key.substring(0, key.contains(".") ? key.indexOf('.') : key.length()))
                || key.startsWith("case.outcome.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ar", "so", "pl"})
    void a_language_has_no_key_bokmal_lacks_and_has_what_the_form_needs(String language) throws IOException {
        Properties bokmaal = load("messages.properties");
        Properties other = load("messages_" + language + ".properties");

        assertThat(bokmaal.stringPropertyNames())
                .as("every key in " + language + " exists in Bokmål")
                .containsAll(other.stringPropertyNames());
        assertThat(other.stringPropertyNames())
                .as("the complainant's journey in " + language)
                .containsAll(bokmaal.stringPropertyNames().stream()
                        .filter(TranslationsTest::onTheComplainantsJourney)
                        .toList());
        assertThat(LanguageConfiguration.EXTRA_LANGUAGES).containsKey(language);
    }

    @Test
    void the_keys_each_language_lacks_are_listed() throws IOException {
        Properties bokmaal = load("messages.properties");
        StringBuilder report = new StringBuilder();
        for (String language : LanguageConfiguration.EXTRA_LANGUAGES.keySet()) {
            var missing = new TreeSet<>(bokmaal.stringPropertyNames());
            missing.removeAll(load("messages_" + language + ".properties").stringPropertyNames());
            report.append("%s (%s): %d of %d keys missing, shown in Bokmål%n"
                    .formatted(
                            language,
                            LanguageConfiguration.EXTRA_LANGUAGES.get(language),
                            missing.size(),
                            bokmaal.size()));
            missing.forEach(key -> report.append("  ").append(key).append('\n'));
        }
        Path file = Path.of("target", "missing-translations.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report.toString()
                .lines()
                .filter(line -> !line.startsWith("  "))
                .reduce("Missing translations (full list in " + file + "):", (a, b) -> a + "\n" + b));
        assertThat(report).contains("ar (العربية)");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
