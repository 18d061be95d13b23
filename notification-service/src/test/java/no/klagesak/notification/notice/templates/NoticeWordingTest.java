package no.klagesak.notification.notice.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import no.klagesak.notification.notice.Languages;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.NoticeKind;
import no.klagesak.notification.notice.Samples;
import no.klagesak.support.text.Lix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notice in every language its readers may have, and the plain language of what complainants read (LIX 30 or
 * below in Bokmål).
 */
class NoticeWordingTest {

    private final MustacheTemplates templates = new MustacheTemplates(id -> java.util.Optional.empty());

    /** What a notice may be filled with, each set the way it is when it applies. */
    static Map<String, Object> sample() {
        return new HashMap<>(no.klagesak.notification.notice.Samples.values("Fjordvekst AS"));
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void every_notice_has_wording_in_bokmal_nynorsk_and_english_with_every_value_filled_in(NoticeKind kind) {
        for (String language : new String[] {"nb", "nn", "en"}) {
            assertThat(getClass().getClassLoader().getResource(MustacheTemplates.fileName(kind, language)))
                    .as(kind + " " + language)
                    .isNotNull();
            Letter letter = templates.render("fjordvekst", kind, language, sample());
            // An overdue deviation's event names no case, so its notice names none; the report's link stands in. The
            // evaluation's reminder concerns the routine, not a case: where to record the evaluation stands in.
            String named = switch (kind) {
                case DEVIATION_OVERDUE -> "https://klagesak.example/avvik/eksempel";
                case EVALUATION_DUE -> "https://klagesak.example/styret/gjennomgang";
                default -> "FJV-2026-0042";
            };
            assertThat(letter.subject() + letter.text())
                    .as(kind + " " + language)
                    .contains(named)
                    .doesNotContain("{{");
            assertThat(letter.text()).as(kind + " " + language).doesNotContain("{{", "}}");
        }
    }

    /** Each kind to complainants, which the platform words in all seven languages complainants may write in. */
    static Stream<NoticeKind> toComplainants() {
        return Arrays.stream(NoticeKind.values()).filter(k -> k.audience() == NoticeKind.Audience.COMPLAINANT);
    }

    /**
     * Fails until the translators have delivered {@code notices/<kind>.<language>.txt} for every kind to complainants
     * in Ukrainian, Arabic, Somali and Polish: without it, that complainant gets Bokmål.
     */
    @ParameterizedTest
    @MethodSource("toComplainants")
    void every_notice_to_a_complainant_has_its_own_wording_in_each_of_the_seven_languages_with_every_value_filled_in(
            NoticeKind kind) {
        Letter bokmal = templates.render("fjordvekst", kind, "nb", sample());
        assertThat(Languages.COMPLAINANT)
                .as("the languages a complainant may write in")
                .containsExactly("nb", "nn", "en", "uk", "ar", "so", "pl");
        for (String language : Languages.COMPLAINANT) {
            assertThat(getClass().getClassLoader().getResource(MustacheTemplates.fileName(kind, language)))
                    .as("%s in %s: %s", kind, language, MustacheTemplates.fileName(kind, language))
                    .isNotNull();
            Map<String, Object> values = new HashMap<>(Samples.values("Fjordvekst AS", language));
            Letter letter = templates.render("fjordvekst", kind, language, values);
            assertThat(letter.subject() + "\n" + letter.text())
                    .as(kind + " " + language)
                    .contains("FJV-2026-0042")
                    .doesNotContain("{{", "}}");
            if (!language.equals("nb")) {
                assertThat(letter).as(kind + " " + language).isNotEqualTo(bokmal);
            }
            assertThat(tags(source(kind, language)))
                    .as("%s in %s fills in and chooses by the same values as in Bokmål", kind, language)
                    .isEqualTo(tags(source(kind, "nb")));
            if (source(kind, "nb").contains("{{deadline}}")) {
                assertThat(letter.text())
                        .as(kind + " " + language + ": the deadline as the language writes dates")
                        .contains(Languages.date(java.time.LocalDate.of(2026, 12, 9), language));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"uk, \\p{IsCyrillic}", "ar, \\p{IsArabic}"})
    void a_notice_to_a_complainant_in_ukrainian_or_arabic_is_in_that_script_subject_and_text(
            String language, String script) {
        toComplainants().forEach(kind -> {
            Letter letter = templates.render("fjordvekst", kind, language, sample());
            assertThat(letter.subject()).as(kind + " " + language).containsPattern(script + "{3,}");
            assertThat(letter.text()).as(kind + " " + language).containsPattern(script + "{3,}");
        });
    }

    /** The Mustache tags of a wording: {{reference}}, {{#passed}}, {{^letter}}, and so on. */
    private static java.util.Set<String> tags(String source) {
        return java.util.regex.Pattern.compile("\\{\\{[#^/]?\\s*[\\w.]+\\s*}}")
                .matcher(source)
                .results()
                .map(m -> m.group().replace(" ", ""))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String source(NoticeKind kind, String language) {
        try (var in = NoticeWordingTest.class
                .getClassLoader()
                .getResourceAsStream(MustacheTemplates.fileName(kind, language))) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A letter printed for the post is worded for paper: it never speaks of itself as an e-mail. */
    @ParameterizedTest
    @EnumSource(
            value = NoticeKind.class,
            names = {"ACKNOWLEDGEMENT", "DELAY", "RESPONSE", "DECISION"})
    void a_letter_for_the_post_does_not_call_itself_an_e_mail(NoticeKind kind) {
        for (String language : new String[] {"nb", "nn", "en"}) {
            Map<String, Object> values = sample();
            values.put("letter", true);
            assertThat(templates.render("fjordvekst", kind, language, values).text())
                    .as(kind + " " + language)
                    .doesNotContainIgnoringCase("e-posten")
                    .doesNotContainIgnoringCase("this e-mail");
        }
        assertThat(templates
                        .render("fjordvekst", NoticeKind.ACKNOWLEDGEMENT, "nb", sample())
                        .text())
                .as("the e-mail still says it")
                .contains("Du kan ikke svare på denne e-posten.");
    }

    @ParameterizedTest
    @EnumSource(
            value = NoticeKind.class,
            names = {
                "ACKNOWLEDGEMENT",
                "QUESTION",
                "DELAY",
                "RESPONSE",
                "ESCALATION_RECEIVED",
                "DECISION",
                "SURVEY",
                "MINUTES"
            })
    void what_a_complainant_reads_is_plain_bokmal_with_lix_30_or_below(NoticeKind kind) {
        Map<String, Object> values = sample();
        // The handler's own words are theirs; the platform's wording is measured.
        values.put("reason", "");
        values.put("response", "");
        values.put("minutes", "");
        Letter letter = templates.render("fjordvekst", kind, "nb", values);
        String prose = (letter.subject() + ".\n" + letter.text()).replaceAll("https?://\\S+", "");

        assertThat(Lix.of(prose)).as(kind + ":\n" + prose).isLessThanOrEqualTo(30);
    }

    @Test
    void a_tenants_own_wording_replaces_the_platforms_for_its_kind_and_language_and_a_broken_one_is_passed_over() {
        var base = no.klagesak.support.test.TestTenants.fjordvekst();
        var routine = base.current().routine();
        var own = routine.withPresentation(routine.presentation()
                .withNoticeWording(java.util.List.of(
                        new no.klagesak.contracts.tenant.Routine.NoticeWording(
                                "ACKNOWLEDGEMENT",
                                "nb",
                                "Takk for klagen, {{reference}}",
                                "Vi svarer innen {{deadline}}."),
                        new no.klagesak.contracts.tenant.Routine.NoticeWording(
                                "RESPONSE", "nb", "Svar {{reference}}", "{{#response}}Uten slutt"))));
        var tenant = no.klagesak.support.test.TestTenants.snapshot(
                "fjordvekst",
                "Fjordvekst AS",
                2,
                java.util.List.of(new no.klagesak.contracts.tenant.RoutineVersion(
                        1, java.time.Instant.EPOCH, "admin", java.util.List.of(), own)));
        var withOwn = new MustacheTemplates(id -> java.util.Optional.of(tenant));

        Letter acknowledgement = withOwn.render("fjordvekst", NoticeKind.ACKNOWLEDGEMENT, "nb", sample());
        assertThat(acknowledgement.subject()).isEqualTo("Takk for klagen, FJV-2026-0042");
        assertThat(acknowledgement.text()).isEqualTo("Vi svarer innen 09.12.2026.\n");
        assertThat(withOwn.render("fjordvekst", NoticeKind.ACKNOWLEDGEMENT, "nn", sample())
                        .text())
                .contains("Vi har fått klaga di.");
        assertThat(withOwn.render("fjordvekst", NoticeKind.RESPONSE, "nb", sample())
                        .text())
                .contains("Du får delvis medhold.");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> withOwn.preview("Svar", "{{#response}}Uten slutt", sample()))
                .isInstanceOf(MustacheTemplates.InvalidWording.class);
    }

    @Test
    void a_language_without_its_own_wording_gets_bokmal() {
        Letter letter = templates.render("fjordvekst", NoticeKind.ACKNOWLEDGEMENT, "de", sample());
        assertThat(letter.text()).contains("Vi har fått klagen din.");
        assertThat(templates.render("fjordvekst", NoticeKind.ASSIGNMENT, "ar", sample()))
                .as("staff are written to in nb, nn or en only")
                .isEqualTo(templates.render("fjordvekst", NoticeKind.ASSIGNMENT, "nb", sample()));
    }

    @Test
    void the_delay_notice_says_why_when_the_deadline_was_moved_and_says_sorry_when_it_passed() {
        Map<String, Object> moved = sample();
        assertThat(templates.render("t", NoticeKind.DELAY, "nb", moved).text())
                .contains("Du får svar innen 09.12.2026.", "Dette er grunnen:", "Vi venter på svar fra NAV.");

        Map<String, Object> passed = sample();
        passed.remove("reason");
        passed.put("passed", true);
        assertThat(templates.render("t", NoticeKind.DELAY, "nb", passed).text())
                .contains("Vi har ikke klart å svare deg innen fristen.")
                .doesNotContain("grunnen");
    }

    @Test
    void the_response_names_the_outcome_and_offers_management_only_where_the_routine_does() {
        Map<String, Object> values = sample();
        assertThat(templates.render("t", NoticeKind.RESPONSE, "nn", values).text())
                .contains("Du får delvis medhald.", "Du får et fast møte", "be om at leiinga ser på saka");
        values.remove("escalationOffered");
        assertThat(templates.render("t", NoticeKind.RESPONSE, "nn", values).text())
                .doesNotContain("leiinga");
    }
}
