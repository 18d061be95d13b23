package no.klagesak.web.complaintform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The easy-read form: one question a page, answers carried along, a check page, and the same complaint sent. */
@SpringBootTest
@AutoConfigureMockMvc
class EasyReadFormTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    @BeforeEach
    void tenant() {
        var routine = Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS.routine("AS open", "p-1");
        given(tenants.published("open"))
                .willReturn(Optional.of(new TenantServiceClient.PublishedTenant(
                        "open", "AS open", 1, List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)))));
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        routine.categories().forEach(c -> categories.put(c.code(), c.track().name()));
        given(intake.rules("open"))
                .willReturn(Optional.of(new IntakeClient.FormRules(
                        1,
                        true,
                        false,
                        false,
                        false,
                        false,
                        Set.of("PARTICIPANT", "EMPLOYEE"),
                        categories,
                        Map.of(),
                        Map.of())));
    }

    private String send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_first_page_asks_one_question_with_a_pictogram() throws Exception {
        String page = send(get("/t/open/klage/lettlest"));
        assertThat(page)
                .contains("Klag med enkle ord", "Side 1 av 6", "Hvem er du?", "Jeg er med i et tiltak.")
                .contains("class=\"pictogram\" aria-hidden=\"true\"")
                .doesNotContain("Hva skjedde?");
        assertThat(send(get("/t/open/klage"))).contains("/t/open/klage/lettlest");
    }

    @Test
    void a_page_without_an_answer_says_what_is_missing_and_stays() throws Exception {
        assertThat(send(post("/t/open/klage/lettlest").param("step", "WHO")))
                .contains("Dette mangler", "Velg hvem du er.", "Side 1 av 6");
    }

    @Test
    void the_answers_travel_to_the_check_page_and_the_complaint_is_sent_as_the_ordinary_form_sends_it()
            throws Exception {
        String check = send(post("/t/open/klage/lettlest")
                .param("step", "YOU")
                .param("complainantRole", "PARTICIPANT")
                .param("category", "FOLLOW_UP")
                .param("description", "Jeg får ikke hjelp.")
                .param("anonymous", "yes"));
        assertThat(check)
                .contains("Se over før du sender", "Jeg får ikke hjelp.", "Du sier ikke hvem du er.")
                .contains("value=\"goto-HAPPENED\"");
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("OPN-2026-0001", "COMPLAINT", "11112222333344445555"));

        String receipt = send(post("/t/open/klage/lettlest")
                .param("step", "CHECK")
                .param("submission", "easy-12345678")
                .param("complainantRole", "PARTICIPANT")
                .param("category", "FOLLOW_UP")
                .param("description", "Jeg får ikke hjelp.")
                .param("anonymous", "yes"));

        assertThat(receipt)
                .contains("OPN-2026-0001", "1111 2222 3333 4444 5555")
                .as("easy-read's own receipt")
                .contains("Vi har fått klagen din", "Ingen får vite hvem du er.")
                .doesNotContain("Klagen er mottatt");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(intake).should().submit(eq("open"), eq("easy-12345678"), sent.capture(), any(), any());
        assertThat(sent.getValue())
                .containsEntry("complainantRole", "PARTICIPANT")
                .containsEntry("category", "FOLLOW_UP")
                .containsEntry("description", "Jeg får ikke hjelp.")
                .doesNotContainKey("complainant");
        assertThat((String) sent.getValue().get("subject")).contains("Oppfølging");
    }

    @Test
    void a_named_complainant_gets_the_easy_receipt_without_a_word_about_anonymity() throws Exception {
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("OPN-2026-0002", "COMPLAINT", "11112222333344445556"));

        String receipt = send(post("/t/open/klage/lettlest")
                .param("step", "CHECK")
                .param("submission", "easy-12345679")
                .param("complainantRole", "PARTICIPANT")
                .param("category", "FOLLOW_UP")
                .param("description", "Jeg får ikke hjelp.")
                .param("anonymous", "no")
                .param("name", "Kari")
                .param("email", "kari@example.no"));

        assertThat(receipt)
                .contains("Vi har fått klagen din", "Vi sender deg også en e-post om dette.")
                .doesNotContain("Ingen får vite hvem du er", "uten å si hvem du er");
    }

    @Test
    void the_language_menu_sends_the_answers_along_and_shows_the_same_page_in_the_other_language() throws Exception {
        var page = org.jsoup.Jsoup.parse(send(post("/t/open/klage/lettlest")
                .param("action", "goto-HAPPENED")
                .param("complainantRole", "PARTICIPANT")
                .param("category", "FOLLOW_UP")));
        var english = page.selectFirst("nav.languages button[lang=en]");
        assertThat(english).isNotNull();
        assertThat(english.attr("form")).isEqualTo("easy");
        assertThat(english.attr("formaction")).isEqualTo("/t/open/klage/lettlest?lang=en");
        assertThat(english.attr("value")).isEqualTo("goto-HAPPENED");
        assertThat(page.select("form#easy")).hasSize(1);

        // What the browser sends when the button is pressed: the form's fields and the button's action.
        String switched = send(post("/t/open/klage/lettlest?lang=en")
                .param("action", "goto-HAPPENED")
                .param("complainantRole", "PARTICIPANT")
                .param("category", "FOLLOW_UP")
                .param("description", "Nobody helps me."));
        assertThat(switched)
                .contains("lang=\"en\"", "Page 3 of 6", "Nobody helps me.")
                .contains("value=\"PARTICIPANT\"", "value=\"FOLLOW_UP\"");
    }

    @Test
    void where_only_one_kind_of_person_may_complain_the_form_starts_at_page_one() throws Exception {
        var rules = intake.rules("open").orElseThrow();
        given(intake.rules("open"))
                .willReturn(Optional.of(new IntakeClient.FormRules(
                        rules.version(),
                        rules.anonymousAllowed(),
                        rules.nameRequired(),
                        rules.contactRequired(),
                        rules.desiredChangeRequired(),
                        rules.writtenOnly(),
                        Set.of("EMPLOYEE"),
                        rules.categories(),
                        rules.units(),
                        rules.receivers())));

        assertThat(send(get("/t/open/klage/lettlest"))).contains("Side 1 av 5", "Hva gjelder klagen?");
    }
}
