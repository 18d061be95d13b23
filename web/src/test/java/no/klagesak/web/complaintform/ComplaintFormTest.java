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

/** The public form states the routine's promises, asks what the routine asks, and shows refusals in a summary. */
@SpringBootTest
@AutoConfigureMockMvc
class ComplaintFormTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    @BeforeEach
    void tenants() {
        tenant("open", Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS, true);
        tenant("named", Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS, false);
    }

    private void tenant(String id, Template template, boolean anonymous) {
        var routine = template.routine("AS " + id, "p-1");
        given(tenants.published(id))
                .willReturn(Optional.of(new TenantServiceClient.PublishedTenant(
                        id, "AS " + id, 1, List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)))));
        given(intake.rules(id))
                .willReturn(Optional.of(no.klagesak.web.PublishedTenants.rules(
                        routine,
                        anonymous,
                        Map.of("u-2", "Verkstedet", "u-1", "Kantina"),
                        anonymous ? Map.of() : Map.of("p-per", "Per Leder, avdelingsleder, Verkstedet"))));
    }

    /**
     * A complainant logged in with ID-porten gets the same form on their own pages; it posts there, with the CSRF
     * token of their session, and what they send goes to intake with their own token.
     */
    @Test
    void the_form_of_a_complainant_logged_in_with_id_porten_is_sent_with_their_token() throws Exception {
        var complainant =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin()
                        .idToken(token -> token.claim("idp", "idporten"));
        var form = org.jsoup.Jsoup.parse(
                mvc.perform(get("/t/open/mine-saker/klage").with(complainant))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(form.select("main form").attr("action")).isEqualTo("/t/open/mine-saker/klage");
        assertThat(form.select("main form input[name=_csrf]")).isNotEmpty();
        assertThat(org.jsoup.Jsoup.parse(page("/t/open/klage"))
                        .select("main form")
                        .attr("action"))
                .isEqualTo("/t/open/klage");

        given(intake.submit(eq("open"), anyString(), any(), any(), any(), eq(true)))
                .willReturn(new IntakeClient.Sent.Received("OPN-2026-0009", "COMPLAINT", "12345678901234567890"));
        String receipt = mvc.perform(
                        post("/t/open/mine-saker/klage")
                                .with(complainant)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("submission", "form-12345679")
                                .param("complainantRole", "PARTICIPANT")
                                .param("category", "FOLLOW_UP")
                                .param("subject", "Maten")
                                .param("description", "Maten er kald"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(receipt).select("[data-testid=mine]").attr("href"))
                .isEqualTo("/t/open/mine-saker");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_form_says_what_the_routine_promises_before_anything_is_written() throws Exception {
        assertThat(page("/t/open/klage"))
                .contains("Klage til AS open", "Du får skriftlig svar innen 2 uker.", "Du kan klage anonymt.")
                .contains("Bare de som skal behandle klagen, får lese den.")
                .contains("Deltakere i tiltak", "Oppfølging og veiledning", "Jeg vil være anonym");
    }

    @Test
    void where_anonymous_complaints_are_refused_the_form_says_so_and_offers_no_anonymity() throws Exception {
        assertThat(page("/t/named/klage"))
                .contains("Anonyme klager behandles ikke.")
                .contains("en du stoler på, klage for deg")
                .contains("Mobbing, trakassering, diskriminering, vold", "Varsel")
                .doesNotContain("Jeg vil være anonym");
    }

    @Test
    void a_refused_complaint_comes_back_with_a_focused_error_summary_linking_to_each_field_and_keeps_the_text()
            throws Exception {
        given(intake.submit(eq("named"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Refused(Map.of("complainant.email", "contact-required")));

        String page = mvc.perform(post("/t/named/klage")
                        .param("submission", "form-12345678")
                        .param("complainantRole", "PARTICIPANT")
                        .param("category", "HARASSMENT")
                        .param("subject", "Tema <script>alert(1)</script>")
                        .param("description", "Det som skjedde")
                        .param("name", "Kari"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("error-summary", "autofocus", "href=\"#email\"", "E-post – oppgi e-post eller telefon")
                .contains("value=\"Kari\"", "Det som skjedde")
                .contains("Tema &lt;script&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .contains("value=\"form-12345678\"");
    }

    @Test
    void the_summary_reads_in_the_order_of_the_form_and_asks_to_choose_what_was_not_chosen() throws Exception {
        var problems = new java.util.LinkedHashMap<String, String>();
        problems.put("complainant.email", "contact-required");
        problems.put("category", "invalid");
        problems.put("description", "required");
        given(intake.submit(eq("named"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Refused(problems));

        String page = mvc.perform(post("/t/named/klage").param("complainantRole", "PARTICIPANT"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        int category = page.indexOf("Hva gjelder det? – velg ett av alternativene");
        int description = page.indexOf("Hva har skjedd, og hvorfor klager du? – må fylles ut");
        int email = page.indexOf("E-post – oppgi e-post eller telefon");
        assertThat(category).isPositive().isLessThan(description);
        assertThat(description).isLessThan(email);
    }

    @Test
    void an_anonymous_complaint_sends_no_person_and_the_receipt_shows_the_reference() throws Exception {
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("2026-00042", "COMPLAINT", "12345678901234567890"));

        String page = mvc.perform(post("/t/open/klage?lang=nn")
                        .param("submission", "form-87654321")
                        .param("complainantRole", "EMPLOYEE")
                        .param("category", "FOLLOW_UP")
                        .param("subject", "Tema")
                        .param("description", "Det som skjedde")
                        .param("anonymous", "on")
                        .param("name", "Skal ikkje sendast"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .as("the code and the reference read left to right in any script, so they are typed back as shown")
                .contains("data-testid=\"receipt-code\" dir=\"ltr\"", "data-testid=\"reference\" dir=\"ltr\"");
        assertThat(page)
                .contains("Klaga er motteken", "2026-00042", "1234 5678 9012 3456 7890")
                .contains("Koden blir berre vist denne eine gongen.")
                // The receipt is the written acknowledgement: it states the expected handling time (routine 000).
                .contains("Du får skriftleg svar innan 2 veker.");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(intake).should().submit(eq("open"), eq("form-87654321"), sent.capture(), any(), any());
        assertThat(sent.getValue()).doesNotContainKey("complainant").containsEntry("language", "nn");
    }

    @Test
    void the_public_pages_set_no_cookie_and_keep_no_session() throws Exception {
        var response = mvc.perform(get("/t/open/klage")).andReturn();
        assertThat(response.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(response.getRequest().getSession(false)).isNull();
        assertThat(response.getResponse().getContentAsString()).doesNotContain("_csrf");
    }

    @Test
    void disagreement_with_a_nav_decision_is_sent_to_nav_with_its_deadlines_and_the_own_statement_still_reaches_us()
            throws Exception {
        assertThat(page("/t/open/klage")).contains("Uenig i et vedtak fra NAV?", "/t/open/klage/nav");
        assertThat(page("/t/open/klage/nav"))
                .contains("kan ikke endre et slikt vedtak", "6 uker fra du fikk vedtaket", "fristen 3 uker")
                .contains("https://www.nav.no/klagerettigheter", "neste rapport til NAV");
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("OPN-2026-0003", "COMPLAINT", null));

        mvc.perform(post("/t/open/klage/nav")
                .param("description", "Jeg trenger mer tid i tiltaket.")
                .param("name", "Kari"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(intake).should().submit(eq("open"), anyString(), sent.capture(), any(), any());
        assertThat(sent.getValue())
                .containsEntry("category", "NAV_DECISION")
                .containsEntry("complainantRole", "PARTICIPANT")
                .containsEntry("description", "Jeg trenger mer tid i tiltaket.");
    }

    @Test
    void the_whistleblowing_form_tells_participants_they_may_report_and_that_retaliation_is_forbidden()
            throws Exception {
        assertThat(page("/t/named/klage"))
                .contains("arbeidsmiljøloven § 1-6", "forbudt å straffe", "er det en klage og ikke et varsel");
    }

    @Test
    void too_many_complaints_in_a_short_time_keeps_what_was_written_and_says_to_wait_and_the_address_goes_along()
            throws Exception {
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Refused(Map.of("sending", "too-many")));

        var page = org.jsoup.Jsoup.parse(mvc.perform(post("/t/open/klage")
                        .param("subject", "Maten i kantina")
                        .param("description", "Den er kald.")
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.7");
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select(".ds-error-summary, [data-testid=errors]").text() + page.text())
                .contains("Sendingen – det har kommet svært mange klager på kort tid. Vent noen minutter");
        assertThat(page.select("a[href=#sending]")).isNotEmpty();
        assertThat(page.select("#sending")).isNotEmpty();
        assertThat(page.select("#description").text()).isEqualTo("Den er kald.");
        then(intake).should().submit(eq("open"), anyString(), any(), any(), eq("192.0.2.7"));
    }

    @Test
    void script_in_what_was_written_comes_back_escaped_when_the_form_is_shown_again() throws Exception {
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Refused(Map.of("complainantRole", "required")));

        String page = mvc.perform(post("/t/open/klage")
                        .param("subject", "<script>alert('x')</script>")
                        .param("description", "<img src=x onerror=alert(1)>"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void the_complainant_may_say_what_it_concerns_and_where_the_routine_allows_choose_who_receives_it()
            throws Exception {
        assertThat(page("/t/open/klage"))
                .contains("Gjelder klagen en bestemt person, avdeling eller tjeneste?", "Kantina", "Verkstedet")
                .doesNotContain("Hvem vil du skal få klagen?");
        String named = page("/t/named/klage");
        assertThat(named).contains("Hvem vil du skal få klagen?", "Per Leder, avdelingsleder, Verkstedet");
        assertThat(named.indexOf("Kantina")).isLessThan(named.indexOf("Verkstedet"));
        given(intake.submit(eq("named"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("N-1", "COMPLAINT", null));

        mvc.perform(post("/t/named/klage")
                .param("concerns", "UNIT")
                .param("concernsUnit", "u-2")
                .param("chosenReceiver", "p-per"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(intake).should().submit(eq("named"), anyString(), sent.capture(), any(), any());
        assertThat(sent.getValue())
                .containsEntry("concerns", Map.of("kind", "UNIT", "id", "u-2"))
                .containsEntry("chosenReceiver", "p-per")
                .containsEntry("concernsLineManager", false);
    }

    /** Whom it concerns in the complainant's words: their own unit's leader, a name, a board member, or outsiders. */
    @Test
    void the_complainant_says_whom_it_concerns_without_knowing_the_org_chart() throws Exception {
        assertThat(page("/t/open/klage"))
                .contains("Hvilken avdeling er du i? (valgfritt)", "En bestemt person", "Hva heter personen?")
                .contains("Et styremedlem", "Noen utenfor bedriften");
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("O-1", "COMPLAINT", null));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);

        mvc.perform(post("/t/open/klage").param("concerns", "LINE_MANAGER").param("ownUnit", "u-2"));
        mvc.perform(post("/t/open/klage").param("concerns", "PERSON").param("concernsName", " Kari Nordmann "));
        mvc.perform(post("/t/open/klage").param("concerns", "BOARD_MEMBER"));
        mvc.perform(post("/t/open/klage").param("concerns", "LINE_MANAGER").param("ownUnit", ""));

        then(intake).should(org.mockito.Mockito.times(4)).submit(eq("open"), anyString(), sent.capture(), any(), any());
        var all = sent.getAllValues();
        assertThat(all.get(0))
                .containsEntry("concerns", Map.of("kind", "LINE_MANAGER", "id", "u-2"))
                .containsEntry("concernsLineManager", true);
        assertThat(all.get(1)).containsEntry("concerns", Map.of("kind", "PERSON", "name", "Kari Nordmann"));
        assertThat(all.get(2)).containsEntry("concerns", Map.of("kind", "BOARD_MEMBER"));
        assertThat(all.get(3)).doesNotContainKey("concerns").containsEntry("concernsLineManager", true);
    }

    @Test
    void files_go_to_intake_with_the_complaint_and_a_refused_file_is_named_by_its_number() throws Exception {
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Refused(Map.of("attachments[1]", "type-not-allowed")));

        String page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/t/open/klage")
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "attachments", "referat.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "attachments", "faktura.pdf", "application/pdf", "MZ".getBytes()))
                                .param("subject", "Tema"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Vedlegg 2 – er ikke en filtype vi kan ta imot")
                .contains("Legg dem ved på nytt.")
                .contains("enctype=\"multipart/form-data\"");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<IntakeClient.File>> files = ArgumentCaptor.forClass(List.class);
        then(intake).should().submit(eq("open"), anyString(), any(), files.capture(), any());
        assertThat(files.getValue()).extracting(IntakeClient.File::name).containsExactly("referat.pdf", "faktura.pdf");
    }

    @Test
    void the_form_in_arabic_is_right_to_left_and_its_errors_are_in_arabic() throws Exception {
        String page = page("/t/open/klage?lang=ar");

        assertThat(page).contains("dir=\"rtl\"", "lang=\"ar\"", "شكوى إلى AS open", "أرسل الشكوى");
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Refused(Map.of("complainant.email", "contact-required")));
        String refused = mvc.perform(post("/t/open/klage?lang=ar").param("subject", "x"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("البريد الإلكتروني – اكتب بريدك الإلكتروني أو رقم هاتفك")
                .doesNotContain("oppgi e-post eller telefon");
        assertThat(page("/t/open/klage?lang=nb")).contains("dir=\"ltr\"");
    }

    @Test
    void the_tenants_extra_languages_are_offered_by_their_own_names() throws Exception {
        var routine = Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS.routine("AS open", "p-1");
        var presentation = routine.presentation();
        routine = routine.withPresentation(new no.klagesak.contracts.tenant.Routine.Presentation(
                presentation.displayName(),
                presentation.referencePrefix(),
                List.of("uk", "ar", "xx"),
                presentation.logoUrl(),
                presentation.contactText()));
        given(tenants.published("open"))
                .willReturn(Optional.of(new TenantServiceClient.PublishedTenant(
                        "open", "AS open", 1, List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)))));

        assertThat(page("/t/open/klage"))
                .contains("lang=uk", "Українська", "lang=ar", "العربية")
                .doesNotContain("lang=xx");
    }

    @Test
    void a_representative_says_their_relation_and_that_the_person_agreed() throws Exception {
        var rules = intake.rules("open").orElseThrow();
        given(intake.rules("open"))
                .willReturn(Optional.of(new IntakeClient.FormRules(
                        rules.version(),
                        rules.anonymousAllowed(),
                        rules.nameRequired(),
                        rules.contactRequired(),
                        rules.desiredChangeRequired(),
                        rules.writtenOnly(),
                        Set.of("PARTICIPANT", "REPRESENTATIVE"),
                        rules.categories(),
                        rules.units(),
                        rules.receivers())));
        assertThat(page("/t/open/klage")).contains("Hva er du for personen du klager for?", "har sagt ja");
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("R-1", "COMPLAINT", null));

        mvc.perform(post("/t/open/klage")
                .param("complainantRole", "REPRESENTATIVE")
                .param("name", "Mor Nordmann")
                .param("relation", "mor")
                .param("consented", "on"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(intake).should().submit(eq("open"), anyString(), sent.capture(), any(), any());
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) sent.getValue().get("complainant");
        assertThat(complainant).containsEntry("representing", Map.of("relation", "mor", "consented", true));
    }

    @Test
    void a_tenant_without_a_form_is_not_found() throws Exception {
        assertThat(mvc.perform(get("/t/nobody/klage")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_receipt_switches_language_without_losing_the_code_and_takes_nothing_but_a_receipt() throws Exception {
        given(intake.submit(eq("open"), anyString(), any(), any(), any()))
                .willReturn(new IntakeClient.Sent.Received("OPN-2026-0010", "COMPLAINT", "12345678901234567890"));
        var receipt = org.jsoup.Jsoup.parse(mvc.perform(post("/t/open/klage")
                        .param("submission", "form-12345670")
                        .param("complainantRole", "PARTICIPANT")
                        .param("category", "FOLLOW_UP")
                        .param("subject", "Maten")
                        .param("description", "Maten er kald")
                        .param("name", "Kari")
                        .param("email", "kari@example.org"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var english = receipt.selectFirst("nav.languages button[lang=en]");
        assertThat(english).isNotNull();
        assertThat(english.attr("form")).isEqualTo("language-switch");
        assertThat(english.attr("formaction")).isEqualTo("/t/open/klage/kvittering?lang=en");
        assertThat(receipt.select("form#language-switch input[name=code]").attr("value"))
                .isEqualTo("12345678901234567890");
        assertThat(receipt.text()).doesNotContain("uten å si hvem du er");

        String again = mvc.perform(post("/t/open/klage/kvittering?lang=en")
                        .param("reference", "OPN-2026-0010")
                        .param("code", "12345678901234567890")
                        .param("track", "COMPLAINT")
                        .param("anonymous", "false"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("lang=\"en\"", "OPN-2026-0010", "1234 5678 9012 3456 7890");

        assertThat(mvc.perform(post("/t/open/klage/kvittering")
                                .param("reference", "OPN-2026-0010")
                                .param("code", "<script>")
                                .param("track", "COMPLAINT"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }
}
