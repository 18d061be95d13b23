package no.klagesak.web.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.RoutingServiceClient.Deviation;
import no.klagesak.web.services.RoutingServiceClient.DeviationDraft;
import no.klagesak.web.services.RoutingServiceClient.DeviationHandling;
import no.klagesak.web.services.RoutingServiceClient.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.client.ResourceAccessException;

/**
 * Deviations from the routine (routine 001): anyone on the staff reports one, a refused form comes back as written with
 * every problem, the log lists what each may read (and for the managers what the system found), and only the receiver
 * handles a report.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeviationPagesTest {

    private static final String ID = "5d1e7c1a-0000-4000-8000-0000000000a1";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoutingServiceClient routing;

    private final int year = Year.now(ZoneId.of("Europe/Oslo")).getValue();

    @Test
    void a_handler_finds_the_form_in_the_menu_with_every_kind_to_choose_from() throws Exception {
        var page = page(get("/avvik/meld").with(staff("handler", "per")));

        assertThat(page.select("header nav a").eachText()).contains("Avvik", "Meld avvik");
        assertThat(page.select("h1").text()).isEqualTo("Meld avvik fra rutinen");
        assertThat(page.select("main").text())
                .contains("skal melde det til daglig leder", "Du finner avviket og svaret under Avvik.");
        assertThat(page.select("input[name=kind]").eachAttr("value"))
                .containsExactly("ACKNOWLEDGEMENT", "DEADLINE", "LEVEL", "INFORMATION", "CONFIDENTIALITY", "OTHER");
        assertThat(page.select("label[for=kind-DEADLINE]").text()).isEqualTo("Frister");
        assertThat(page.select("#kind-DEADLINE-hint").text())
                .isEqualTo("En frist gikk ut uten svar eller skriftlig begrunnelse.");
        assertThat(page.select("#kind-DEADLINE").attr("aria-describedby")).isEqualTo("kind-DEADLINE-hint");
        assertThat(page.select("#what-hint").text()).contains("Ikke skriv mer om saken enn du må");
        assertThat(page.select("input#happenedOn").attr("type")).isEqualTo("date");
        assertThat(page.select("input#caseReference")).hasSize(1);
        assertThat(page.select("label[for=concernsDirector]").text()).isEqualTo("Avviket gjelder daglig leder");
        assertThat(page.select("input[name=id]").val()).hasSize(36);
        assertThat(page.select("[required]")).isEmpty();
        assertThat(page.select(".error-summary")).isEmpty();

        // Everyone on the staff may report one, the admin and the board too, but only those with a role that handles
        // cases read reports in the log; the operator is no one's staff.
        var admin = page(get("/avvik/meld").with(staff("tenant-admin", "ada")));
        assertThat(admin.select("header nav a").eachText())
                .contains("Meld avvik")
                .doesNotContain("Avvik");
        var board = page(get("/avvik/meld").with(staff("board", "bjorn")));
        assertThat(board.select("header nav a").eachText())
                .contains("Meld avvik", "Tall for styret")
                .doesNotContain("Avvik");
        assertThat(board.select("header nav a[href=/avvik]")).isEmpty();
        assertThat(board.select("main").text())
                .contains("Når du har meldt det, kommer du til siden for avviket.")
                .doesNotContain("under Avvik");
        var director = page(get("/avvik/meld").with(staff("managing-director", "dagny")));
        assertThat(director.select("header nav a").eachText()).contains("Avvik", "Meld avvik");
        assertThat(director.select("header nav a[href=/avvik]")).hasSize(1);
        var operator = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_platform-operator"));
        assertThat(mvc.perform(get("/avvik/meld").with(operator))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void a_report_sent_goes_to_its_page_which_says_to_whom_and_by_when() throws Exception {
        given(routing.reportDeviation(any())).willReturn(new RoutingServiceClient.Done(deviation(null)));
        // Routing found the case the reference names, and knows the reporter's name.
        given(routing.deviation(ID)).willReturn(Optional.of(deviation(null, "Per Hansen", "c-12")));

        var sent = mvc.perform(post("/avvik/meld")
                        .with(staff("handler", "per"))
                        .with(csrf())
                        .param("id", ID)
                        .param("kind", "DEADLINE")
                        .param("what", "Fristen i sak 12 gikk ut uten svar.")
                        .param("happenedOn", year + "-01-05")
                        .param("caseReference", " FJV-2026-0012 ")
                        .param("concernsDirector", "yes"))
                .andReturn()
                .getResponse();

        assertThat(sent.getRedirectedUrl()).isEqualTo("/avvik/" + ID);
        var draft = ArgumentCaptor.forClass(DeviationDraft.class);
        then(routing).should().reportDeviation(draft.capture());
        assertThat(draft.getValue())
                .isEqualTo(new DeviationDraft(
                        ID,
                        "DEADLINE",
                        "Fristen i sak 12 gikk ut uten svar.",
                        LocalDate.of(year, 1, 5),
                        "FJV-2026-0012",
                        true));
        var page = page(get("/avvik/" + ID).with(staff("handler", "per")).cookie(sent.getCookies()));
        assertThat(page.select("[data-testid=reported]").text())
                .isEqualTo("Avviket er meldt til Dagny Daglig. Det skal behandles innen 15.01." + year + ".");
        assertThat(page.select("[data-testid=facts]").text())
                .contains("Frister", "Fristen i sak 12 gikk ut uten svar.", "05.01." + year, "FJV-2026-0012")
                .contains("Meldt av Per Hansen", "Behandles av Dagny Daglig", "Frist 15.01." + year)
                .contains("FJV-2026-0012 Åpne saken")
                .doesNotContain("Meldt av per");
        assertThat(page.select("[data-testid=facts] a").attr("href")).isEqualTo("/saker/c-12");
        // The reporter reads it; only its receiver handles it.
        assertThat(page.select("[data-testid=handle]")).isEmpty();
        assertThat(page.select("main").text()).contains("Dagny Daglig behandler avviket.");

        // Read again later: no confirmation. Without the name from the organisation, the user name; without a case
        // routing found, no link.
        given(routing.deviation(ID)).willReturn(Optional.of(deviation(null)));
        page = page(get("/avvik/" + ID).with(staff("handler", "per")));
        assertThat(page.select("[data-testid=reported]")).isEmpty();
        assertThat(page.select("[data-testid=facts]").text()).contains("Meldt av per", "FJV-2026-0012");
        assertThat(page.select("[data-testid=facts] a")).isEmpty();
    }

    @Test
    void a_refused_report_comes_back_as_written_with_every_problem() throws Exception {
        given(routing.reportDeviation(any()))
                .willReturn(new RoutingServiceClient.Refused(
                        List.of(new Problem("kind", "missing"), new Problem("receiver", "none"))))
                .willThrow(new ResourceAccessException("Read timed out"))
                .willReturn(new RoutingServiceClient.Conflict())
                .willReturn(new RoutingServiceClient.Refused(List.of(new Problem("caseReference", "unknown"))));

        var refused = send("", "Saken ble vist til en kollega.", year + "-01-05");
        assertThat(refused.getRedirectedUrl()).isEqualTo("/avvik/meld");
        var page = page(get("/avvik/meld").with(staff("handler", "per")).cookie(refused.getCookies()));
        assertThat(page.select(".error-summary h2").text()).isEqualTo("Avviket er ikke meldt ennå");
        assertThat(page.select(".error-summary li").eachText())
                .containsExactly(
                        "Velg hva avviket gjelder.",
                        "Ingen kan ta imot avviket: virksomheten mangler noen med innlogging som kan ta imot det (daglig leder,"
                                + " eller når det gjelder daglig leder, den rutinen peker ut eller styrets kontakt). Si fra til"
                                + " administratoren.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#kind-ACKNOWLEDGEMENT");
        assertThat(page.select(".error-summary").hasAttr("autofocus")).isTrue();
        assertThat(page.select("#kind").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#what").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("#what").text()).isEqualTo("Saken ble vist til en kollega.");
        assertThat(page.select("#happenedOn").val()).isEqualTo(year + "-01-05");
        assertThat(page.select("#caseReference").val()).isEqualTo("FJV-2026-0012");
        assertThat(page.select("#concernsDirector").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=id]").val()).isEqualTo(ID);

        // A date the field could not read is never sent as none: nothing goes to routing.
        var unreadable = send("CONFIDENTIALITY", "", "5.1." + year);
        page = page(get("/avvik/meld").with(staff("handler", "per")).cookie(unreadable.getCookies()));
        assertThat(page.select(".error-summary li").eachText())
                .containsExactly("Skriv hva som skjedde.", "Skriv en gyldig dato.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#what", "#happenedOn");
        assertThat(page.select("#happenedOn").val()).isEqualTo("5.1." + year);
        assertThat(page.select("#kind-CONFIDENTIALITY").hasAttr("checked")).isTrue();
        then(routing).should(org.mockito.Mockito.times(1)).reportDeviation(any());

        // Routing does not answer: nothing is lost, and the page says it was not sent.
        var away = send("DEADLINE", "Fristen gikk ut.", "");
        page = page(get("/avvik/meld").with(staff("handler", "per")).cookie(away.getCookies()));
        assertThat(page.select(".error-summary li").text())
                .isEqualTo("Avviket ble ikke sendt fordi tjenesten ikke svarte. Det du skrev, står i skjemaet. "
                        + "Prøv igjen om litt.");
        assertThat(page.select("#what").text()).isEqualTo("Fristen gikk ut.");
        assertThat(page.select("#kind-DEADLINE").hasAttr("checked")).isTrue();

        // The same form sent before with other words: said, with the text kept in a form of its own.
        var conflict = send("DEADLINE", "Fristen gikk ut, og ingen sa fra.", "");
        page = page(get("/avvik/meld").with(staff("handler", "per")).cookie(conflict.getCookies()));
        assertThat(page.select(".error-summary li").text())
                .startsWith("Dette skjemaet er alt sendt med en annen tekst")
                .contains("Last siden på nytt");
        assertThat(page.select("#what").text()).isEqualTo("Fristen gikk ut, og ingen sa fra.");
        assertThat(page.select("input[name=id]").val()).hasSize(36).isNotEqualTo(ID);

        // A case reference no case in the organisation has: said at the field, which keeps what was written.
        var unknown = send("DEADLINE", "Fristen gikk ut.", "");
        page = page(get("/avvik/meld").with(staff("handler", "per")).cookie(unknown.getCookies()));
        assertThat(page.select(".error-summary li").eachText())
                .containsExactly(
                        "Vi finner ingen sak med dette saksnummeret. Sjekk nummeret, eller la feltet stå tomt.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#caseReference");
        assertThat(page.select("#caseReference").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#caseReference").val()).isEqualTo("FJV-2026-0012");
    }

    @Test
    void the_log_lists_the_years_reports_and_for_the_director_the_deviations_found_in_the_cases() throws Exception {
        var open = deviation(null);
        var late = new Deviation(
                "d-2",
                "CONFIDENTIALITY",
                "Saken ble vist til en kollega.",
                null,
                null,
                false,
                "COMPLAINANT",
                null,
                null,
                "c-7",
                "dagny",
                "Dagny Daglig",
                LocalDate.of(year - 1, 1, 1),
                Instant.parse((year - 1) + "-01-01T10:00:00Z"),
                null);
        var handled = deviation(
                new DeviationHandling(
                        "Fristene følges opp hver uke.", "dagny", Instant.parse(year + "-01-10T09:00:00Z")),
                "Per Hansen",
                "c-12");
        given(routing.deviations(year)).willReturn(List.of(open, late, handled));
        given(routing.overview())
                .willReturn(List.of(
                        overviewLine("c-1", "FJV-2026-0001", true, List.of("DEADLINE", "ACKNOWLEDGEMENT")),
                        overviewLine("c-2", "FJV-2026-0002", false, null)));

        var page = page(get("/avvik").with(staff("managing-director", "dagny")));

        assertThat(page.select("header nav a").eachText()).contains("Avvik", "Meld avvik");
        assertThat(page.select("h1").text()).isEqualTo("Avvik fra rutinen i " + year);
        assertThat(page.select("[data-testid=reported] tbody tr").eachText())
                .containsExactly(
                        "Frister 05.01." + year + " FJV-2026-0012 Dagny Daglig 15.01." + year + " "
                                + (LocalDate.now(ZoneId.of("Europe/Oslo")).isAfter(LocalDate.of(year, 1, 15))
                                        ? "Over fristen"
                                        : "Ubehandlet"),
                        "Fortrolighet 01.01." + (year - 1) + " Åpne saken Dagny Daglig 01.01." + (year - 1)
                                + " Over fristen",
                        "Frister 05.01." + year + " FJV-2026-0012 Åpne saken Dagny Daglig 15.01." + year
                                + " Behandlet");
        // The case, whenever routing found it: the complainant's own, or the one a staff member named.
        assertThat(page.select("[data-testid=reported] a").eachAttr("href"))
                .containsExactly("/avvik/" + ID, "/avvik/d-2", "/saker/c-7", "/avvik/" + ID, "/saker/c-12");
        assertThat(page.select("[data-testid=detected] tbody tr")).hasSize(1);
        assertThat(page.select("[data-testid=detected]").text())
                .contains(
                        "FJV-2026-0001",
                        "Avvik: fristen er passert uten begrunnelse",
                        "Avvik: kvitteringen er ikke gitt")
                .doesNotContain("FJV-2026-0002");
        assertThat(page.select("[data-testid=detected] a").attr("href")).isEqualTo("/saker/c-1");

        // A handler reads only what routing lets them; the cases' deviations are the managers'.
        given(routing.deviations(year - 1)).willReturn(List.of());
        var handlers = page(get("/avvik").param("ar", String.valueOf(year - 1)).with(staff("handler", "per")));
        assertThat(handlers.select("h1").text()).isEqualTo("Avvik fra rutinen i " + (year - 1));
        assertThat(handlers.select("main").text()).contains("Ingen avvik du kan lese, er meldt dette året.");
        assertThat(handlers.select("[data-testid=detected]")).isEmpty();
        assertThat(handlers.text()).doesNotContain("Avvik systemet har funnet");
        then(routing).should(org.mockito.Mockito.times(1)).overview();
    }

    @Test
    void only_the_receiver_handles_a_report_and_then_everyone_reads_what_was_done() throws Exception {
        given(routing.deviation(ID)).willReturn(Optional.of(deviation(null)));

        var receivers = page(get("/avvik/" + ID).with(staff("managing-director", "dagny")));
        assertThat(receivers.select("[data-testid=handle] h2").text()).isEqualTo("Hva er gjort?");
        // The heading asks; the field's label says what to do, and the hint who reads it: the staff reporter does.
        assertThat(receivers.select("label[for=measures]").text()).isEqualTo("Skriv hva som er gjort");
        assertThat(receivers.select("#measures-hint").text())
                .isEqualTo("Ta med hva som gjøres for at det ikke skjer igjen. "
                        + "Den som meldte avviket, kan lese det du skriver.");
        assertThat(receivers.select("#measures").attr("aria-describedby")).isEqualTo("measures-hint");
        assertThat(receivers.select("[data-testid=handle] form").attr("action"))
                .isEqualTo("/avvik/" + ID + "/behandling");
        assertThat(page(get("/avvik/" + ID).with(staff("management", "mona"))).select("[data-testid=handle]"))
                .isEmpty();

        given(routing.handleDeviation(ID, ""))
                .willReturn(new RoutingServiceClient.Refused(List.of(new Problem("measures", "missing"))));
        var refused = handle("");
        assertThat(refused.getRedirectedUrl()).isEqualTo("/avvik/" + ID + "#handling-heading");
        var page = page(
                get("/avvik/" + ID).with(staff("managing-director", "dagny")).cookie(refused.getCookies()));
        assertThat(page.select("[data-testid=handle] .error-summary li").text()).isEqualTo("Skriv hva som er gjort.");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#measures");
        assertThat(page.select("#measures").attr("aria-invalid")).isEqualTo("true");

        given(routing.handleDeviation(ID, "Fristene følges opp hver uke."))
                .willReturn(new RoutingServiceClient.Done(deviation(null)));
        var handled = handle("Fristene følges opp hver uke.");
        assertThat(handled.getRedirectedUrl()).isEqualTo("/avvik/" + ID);
        given(routing.deviation(ID))
                .willReturn(Optional.of(deviation(new DeviationHandling(
                        "Fristene følges opp hver uke.", "dagny", Instant.parse(year + "-01-10T09:00:00Z")))));
        page = page(get("/avvik/" + ID).with(staff("handler", "per")).cookie(handled.getCookies()));
        assertThat(page.select("[data-testid=handled]").text())
                .isEqualTo("Det som er gjort, er lagret. Avviket er behandlet.");
        assertThat(page.select("[data-testid=handling]").text())
                .contains(
                        "Tiltak Fristene følges opp hver uke.", "Behandlet av Dagny Daglig", "10.01." + year + " 10:00")
                .doesNotContain("dagny");
        assertThat(page.select("[data-testid=handle]")).isEmpty();

        // Handled in between, or by someone else: said where no form is.
        given(routing.handleDeviation(ID, "Igjen.")).willReturn(new RoutingServiceClient.Conflict());
        var again = handle("Igjen.");
        page = page(
                get("/avvik/" + ID).with(staff("managing-director", "dagny")).cookie(again.getCookies()));
        assertThat(page.select(".error-summary li").text()).isEqualTo("Avviket er alt behandlet.");
        given(routing.handleDeviation(ID, "Meg.")).willReturn(new RoutingServiceClient.NotTheReceiver());
        var other = handle("Meg.");
        page = page(
                get("/avvik/" + ID).with(staff("managing-director", "dagny")).cookie(other.getCookies()));
        assertThat(page.select(".error-summary li").text())
                .isEqualTo("Bare den som har fått avviket, kan behandle det.");
    }

    @Test
    void the_receiver_of_a_complainants_report_is_told_the_complainant_does_not_see_the_answer() throws Exception {
        given(routing.deviation("d-2")).willReturn(Optional.of(fromTheComplainant(null)));

        var page = page(get("/avvik/d-2").with(staff("managing-director", "dagny")));

        assertThat(page.select("[data-testid=facts]").text())
                .contains("Meldt av klageren, fra oppfølgingssiden", "Saksnummer Åpne saken Avviket gjelder");
        assertThat(page.select("#measures-hint").text())
                .isEqualTo("Ta med hva som gjøres for at det ikke skjer igjen. Klageren ser ikke dette svaret. "
                        + "Skal klageren få vite hva som er gjort, sier du det i saken. Gå til saken")
                .doesNotContain("kan lese det du skriver");
        assertThat(page.select("#measures-hint a").attr("href")).isEqualTo("/saker/c-7");

        // In English, who is to handle it and who did are said apart.
        given(routing.deviation("d-2"))
                .willReturn(Optional.of(fromTheComplainant(new DeviationHandling(
                        "Svart klageren i saken.", "dagny", Instant.parse(year + "-01-10T09:00:00Z")))));
        var english = page(get("/avvik/d-2").param("lang", "en").with(staff("managing-director", "dagny")));
        assertThat(english.select("[data-testid=facts]").text()).contains("To be handled by Dagny Daglig");
        assertThat(english.select("[data-testid=handling]").text()).contains("Handled by Dagny Daglig");
    }

    @Test
    void a_report_the_user_may_not_read_is_not_found() throws Exception {
        given(routing.deviation(anyString())).willReturn(Optional.empty());
        var response = mvc.perform(get("/avvik/d-9").with(staff("handler", "per")))
                .andReturn()
                .getResponse();
        // The web's own not-found page (the error page, which MockMvc does not render).
        assertThat(response.getStatus()).isEqualTo(404);
        then(routing).should(never()).handleDeviation(anyString(), anyString());
    }

    private MockHttpServletResponse send(String kind, String what, String happenedOn) throws Exception {
        return mvc.perform(post("/avvik/meld")
                        .with(staff("handler", "per"))
                        .with(csrf())
                        .param("id", ID)
                        .param("kind", kind)
                        .param("what", what)
                        .param("happenedOn", happenedOn)
                        .param("caseReference", "FJV-2026-0012")
                        .param("concernsDirector", "yes"))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse handle(String measures) throws Exception {
        return mvc.perform(post("/avvik/" + ID + "/behandling")
                        .with(staff("managing-director", "dagny"))
                        .with(csrf())
                        .param("measures", measures))
                .andReturn()
                .getResponse();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private Deviation deviation(@Nullable DeviationHandling handling) {
        return deviation(handling, null, null);
    }

    private Deviation deviation(
            @Nullable DeviationHandling handling, @Nullable String reporterName, @Nullable String complaintId) {
        return new Deviation(
                ID,
                "DEADLINE",
                "Fristen i sak 12 gikk ut uten svar.",
                LocalDate.of(year, 1, 5),
                "FJV-2026-0012",
                false,
                "STAFF",
                "per",
                reporterName,
                complaintId,
                "dagny",
                "Dagny Daglig",
                LocalDate.of(year, 1, 15),
                Instant.parse(year + "-01-05T11:00:00Z"),
                handling);
    }

    private Deviation fromTheComplainant(@Nullable DeviationHandling handling) {
        return new Deviation(
                "d-2",
                "DEADLINE",
                "Ingen svarte på tre uker.",
                null,
                null,
                false,
                "COMPLAINANT",
                null,
                null,
                "c-7",
                "dagny",
                "Dagny Daglig",
                LocalDate.of(year, 1, 15),
                Instant.parse(year + "-01-05T11:00:00Z"),
                handling);
    }

    private static RoutingServiceClient.OverviewLine overviewLine(
            String id, String reference, boolean deviation, @Nullable List<String> deviations) {
        return new RoutingServiceClient.OverviewLine(
                id,
                reference,
                "FOLLOW_UP",
                "COMPLAINT",
                "per",
                "Per Hansen",
                "HANDLER",
                LocalDate.of(2026, 1, 20),
                "IN_PROGRESS",
                deviation,
                deviation,
                deviations,
                null,
                null,
                null,
                false);
    }

    private static OidcLoginRequestPostProcessor staff(String role, String username) {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_" + role))
                .idToken(token ->
                        token.claim("organization", List.of("fjordvekst")).claim("preferred_username", username));
    }
}
