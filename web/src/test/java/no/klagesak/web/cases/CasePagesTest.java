package no.klagesak.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The handler's inbox and the managers' overview, by role. */
@SpringBootTest
@AutoConfigureMockMvc
class CasePagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoutingServiceClient routing;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    private static RoutingServiceClient.OverviewLine line(
            String ref, String state, boolean overdue, boolean deviation) {
        return new RoutingServiceClient.OverviewLine(
                "c-" + ref,
                ref,
                "FOLLOW_UP",
                "COMPLAINT",
                state.equals("TRIAGE") ? null : "per",
                state.equals("TRIAGE") ? null : "Per Hansen",
                "LINE_MANAGER",
                LocalDate.of(2026, 12, 9),
                state,
                overdue,
                deviation,
                deviation ? List.of("DEADLINE", "CONCERNED_NOTICE") : List.of(),
                java.time.Instant.parse("2026-11-20T09:00:00Z"),
                state.equals("CLOSED") ? "PARTLY_UPHELD" : null,
                state.equals("WAITING_FOR_COMPLAINANT") ? LocalDate.of(2026, 11, 1) : null,
                state.equals("WAITING_FOR_COMPLAINANT"));
    }

    @Test
    void the_overview_shows_the_queue_escalations_deviations_and_the_open_cases() throws Exception {
        given(routing.overview())
                .willReturn(List.of(
                        line("FJV-1", "TRIAGE", false, false),
                        line("FJV-2", "ESCALATED", false, false),
                        line("FJV-3", "IN_PROGRESS", true, true),
                        line("FJV-4", "ASSIGNED", false, false)));
        var director = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_managing-director"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        String page = mvc.perform(get("/oversikt").with(director))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Ledergruppens kø", "Hos ledelsen", "Avvik", "Over fristen", "Alle åpne saker")
                .contains("2 åpne", "1 avvik", "1 i ledergruppens kø", "FJV-1", "FJV-2", "FJV-3", "FJV-4")
                .contains("Per Hansen")
                .contains(
                        "Avvik: fristen er passert uten begrunnelse",
                        "Avvik: personen saken gjelder er ikke informert");
    }

    @Test
    void the_overview_narrows_to_a_track_a_category_and_a_handler_with_a_plain_form() throws Exception {
        var report = new RoutingServiceClient.OverviewLine(
                "c-9",
                "FJV-9",
                "HARASSMENT",
                "WHISTLEBLOWING",
                "dagny",
                "Dagny Daglig",
                "WHISTLEBLOWING_RECEIVER",
                LocalDate.of(2027, 2, 9),
                "ASSIGNED",
                false,
                false,
                List.of(),
                java.time.Instant.parse("2025-06-02T09:00:00Z"),
                null,
                null,
                false);
        given(routing.overview())
                .willReturn(List.of(
                        line("FJV-1", "IN_PROGRESS", false, false), line("FJV-2", "ASSIGNED", false, false), report));
        var director = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_managing-director"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        var page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/oversikt").param("spor", "WHISTLEBLOWING").with(director))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.select("[data-testid=open] tbody tr")).hasSize(1);
        assertThat(page.select("[data-testid=open]").text())
                .contains("FJV-9", "Dagny Daglig")
                .doesNotContain("FJV-1");
        assertThat(page.select("#spor option[selected]").attr("value")).isEqualTo("WHISTLEBLOWING");
        assertThat(page.select("#behandler option").eachText()).contains("Alle", "Dagny Daglig", "Per Hansen");
        assertThat(page.select("form.filters").attr("method")).isEqualTo("get");
        assertThat(page.select("form.filters a[href=/oversikt]").text()).isEqualTo("Vis alle saker");

        var byHandler = org.jsoup.Jsoup.parse(
                mvc.perform(get("/oversikt").param("behandler", "per").with(director))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(byHandler.select("[data-testid=open] tbody tr")).hasSize(2);
    }

    @Test
    void each_part_of_the_overview_shows_its_first_lines_and_all_of_them_a_page_at_a_time() throws Exception {
        var many = new java.util.ArrayList<RoutingServiceClient.OverviewLine>();
        for (int i = 1; i <= 60; i++) many.add(line("FJV-" + i, "IN_PROGRESS", false, false));
        given(routing.overview()).willReturn(many);
        var director = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_managing-director"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        var overview = org.jsoup.Jsoup.parse(mvc.perform(get("/oversikt").with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(overview.select("[data-testid=open] tbody tr")).hasSize(20);
        assertThat(overview.select("[data-testid=counts]").text()).contains("60");
        assertThat(overview.select("[data-testid=all-open]").text()).isEqualTo("Vis alle 60");
        assertThat(overview.select("[data-testid=all-open]").attr("href")).isEqualTo("/oversikt?del=open");

        var first = org.jsoup.Jsoup.parse(mvc.perform(get("/oversikt?del=open").with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(first.select("[data-testid=open] tbody tr")).hasSize(50);
        assertThat(first.select("[data-testid=triage]"))
                .as("only the part asked for")
                .isEmpty();
        assertThat(first.select("[data-testid=pager] a[rel=next]").attr("href")).isEqualTo("/oversikt?del=open&side=2");
        var second = org.jsoup.Jsoup.parse(
                mvc.perform(get("/oversikt?del=open&side=2").with(director))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(second.select("[data-testid=open] tbody tr")).hasSize(10);
        assertThat(second.select("[data-testid=open]").text())
                .contains("FJV-60")
                .doesNotContain("FJV-50 ");
        assertThat(second.select("[data-testid=back]").attr("href")).isEqualTo("/oversikt");
    }

    @Test
    void the_director_lists_every_case_open_and_answered_with_its_outcome_by_year_type_and_outcome() throws Exception {
        given(routing.overview()).willReturn(List.of(line("FJV-3", "WAITING_FOR_COMPLAINANT", false, false)));
        given(routing.received(null, null, null, 0))
                .willReturn(new RoutingServiceClient.ReceivedList(
                        List.of(
                                line("FJV-1", "CLOSED", false, false),
                                line("FJV-2", "IN_PROGRESS", false, false),
                                line("FJV-3", "WAITING_FOR_COMPLAINANT", false, false)),
                        0,
                        50,
                        false,
                        List.of(2026, 2025)));
        given(routing.received(2026, null, "PARTLY_UPHELD", 0))
                .willReturn(new RoutingServiceClient.ReceivedList(
                        List.of(line("FJV-1", "CLOSED", false, false)), 0, 1, true, List.of(2026, 2025)));
        given(routing.received(2026, null, "PARTLY_UPHELD", 1))
                .willReturn(new RoutingServiceClient.ReceivedList(
                        List.of(line("FJV-0", "CLOSED", false, false)), 1, 1, false, List.of(2026, 2025)));
        var director = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_managing-director"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        var all = org.jsoup.Jsoup.parse(mvc.perform(get("/oversikt/alle").with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(all.select("[data-testid=all] tbody tr")).hasSize(3);
        assertThat(all.select("[data-testid=all]").text()).contains("FJV-1", "Lukket", "Delvis medhold", "20.11.2026");
        assertThat(all.select("#ar option").eachText()).containsExactly("Alle", "2026", "2025");
        assertThat(all.select("[data-testid=count]").text()).isEqualTo("Viser sak 1–3");
        assertThat(all.select("[data-testid=pager]")).as("one page only").isEmpty();

        // Routing narrows and reads the page; the page's links keep the narrowing.
        var upheld = org.jsoup.Jsoup.parse(mvc.perform(get("/oversikt/alle")
                        .param("ar", "2026")
                        .param("utfall", "PARTLY_UPHELD")
                        .with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(upheld.select("[data-testid=all] tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("FJV-1");
        assertThat(upheld.select("[data-testid=pager] a[rel=next]").attr("href"))
                .isEqualTo("/oversikt/alle?ar=2026&utfall=PARTLY_UPHELD&side=2");
        assertThat(upheld.select("[data-testid=pager] a[rel=prev]")).isEmpty();
        var second = org.jsoup.Jsoup.parse(mvc.perform(get("/oversikt/alle?ar=2026&utfall=PARTLY_UPHELD&side=2")
                        .with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(second.select("[data-testid=all]").text()).contains("FJV-0");
        assertThat(second.select("[data-testid=count]").text()).isEqualTo("Viser sak 2–2");
        assertThat(second.select("[data-testid=pager]").text()).contains("Side 2");
        assertThat(second.select("[data-testid=pager] a[rel=prev]").attr("href"))
                .isEqualTo("/oversikt/alle?ar=2026&utfall=PARTLY_UPHELD");
        assertThat(second.select("[data-testid=pager] a[rel=next]")).isEmpty();

        var overview = org.jsoup.Jsoup.parse(mvc.perform(get("/oversikt").with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(overview.select("[data-testid=waitingLong]").text()).contains("FJV-3");
        assertThat(overview.select("[data-testid=all-cases]").attr("href")).isEqualTo("/oversikt/alle");
    }

    @Test
    void a_manager_gives_a_case_from_the_queue_a_handler_and_is_taken_back_to_the_queue_with_word_of_it()
            throws Exception {
        given(routing.step(org.mockito.ArgumentMatchers.eq("c-1"), org.mockito.ArgumentMatchers.anyMap()))
                .willReturn(java.util.Optional.empty());
        var management = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_management"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        var result = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/saker/c-1")
                                .param("action", "ASSIGN")
                                .param("version", "3")
                                .param("handler", "per")
                                .with(management)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/oversikt");
        assertThat(result.getFlashMap().get("notice"))
                .isEqualTo("Saken er gitt til behandleren og er ikke lenger i ledergruppens kø.");
    }

    @Test
    void the_meeting_form_needs_a_choice_and_choosing_both_agreed_is_what_says_they_did() throws Exception {
        var handler = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_handler"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

        var none = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/saker/c-2")
                        .param("version", "3")
                        .param("text", "Referat")
                        .with(handler)
                        .with(csrf))
                .andReturn();
        assertThat(none.getResponse().getRedirectedUrl()).isEqualTo("/saker/c-2");
        assertThat(String.valueOf(none.getFlashMap().get("refused"))).startsWith("Velg om referatet er godkjent");
        org.mockito.Mockito.verifyNoInteractions(routing);

        given(routing.step(org.mockito.ArgumentMatchers.eq("c-2"), org.mockito.ArgumentMatchers.anyMap()))
                .willReturn(java.util.Optional.empty());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/saker/c-2")
                .param("action", "SEND_MINUTES")
                .param("version", "3")
                .param("text", "Referat")
                .with(handler)
                .with(csrf));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/saker/c-2")
                .param("action", "RECORD_MEETING")
                .param("version", "4")
                .param("text", "Referat")
                .with(handler)
                .with(csrf));
        var steps = org.mockito.ArgumentCaptor.forClass(java.util.Map.class);
        org.mockito.Mockito.verify(routing, org.mockito.Mockito.times(2))
                .step(org.mockito.ArgumentMatchers.eq("c-2"), steps.capture());
        assertThat(steps.getAllValues())
                .extracting(m -> m.get("action") + ":" + m.get("minutesAgreed"))
                .containsExactly("SEND_MINUTES:false", "RECORD_MEETING:true");
    }

    @Test
    void an_answer_is_sent_only_with_the_tick_that_it_is_read_over_and_without_it_what_was_written_stays()
            throws Exception {
        var handler = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_handler"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

        for (String action : List.of("RESOLVE", "DECIDE")) {
            var unticked = mvc.perform(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/saker/c-3")
                                    .param("action", action)
                                    .param("version", "5")
                                    .param("outcome", "UPHELD")
                                    .param("text", "Svaret")
                                    .with(handler)
                                    .with(csrf))
                    .andReturn();
            assertThat(String.valueOf(unticked.getFlashMap().get("refused")))
                    .startsWith("Kryss av for at du har lest over svaret");
            assertThat(unticked.getFlashMap().get("draft"))
                    .isEqualTo(java.util.Map.of("text", "Svaret", "outcome", "UPHELD", "improvements", ""));
        }
        org.mockito.Mockito.verifyNoInteractions(routing);

        given(routing.step(org.mockito.ArgumentMatchers.eq("c-3"), org.mockito.ArgumentMatchers.anyMap()))
                .willReturn(java.util.Optional.empty());
        var sent = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/saker/c-3")
                        .param("action", "RESOLVE")
                        .param("version", "5")
                        .param("outcome", "UPHELD")
                        .param("text", "Svaret")
                        .param("confirmed", "yes")
                        .with(handler)
                        .with(csrf))
                .andReturn();
        assertThat(String.valueOf(sent.getFlashMap().get("notice"))).isEqualTo("Saken er avsluttet med svar.");
    }

    @Test
    void mine_saker_shows_the_open_cases_with_their_state_and_the_closed_ones_on_request_never_late() throws Exception {
        var handler = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_handler"))
                .idToken(token ->
                        token.claim("organization", List.of("fjordvekst")).claim("preferred_username", "per"));
        LocalDate past = LocalDate.of(2020, 1, 10);
        given(routing.casesOf("per", "OPEN", 0))
                .willReturn(new RoutingServiceClient.CaseList(
                        List.of(new RoutingServiceClient.CaseLine(
                                "c-1", "FJV-1", "FOLLOW_UP", "per", past, null, null, null, null, "IN_PROGRESS")),
                        0,
                        50,
                        false,
                        1));
        given(routing.casesOf("per", "CLOSED", 0))
                .willReturn(new RoutingServiceClient.CaseList(
                        List.of(new RoutingServiceClient.CaseLine(
                                "c-2", "FJV-2", "FOLLOW_UP", "per", past, null, null, null, null, "CLOSED")),
                        0,
                        1,
                        true,
                        1));

        String open = mvc.perform(get("/saker").with(handler))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(open)
                .contains("FJV-1", "Under behandling", "Over fristen", "10.01.2020")
                .doesNotContain("FJV-2", "2020-01-10");

        String closed = mvc.perform(get("/saker?vis=lukkede").with(handler))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(closed).contains("FJV-2", "Lukket").doesNotContain("FJV-1", "Over fristen", "I rute");
        // Read a page at a time: the next page keeps which cases are shown.
        assertThat(org.jsoup.Jsoup.parse(closed)
                        .select("[data-testid=pager] a[rel=next]")
                        .attr("href"))
                .isEqualTo("/saker?vis=lukkede&side=2");
    }

    @Test
    void only_managers_open_the_overview() throws Exception {
        var handler = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_handler"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
        assertThat(mvc.perform(get("/oversikt").with(handler))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
