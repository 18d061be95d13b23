package no.klagesak.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.IntakeClient.FollowUpAction;
import no.klagesak.web.services.IntakeClient.FollowedUp;
import no.klagesak.web.services.TenantServiceClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A complainant who reads Ukrainian, Arabic, Somali or Polish meets no line in Bokmål on the way: the form, every step
 * of easy-read, the receipt, the NAV page, the routine, the follow-up page with an answer, for every template's
 * routine. A line counts as Bokmål when it is a Bokmål text of the bundle that the language has in words of its own, a
 * category's Bokmål name, or when it holds two or more words that are Norwegian and none of the four languages (og,
 * ikke, på, til …): this last catches text written into a template or the code. The tenant's own texts (its name,
 * its contact text) are left out: the tenant writes them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryLanguagePagesTest {

    private static final List<String> LANGUAGES = List.copyOf(LanguageConfiguration.EXTRA_LANGUAGES.keySet());

    /** Words that are Norwegian and not Ukrainian, Arabic, Somali or Polish. */
    private static final Set<String> NORWEGIAN = Set.of(
            "og",
            "ikke",
            "på",
            "til",
            "som",
            "skal",
            "eller",
            "med",
            "det",
            "har",
            "vil",
            "får",
            "deg",
            "ditt",
            "dine",
            "hvis",
            "når",
            "hva",
            "hvem",
            "klagen",
            "saken",
            "varselet",
            "blir",
            "etter",
            "fra",
            "jeg",
            "oss",
            "av",
            "du",
            "kan",
            "er",
            "ein",
            "ikkje",
            "kva",
            "kven",
            "dersom",
            "frå",
            "må");

    private static final String CODE = "1234 5678 9012 3456 7890";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    private Template template;

    /** By language, the Bokmål texts (without placeholders) that the language words differently. */
    private static final Map<String, Set<String>> BOKMAAL = new java.util.HashMap<>();

    static {
        Properties nb = load("messages.properties");
        Set<String> categories = new java.util.HashSet<>();
        for (Template t : Template.values()) {
            t.routine("AS open", "p-1").categories().forEach(c -> {
                categories.add(c.names().nb());
                if (c.easy() != null) categories.add(c.easy().nb());
            });
        }
        for (String language : LANGUAGES) {
            Properties other = load("messages_" + language + ".properties");
            Set<String> texts = new java.util.HashSet<>(categories);
            nb.stringPropertyNames().stream()
                    .filter(key -> !nb.getProperty(key).contains("{"))
                    .filter(key -> !nb.getProperty(key).equals(other.getProperty(key)))
                    .map(nb::getProperty)
                    .map(String::strip)
                    .filter(text -> text.length() > 3)
                    .forEach(texts::add);
            // A word both languages write alike ("Status" in Polish) is the language's own.
            other.stringPropertyNames()
                    .forEach(key -> texts.remove(other.getProperty(key).strip()));
            BOKMAAL.put(language, texts);
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (var in = EveryLanguagePagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private void tenant(Template template) {
        this.template = template;
        Routine routine = template.routine("AS open", "p-1");
        var p = routine.presentation();
        routine = routine.withPresentation(new Routine.Presentation(
                p.displayName(), p.referencePrefix(), LANGUAGES, p.logoUrl(), "", p.noticeWording()));
        given(tenants.published("open"))
                .willReturn(java.util.Optional.of(new TenantServiceClient.PublishedTenant(
                        "open", "AS open", 1, List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)))));
        given(intake.rules("open"))
                .willReturn(java.util.Optional.of(PublishedTenants.rules(
                        routine, routine.who().anonymousAllowed(), Map.of("u-1", "Verkstedet"), Map.of())));
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("OPN-2026-0009", "COMPLAINT", CODE.replace(" ", "")));
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), any(), any(), any(), anyString()))
                .willReturn(new FollowedUp.Shown(new IntakeClient.FollowUpView(
                        "OPN-2026-0009",
                        "COMPLAINT",
                        routine.categories().getFirst().code(),
                        true,
                        Instant.parse("2026-11-20T09:00:00Z"),
                        "ANSWERED",
                        null,
                        false,
                        "PARTLY_UPHELD",
                        false,
                        true,
                        null,
                        null,
                        Set.of("ESCALATE"),
                        List.of(
                                new IntakeClient.FollowUpMessage(
                                        "q-1", "QUESTION", "…", Instant.parse("2026-11-21T09:00:00Z"), null),
                                new IntakeClient.FollowUpMessage(
                                        "i-1", "INFORMATION", "…", Instant.parse("2026-11-22T09:00:00Z"), "q-1"),
                                new IntakeClient.FollowUpMessage(
                                        "a-1", "ANSWER", "…", Instant.parse("2026-11-30T09:00:00Z"), null)))));
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void no_page_of_the_complainants_journey_shows_a_line_in_bokmal(Template template) throws Exception {
        tenant(template);
        List<String> found = new ArrayList<>();
        for (String language : LANGUAGES) {
            check(found, language, "the form", get("/t/open/klage"));
            check(found, language, "the NAV page", get("/t/open/klage/nav"));
            check(found, language, "the routine", get("/t/open/rutine"));
            check(found, language, "the code page", get("/t/open/oppfolging"));
            check(
                    found,
                    language,
                    "the case with its answer",
                    post("/t/open/oppfolging").param("code", CODE));
            check(
                    found,
                    language,
                    "the receipt",
                    post("/t/open/klage")
                            .param("submission", "form-" + language + "12345678")
                            .param("complainantRole", "PARTICIPANT")
                            .param("category", "OTHER")
                            .param("subject", "x")
                            .param("description", "x")
                            .param("name", "Ola")
                            .param("email", "ola@example.no"));
            check(found, language, "easy-read's first page", get("/t/open/klage/lettlest"));
            check(
                    found,
                    language,
                    "easy-read's receipt",
                    post("/t/open/klage/lettlest")
                            .param("step", "CHECK")
                            .param("submission", "easy-" + language + "12345678")
                            .param("complainantRole", "PARTICIPANT")
                            .param("category", "OTHER")
                            .param("description", "x")
                            .param("anonymous", "yes"));

            for (String step : List.of("WHO", "WHAT", "HAPPENED", "CHANGE", "YOU", "CHECK")) {
                check(
                        found,
                        language,
                        "easy-read, step " + step,
                        post("/t/open/klage/lettlest")
                                .param("action", "goto-" + step)
                                .param("complainantRole", "PARTICIPANT")
                                .param("category", "OTHER")
                                .param("description", "x"));
            }
        }
        assertThat(found).as("lines in Bokmål on pages in another language").isEmpty();
    }

    private void check(List<String> found, String language, String page, MockHttpServletRequestBuilder request)
            throws Exception {
        String html = mvc.perform(request.param("lang", language).remoteAddress("203.0.113.9"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var body = Jsoup.parse(html).body();
        assertThat(Jsoup.parse(html).select("html").attr("lang"))
                .as(page + " in " + language)
                .isEqualTo(language);
        body.traverse((node, depth) -> {
            if (!(node instanceof TextNode text) || text.isBlank()) return;
            if (excluded((Element) text.parent())) return;
            long norwegian = Arrays.stream(text.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(NORWEGIAN::contains)
                    .count();
            if (norwegian >= 2 || BOKMAAL.get(language).contains(text.text().strip())) {
                found.add("%s, %s, %s: «%s»"
                        .formatted(template, language, page, text.text().strip()));
            }
        });
    }

    /** The tenant's own words, the language menu (each language named in itself), and what is not shown. */
    private static boolean excluded(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("data-tenant-text")
                    || e.tagName().equals("script")
                    || e.tagName().equals("style")) {
                return true;
            }
            if (e.hasClass("languages")) return true;
            String lang = e.attr("lang");
            if (!lang.isEmpty() && e.tagName().equals("a")) return true;
        }
        return false;
    }
}
