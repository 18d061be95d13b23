package no.klagesak.web.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.IntakeClient.FollowUpAction;
import no.klagesak.web.services.IntakeClient.FollowedUp;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The follow-up page: the code in a body, the case as the complainant sees it, and every refusal in words. */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpPageTest {

    private static final String CODE = "1234 5678 9012 3456 7890";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    @BeforeEach
    void tenant() {
        given(tenants.published("open"))
                .willReturn(Optional.of(
                        no.klagesak.web.PublishedTenants.of("open", Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS)));
    }

    /** The case as intake shows it: what the complainant may do follows from its state, as intake says. */
    private static IntakeClient.FollowUpView view(String state, IntakeClient.FollowUpMessage... messages) {
        boolean question =
                messages.length > 0 && messages[messages.length - 1].kind().equals("QUESTION");
        java.util.Set<String> allowed = new java.util.HashSet<>(
                switch (state) {
                    case "RECEIVED", "IN_PROGRESS", "WAITING_FOR_YOU" -> Set.of("ADD_INFORMATION", "WITHDRAW");
                    case "ANSWERED" -> Set.of("ESCALATE");
                    case "WITH_MANAGEMENT" -> Set.of("ADD_INFORMATION");
                    default -> Set.<String>of();
                });
        if (question && allowed.contains("ADD_INFORMATION")) allowed.add("ANSWER_QUESTION");
        return new IntakeClient.FollowUpView(
                "OPN-2026-0007",
                "COMPLAINT",
                "FOLLOW_UP",
                true,
                Instant.parse("2026-11-20T09:00:00Z"),
                state,
                state.equals("DECIDED") || state.equals("ANSWERED") ? null : LocalDate.of(2026, 12, 4),
                state.equals("WAITING_FOR_YOU"),
                state.equals("DECIDED") || state.equals("ANSWERED") ? "PARTLY_UPHELD" : null,
                state.equals("DECIDED"),
                true,
                question ? messages[messages.length - 1].id() : null,
                null,
                allowed,
                List.of(messages));
    }

    private String send(String... params) throws Exception {
        var request = post("/t/open/oppfolging").remoteAddress("203.0.113.5");
        for (int i = 0; i < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_code_page_asks_for_the_code_and_says_it_cannot_be_found_again() throws Exception {
        assertThat(mvc.perform(get("/t/open/oppfolging"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Koden din (20 sifre)", "Vi kan ikke finne den igjen");
    }

    @Test
    void with_the_code_the_case_shows_the_open_question_escaped_and_a_form_to_answer_it() throws Exception {
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(view(
                        "RECEIVED",
                        new IntakeClient.FollowUpMessage(
                                "q-1", "QUESTION", "Hvem var <script>alert(1)</script> der?", Instant.now(), null))));

        String page = send("code", CODE);

        assertThat(page)
                .contains("Saken din OPN-2026-0007", "Mottatt. Saken venter på en saksbehandler.")
                .contains("Oppfølging og veiledning", "Du får svar innen", "4. desember 2026")
                .contains("Spørsmål til deg", "Hvem var &lt;script&gt;alert(1)&lt;/script&gt; der?")
                .doesNotContain("<script>alert(1)")
                .contains("name=\"answers\" value=\"q-1\"", "Trekk klagen")
                .as("no escalation before the answer")
                .doesNotContain("Be om at ledelsen behandler saken");
        then(intake).should().followUp("open", FollowUpAction.OPEN, CODE, null, null, null, "203.0.113.5");

        // Switching language posts the code again from a hidden form: the reader stays on their case.
        var html = org.jsoup.Jsoup.parse(page);
        var english = html.selectFirst("nav.languages button[lang=en]");
        assertThat(english).isNotNull();
        assertThat(english.attr("form")).isEqualTo("language-switch");
        assertThat(english.attr("formaction")).isEqualTo("/t/open/oppfolging?lang=en");
        assertThat(english.attr("value")).isEqualTo("OPEN");
        assertThat(html.select("form#language-switch input[name=code]").attr("value"))
                .isEqualTo(CODE);
    }

    @Test
    void an_answer_is_sent_with_the_question_it_answers_and_the_page_says_it_went() throws Exception {
        given(intake.followUp(
                        eq("open"),
                        eq(FollowUpAction.INFORMATION),
                        eq(CODE),
                        eq("Alle"),
                        eq("q-1"),
                        isNull(),
                        anyString()))
                .willReturn(new FollowedUp.Shown(view("RECEIVED")));

        assertThat(send("code", CODE, "action", "INFORMATION", "text", "Alle", "answers", "q-1"))
                .contains("Det du skrev, er sendt.");
    }

    @Test
    void a_wrong_code_and_too_many_tries_are_said_plainly_in_an_error_summary() throws Exception {
        given(intake.followUp(any(), any(), eq("000"), any(), any(), any(), any()))
                .willReturn(new FollowedUp.Refused(Map.of("code", "invalid")));
        given(intake.followUp(any(), any(), eq("11112222333344445555"), any(), any(), any(), any()))
                .willReturn(new FollowedUp.WrongCode());
        given(intake.followUp(any(), any(), eq("99998888777766665555"), any(), any(), any(), any()))
                .willReturn(new FollowedUp.TooManyTries(15));

        assertThat(send("code", "000")).contains("error-summary", "Koden har 20 sifre.");
        assertThat(send("code", "11112222333344445555")).contains("Vi fant ingen sak med denne koden.");
        assertThat(send("code", "99998888777766665555")).contains("Vent 15 minutter og prøv igjen.");
    }

    /** A whistleblowing report follows its own receivers: its follow-up page offers no report to the director. */
    @Test
    void a_whistleblowing_reports_follow_up_page_offers_no_deviation_form() throws Exception {
        var complaint = view("RECEIVED");
        var whistleblowing = new IntakeClient.FollowUpView(
                complaint.reference(),
                "WHISTLEBLOWING",
                complaint.category(),
                complaint.anonymous(),
                complaint.receivedAt(),
                complaint.state(),
                complaint.deadline(),
                complaint.clockStopped(),
                complaint.outcome(),
                complaint.finalDecision(),
                complaint.escalationOffered(),
                complaint.openQuestion(),
                complaint.openMinutes(),
                complaint.allowed(),
                complaint.messages());
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(whistleblowing));

        assertThat(send("code", CODE)).doesNotContain("data-testid=\"deviation\"", "Ble ikke klagerutinen fulgt?");
    }

    /** Routine 001: the complainant reports that the routine was not followed; a refusal keeps what was written. */
    @Test
    void a_deviation_goes_with_the_code_and_a_refused_one_comes_back_with_what_was_written() throws Exception {
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(view("ANSWERED")));
        String page = send("code", CODE);
        assertThat(page).contains("Ble ikke klagerutinen fulgt?", "Fristen ble ikke holdt", "name=\"formId\"");
        var form = org.jsoup.Jsoup.parse(page);
        assertThat(form.select("#deviation-concernsDirector").attr("aria-describedby"))
                .isEqualTo("deviation-concernsDirector-hint");
        assertThat(form.select("#deviation-concernsDirector-hint").text())
                .isEqualTo("Da går det til den rutinen har pekt ut i stedet for daglig leder.");

        given(intake.reportDeviation(eq("open"), eq(CODE), any(), anyString()))
                .willReturn(new FollowedUp.Refused(Map.of("kind", "required")))
                .willReturn(new FollowedUp.DeviationReported());
        String refused =
                send("code", CODE, "action", "DEVIATION", "formId", "form-1", "text", "Ingen kvittering på tre uker.");
        assertThat(refused)
                .contains("Dette ble ikke sendt", "Velg hva det gjelder.", "Ingen kvittering på tre uker.")
                .contains("value=\"form-1\"");

        String sent = send(
                "code",
                CODE,
                "action",
                "DEVIATION",
                "formId",
                "form-1",
                "kind",
                "ACKNOWLEDGEMENT",
                "text",
                "Ingen kvittering på tre uker.",
                "happenedOn",
                "2026-11-20",
                "concernsDirector",
                "yes");
        // Sent to the managing director (or whom the routine names), not the case's handler, and not answered here.
        assertThat(org.jsoup.Jsoup.parse(sent).select("[data-testid=done]").text())
                .isEqualTo("Takk. Det du meldte, er sendt til daglig leder, ikke til den som behandler saken din. "
                        + "Gjelder det daglig leder, er det sendt til den rutinen har pekt ut for det. "
                        + "Den som får det, ser på det. Du får ikke svar om det på denne siden.");
        assertThat(sent).doesNotContain("sendt til ledelsen").doesNotContain("value=\"form-1\"");
        var reported = org.mockito.ArgumentCaptor.forClass(IntakeClient.DeviationReport.class);
        then(intake)
                .should(org.mockito.Mockito.times(2))
                .reportDeviation(eq("open"), eq(CODE), reported.capture(), anyString());
        assertThat(reported.getValue())
                .isEqualTo(new IntakeClient.DeviationReport(
                        "form-1", "ACKNOWLEDGEMENT", "Ingen kvittering på tre uker.", "2026-11-20", true));
    }

    @Test
    void an_empty_answer_comes_back_on_the_case_page_with_the_reason() throws Exception {
        given(intake.followUp(eq("open"), eq(FollowUpAction.INFORMATION), eq(CODE), any(), any(), any(), anyString()))
                .willReturn(new FollowedUp.Refused(Map.of("text", "required")));
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(view("RECEIVED")));

        assertThat(send("code", CODE, "action", "INFORMATION", "text", ""))
                .contains("Dette ble ikke sendt", "Skriv noe før du sender.", "Saken din OPN-2026-0007");
    }

    @Test
    void a_withdrawn_case_offers_nothing_more_to_send() throws Exception {
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(view(
                        "WITHDRAWN", new IntakeClient.FollowUpMessage("w-1", "WITHDRAWAL", "", Instant.now(), null))));

        assertThat(send("code", CODE))
                .contains("Trukket tilbake", "trakk klagen")
                .doesNotContain("Legg til noe i saken", "Trekk klagen</button>");
    }

    @Test
    void the_answer_shows_with_its_outcome_and_offers_escalation_but_no_withdrawal() throws Exception {
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(view(
                        "ANSWERED",
                        new IntakeClient.FollowUpMessage(
                                "a-1", "ANSWER", "Du får fast møte hver uke.", Instant.now(), null))));

        assertThat(send("code", CODE))
                .contains("Besvart", "Du fikk delvis medhold", "Svaret på klagen", "Du får fast møte hver uke.")
                .contains("Be om at ledelsen behandler saken")
                .doesNotContain("Trekk klagen</button>", "Legg til noe i saken");
    }

    @Test
    void managements_decision_is_shown_as_final_and_nothing_more_is_offered() throws Exception {
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(view(
                        "DECIDED",
                        new IntakeClient.FollowUpMessage(
                                "d-1", "DECISION", "Ledelsen står ved svaret.", Instant.now(), null))));

        assertThat(send("code", CODE))
                .contains("Avgjort av ledelsen. Avgjørelsen er endelig.", "Ledelsens avgjørelse")
                .contains("Ledelsen står ved svaret.", "Saken kan ikke klages videre her.")
                .doesNotContain("Trekk klagen</button>", "Legg til noe i saken", "Be om at ledelsen behandler saken");
    }

    @Test
    void a_step_the_case_has_moved_past_is_refused_in_words_and_the_case_shown_as_it_stands() throws Exception {
        given(intake.followUp(eq("open"), eq(FollowUpAction.WITHDRAWAL), eq(CODE), any(), any(), any(), anyString()))
                .willReturn(new FollowedUp.Refused(Map.of("state", "forbidden")));
        given(intake.followUp(eq("open"), eq(FollowUpAction.OPEN), eq(CODE), isNull(), isNull(), isNull(), anyString()))
                .willReturn(new FollowedUp.Shown(view("ANSWERED")));

        assertThat(send("code", CODE, "action", "WITHDRAWAL", "confirmed", "true"))
                .contains("Saken har kommet videre, så dette kan ikke gjøres nå.", "Besvart");
    }

    /** Withdrawal cannot be undone: the first press asks, keeping the reason, and nothing reaches intake. */
    @Test
    void withdrawing_asks_first_keeps_the_reason_and_sends_nothing() throws Exception {
        String page = send("code", CODE, "action", "WITHDRAWAL", "text", "Vi fant <b>en løsning</b>");

        assertThat(page)
                .contains("Vil du trekke klagen?", "Det kan ikke angres.", "Ja, trekk klagen", "Nei, tilbake til saken")
                .contains("Vi fant &lt;b&gt;en løsning&lt;/b&gt;")
                .contains("name=\"confirmed\" value=\"true\"", "name=\"code\" value=\"" + CODE + "\"")
                .doesNotContain("<b>en løsning");
        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void a_confirmed_withdrawal_is_sent_with_its_reason() throws Exception {
        given(intake.followUp(
                        eq("open"),
                        eq(FollowUpAction.WITHDRAWAL),
                        eq(CODE),
                        eq("Løst"),
                        isNull(),
                        isNull(),
                        anyString()))
                .willReturn(new FollowedUp.Shown(view("WITHDRAWN")));

        assertThat(send("code", CODE, "action", "WITHDRAWAL", "text", "Løst", "confirmed", "true"))
                .contains("Trukket tilbake");
        then(intake).should().followUp("open", FollowUpAction.WITHDRAWAL, CODE, "Løst", null, null, "203.0.113.5");
    }

    @Test
    void the_question_asks_in_the_page_language() throws Exception {
        var request = post("/t/open/oppfolging")
                .param("code", CODE)
                .param("action", "WITHDRAWAL")
                .param("lang", "en");
        assertThat(mvc.perform(request).andReturn().getResponse().getContentAsString())
                .contains("Do you want to withdraw the complaint?", "This cannot be undone.", "lang=\"en\"");
    }
}
