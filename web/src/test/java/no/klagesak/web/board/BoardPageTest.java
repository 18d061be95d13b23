package no.klagesak.web.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.klagesak.web.services.ReportingServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;

/** The board's numbers, year against year, as SVG charts each with its table; only for the board and managers. */
@SpringBootTest
@AutoConfigureMockMvc
class BoardPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportingServiceClient reporting;

    @MockitoBean
    no.klagesak.web.services.TenantServiceClient tenants;

    @MockitoBean
    RoutingServiceClient routing;

    private final int year = Year.now(ZoneId.of("Europe/Oslo")).getValue();

    @Test
    void the_board_sees_this_year_against_last_with_charts_and_their_numbers_as_tables() throws Exception {
        givenTheYearsFigures();
        // The deviations reported this year, by kind (routine 001).
        given(routing.deviationCounts(year))
                .willReturn(new RoutingServiceClient.DeviationCounts(
                        year,
                        Map.of(
                                "ACKNOWLEDGEMENT", 0L,
                                "DEADLINE", 2L,
                                "LEVEL", 0L,
                                "INFORMATION", 0L,
                                "CONFIDENTIALITY", 1L,
                                "OTHER", 0L),
                        3,
                        1,
                        1));
        var board = board();
        // The routine's upkeep (issue 29): the board sees its evaluations, and that one is due.
        given(tenants.evaluations("fjordvekst"))
                .willReturn(new no.klagesak.web.services.TenantServiceClient.Evaluations(
                        List.of(new no.klagesak.web.services.TenantServiceClient.Evaluation(
                                "e-1",
                                java.time.LocalDate.of(year - 2, 11, 3),
                                "Dagny Daglig",
                                null,
                                null,
                                "Rutinen virker.",
                                null,
                                List.of())),
                        true,
                        java.time.LocalDate.of(year - 2, 11, 3)));

        var page = Jsoup.parse(mvc.perform(get("/styret").with(board))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=evaluation]").text())
                .contains("Evaluering 03.11." + (year - 2), "Rutinen virker.", "Ingen ennå");
        assertThat(page.select("[data-testid=evaluation-due]").text())
                .isEqualTo("Det er over ett år siden rutinen sist ble evaluert (03.11." + (year - 2)
                        + "). Den skal evalueres hvert år.");
        assertThat(page.select("h1").text()).isEqualTo("Klager og varsler i " + year);
        assertThat(page.select("[data-testid=key-figures]").text())
                .contains(
                        "7 (4 i " + (year - 1) + ")",
                        "5 besvart, 2 åpne",
                        "innen 8 dager",
                        "80 % (" + (year - 1) + ": 50 %)",
                        "1 (2 i " + (year - 1) + ")");
        assertThat(page.select("figure.chart svg")).hasSize(6);
        assertThat(page.select("[data-testid=by-month] table").text()).contains("mars 6 1 0");
        assertThat(page.select("[data-testid=by-unit] table").text())
                .contains("Verkstedet 4", "Ingen enhet oppgitt 3")
                .doesNotContain(String.valueOf(year - 1));
        assertThat(page.select("[data-testid=backlog]").text())
                .contains("3 åpne saker, fra alle år. Den eldste har ventet 40 dager.", "31–90 dager 2");
        assertThat(page.select("[data-testid=behind]")).isEmpty();
        assertThat(page.select("figure.chart svg title").eachText()).contains("Hva det gjaldt");
        assertThat(page.select("#category-heading + figure + table").text())
                .contains("Oppfølging og veiledning 5 4", "Trakassering 2 0");
        assertThat(page.select("[data-testid=survey]").text()).contains("3 svar. Tallene vises fra fem svar");
        assertThat(page.select("[data-testid=leaving-survey]").text())
                .contains("Undersøkelse ved avslutning")
                .contains(
                        "5 svar. Fornøyd med tiden hos oss: 3,8 av 5. Følte seg hørt: 4,2 av 5. Ville anbefalt oss: 80 %.")
                .contains("1 nyere svar tas med når det har kommet fem, så ingen kan kjennes igjen på endringen.");
        assertThat(page.select("[data-testid=reported-deviations] tbody tr").eachText())
                .containsExactly(
                        "Kvittering til klageren 0",
                        "Frister 2",
                        "Hvem som behandlet saken 0",
                        "Informasjon til dem som skal vite 0",
                        "Fortrolighet 1",
                        "Noe annet 0");
        // Handled and waiting add up to the total; late counts some of each, and says so.
        assertThat(page.select("[data-testid=reported-deviations]").text())
                .contains("Meldte avvik i " + year, "Til sammen 3", "Behandlet 1", "Venter på behandling 2")
                .contains("Ikke behandlet innen fristen 1 Tallet tar med både avvik som venter etter fristen, "
                        + "og avvik som ble behandlet etter fristen.");
        // The board reads the figures, never the reports: no link to a log it would find empty, and no "Avvik" in the
        // menu, but it may report one.
        assertThat(page.select("[data-testid=reported-deviations] a")).isEmpty();
        assertThat(page.select("[data-testid=board-only]").text())
                .isEqualTo("Styret ser tallene, og daglig leder leser avvikene.");
        assertThat(page.select("header nav a").eachText())
                .contains("Meld avvik")
                .doesNotContain("Avvik");
        assertThat(page.select("form[data-testid=downloads]").attr("action")).isEqualTo("/styret/eksport");
        assertThat(page.select("form[data-testid=downloads] button").eachAttr("value"))
                .containsExactly("pdf", "xlsx", "csv");
    }

    @Test
    void the_managing_director_is_led_from_the_figures_to_the_reports() throws Exception {
        givenTheYearsFigures();
        given(routing.deviationCounts(year))
                .willReturn(new RoutingServiceClient.DeviationCounts(year, Map.of("DEADLINE", 6L), 6, 2, 3));
        var director = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_managing-director"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        var page = Jsoup.parse(mvc.perform(get("/styret").with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=reported-deviations]").text())
                .contains("Til sammen 6", "Behandlet 2", "Venter på behandling 4", "Ikke behandlet innen fristen 3");
        assertThat(page.select("[data-testid=reported-deviations] a").eachText())
                .containsExactly("Se avvikene");
        assertThat(page.select("[data-testid=reported-deviations] a").attr("href"))
                .isEqualTo("/avvik?ar=" + year);
        assertThat(page.select("[data-testid=board-only]")).isEmpty();
        assertThat(page.select("header nav a").eachText()).contains("Avvik", "Meld avvik");
    }

    @Test
    void a_handler_may_not_open_it() throws Exception {
        var handler = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_handler"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
        assertThat(mvc.perform(get("/styret").with(handler))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void the_reported_deviations_are_said_to_be_missing_when_routing_does_not_answer_and_the_rest_shows()
            throws Exception {
        givenTheYearsFigures();
        given(routing.deviationCounts(year)).willThrow(new ResourceAccessException("Connection refused"));

        var response = mvc.perform(get("/styret").with(board())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("[data-testid=reported-deviations]").text())
                .contains("Meldte avvik i " + year, "Tallene for meldte avvik kan ikke vises akkurat nå.");
        assertThat(page.select("[data-testid=reported-deviations] table")).isEmpty();
        assertThat(page.select("[data-testid=key-figures]").text()).contains("7 (4 i " + (year - 1) + ")");
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .OidcLoginRequestPostProcessor
            board() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_board"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
    }

    /** Reporting's figures for this year and the last. */
    private void givenTheYearsFigures() {
        var counts = new ReportingServiceClient.Counts(
                year,
                7,
                Map.of("COMPLAINT", 6L, "WHISTLEBLOWING", 1L),
                Map.of("FOLLOW_UP", 5L, "HARASSMENT", 2L),
                Map.of(),
                Map.of(),
                Map.of("FOLLOW_UP", "Oppfølging og veiledning", "HARASSMENT", "Trakassering"));
        var before = new ReportingServiceClient.Counts(
                year - 1, 4, Map.of("COMPLAINT", 4L), Map.of("FOLLOW_UP", 4L), Map.of(), Map.of(), Map.of());
        List<ReportingServiceClient.Month> months = new java.util.ArrayList<>();
        for (int m = 1; m <= 12; m++)
            months.add(new ReportingServiceClient.Month(m, m == 3 ? 6 : 0, m == 3 ? 1 : 0, 0, 0));
        given(reporting.dashboard(year))
                .willReturn(new ReportingServiceClient.Dashboard(
                        year,
                        counts,
                        before,
                        new ReportingServiceClient.Handling(
                                year, 7, 5, 2, 8L, 20L, 80L, 1, 1, Map.of("UPHELD", 3L, "NOT_UPHELD", 2L)),
                        new ReportingServiceClient.Handling(year - 1, 4, 4, 0, 12L, 30L, 50L, 0, 2, Map.of()),
                        months,
                        Map.of("Verkstedet", 4L, "-", 3L),
                        2,
                        new ReportingServiceClient.Backlog(
                                3, 40L, Map.of("0-14", 1L, "15-30", 0L, "31-90", 2L, "91+", 0L)),
                        new ReportingServiceClient.Survey(3, true, null, null, null),
                        0,
                        new ReportingServiceClient.LeavingSurvey(6, 5, false, 3.8, 4.2, 80L)));
    }
}
