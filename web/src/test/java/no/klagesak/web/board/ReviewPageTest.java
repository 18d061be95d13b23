package no.klagesak.web.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.klagesak.web.services.ReportingServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Routine 001's yearly review: this year against last, deviations, escalation rate, improvements; managers only. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportingServiceClient reporting;

    @MockitoBean
    RoutingServiceClient routing;

    @MockitoBean
    TenantServiceClient tenants;

    private final int year = Year.now(ZoneId.of("Europe/Oslo")).getValue();

    @Test
    void the_managing_director_compares_the_years_and_reads_the_improvements_made() throws Exception {
        given(reporting.handling(year))
                .willReturn(new ReportingServiceClient.Handling(year, 10, 8, 2, 9L, 20L, 75L, 2, 1, Map.of()));
        given(reporting.handling(year - 1))
                .willReturn(new ReportingServiceClient.Handling(year - 1, 4, 4, 0, 12L, 15L, 50L, 0, 3, Map.of()));
        given(routing.improvements(year))
                .willReturn(List.of(new RoutingServiceClient.Improvement(
                        "c-1", "FJV-2026-0003", "FOLLOW_UP", LocalDate.of(year, 3, 1), "Faste ukemøter for alle.")));
        given(routing.deviationCounts(year))
                .willReturn(new RoutingServiceClient.DeviationCounts(year, Map.of("LEVEL", 1L, "OTHER", 1L), 2, 2, 0));
        var director = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_managing-director"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        var page = Jsoup.parse(mvc.perform(get("/styret/gjennomgang").with(director))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=compared]").text())
                .contains("Avvik: fristen passert uten begrunnelse 1 3")
                .contains("Andel sendt til ledelsen 20 % 0 %")
                .contains("Besvart innen fristen 75 % 50 %");
        assertThat(page.select("[data-testid=improvements]").text())
                .contains("FJV-2026-0003", "Faste ukemøter for alle.");
        // The deviations reported in the year, beside those the cases show (routine 001).
        assertThat(page.select("[data-testid=reported-deviations]").text())
                .contains("Meldte avvik i " + year, "Hvem som behandlet saken 1", "Frister 0", "Til sammen 2")
                .contains("Behandlet 2", "Venter på behandling 0", "Ikke behandlet innen fristen 0");
        assertThat(page.select("[data-testid=reported-deviations] a").attr("href"))
                .isEqualTo("/avvik?ar=" + year);
        assertThat(page.select("[data-testid=board-only]")).isEmpty();
    }

    @Test
    void the_director_records_the_routine_s_evaluation_and_reads_it_with_the_versions_that_followed() throws Exception {
        given(reporting.handling(org.mockito.ArgumentMatchers.anyInt()))
                .willReturn(new ReportingServiceClient.Handling(year, 0, 0, 0, null, null, null, 0, 0, Map.of()));
        var held = new TenantServiceClient.Evaluation(
                "e-1",
                LocalDate.of(year, 1, 15),
                "Dagny Daglig, Tora Tillitsvalgt",
                "Tora Tillitsvalgt",
                null,
                "Kvitteringene kom for sent.",
                "Kortere frist for kvittering.",
                List.of(3));
        given(tenants.evaluations("fjordvekst"))
                .willReturn(new TenantServiceClient.Evaluations(List.of(held), false, held.heldOn()));

        var page = Jsoup.parse(mvc.perform(get("/styret/gjennomgang").with(director()))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=evaluation]").text())
                .contains("Evaluering 15.01." + year, "Dagny Daglig, Tora Tillitsvalgt", "Kvitteringene kom for sent.")
                .contains("Rutineversjoner etter evalueringen Versjon 3");
        assertThat(page.select("[data-testid=evaluation-due]")).isEmpty();
        String formId =
                page.select("[data-testid=record-evaluation] input[name=id]").val();
        assertThat(formId).hasSizeGreaterThanOrEqualTo(32);

        var saved = mvc.perform(post("/styret/gjennomgang/evaluering")
                        .with(director())
                        .with(csrf())
                        .param("id", formId)
                        .param("heldOn", year + "-12-01")
                        .param("participants", "Dagny Daglig")
                        .param("conclusions", "Rutinen virker."))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/styret/gjennomgang#evalueringer");
        then(tenants)
                .should()
                .recordEvaluation(
                        "fjordvekst",
                        new TenantServiceClient.EvaluationForm(
                                formId,
                                LocalDate.of(year, 12, 1),
                                "Dagny Daglig",
                                null,
                                null,
                                "Rutinen virker.",
                                null));
    }

    @Test
    void a_refused_evaluation_says_what_to_correct_and_keeps_what_was_written() throws Exception {
        given(reporting.handling(org.mockito.ArgumentMatchers.anyInt()))
                .willReturn(new ReportingServiceClient.Handling(year, 0, 0, 0, null, null, null, 0, 0, Map.of()));
        given(tenants.evaluations("fjordvekst")).willReturn(new TenantServiceClient.Evaluations(List.of(), true, null));
        given(tenants.recordEvaluation(
                        org.mockito.ArgumentMatchers.eq("fjordvekst"), org.mockito.ArgumentMatchers.any()))
                .willThrow(new TenantServiceClient.Refused(List.of(
                        new TenantServiceClient.Problem("heldOn", "missing", "Skriv datoen evalueringen ble holdt."),
                        new TenantServiceClient.Problem("participants", "missing", "Skriv hvem som var med."))))
                .willThrow(new org.springframework.web.client.ResourceAccessException("Read timed out"));

        // A date the field cannot read, and no one who took part: both are said at once.
        var posted = mvc.perform(post("/styret/gjennomgang/evaluering")
                        .with(director())
                        .with(csrf())
                        .param("id", "5d1e7c1a-0000-4000-8000-000000000001")
                        .param("heldOn", "1.12." + year)
                        .param("conclusions", "Rutinen virker."))
                .andReturn();
        // Shown at the page's own address, so a reload or a language link keeps what was written; the flash is in the
        // visitor's session, which the session cookie carries to the next request.
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/styret/gjennomgang#record-heading");
        var page = Jsoup.parse(mvc.perform(get("/styret/gjennomgang")
                        .with(director())
                        .cookie(posted.getResponse().getCookies()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".error-summary li").eachText())
                .containsExactly("Skriv en gyldig dato.", "Skriv hvem som var med.");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#evaluation-heldOn", "#evaluation-participants");
        assertThat(page.select("#evaluation-participants").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#evaluation-conclusions").hasAttr("aria-invalid"))
                .isFalse();
        assertThat(page.select("#evaluation-conclusions").text()).isEqualTo("Rutinen virker.");
        assertThat(page.select("#evaluation-heldOn").val()).isEqualTo("1.12." + year);
        assertThat(page.select("[data-testid=evaluation-due]").text()).startsWith("Rutinen er ikke evaluert ennå.");

        // The service does not answer: nothing is lost, and the page says to try again.
        var away = mvc.perform(post("/styret/gjennomgang/evaluering")
                        .with(director())
                        .with(csrf())
                        .param("id", "5d1e7c1a-0000-4000-8000-000000000001")
                        .param("heldOn", year + "-12-01")
                        .param("participants", "Dagny Daglig")
                        .param("conclusions", "Rutinen virker."))
                .andReturn();
        var again = Jsoup.parse(mvc.perform(get("/styret/gjennomgang")
                        .with(director())
                        .cookie(away.getResponse().getCookies()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select(".error-summary li").text())
                .isEqualTo("Evalueringen ble ikke lagret fordi tjenesten ikke svarte. Prøv igjen om litt.");
        assertThat(again.select("#evaluation-participants").text()).isEqualTo("Dagny Daglig");
    }

    @Test
    void management_reads_the_evaluations_but_only_the_director_records_one() throws Exception {
        given(reporting.handling(org.mockito.ArgumentMatchers.anyInt()))
                .willReturn(new ReportingServiceClient.Handling(year, 0, 0, 0, null, null, null, 0, 0, Map.of()));
        given(tenants.evaluations("fjordvekst")).willReturn(new TenantServiceClient.Evaluations(List.of(), true, null));
        var management = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_management"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));

        var page = Jsoup.parse(mvc.perform(get("/styret/gjennomgang").with(management))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=evaluations]")).isNotEmpty();
        assertThat(page.select("[data-testid=record-evaluation]")).isEmpty();
        assertThat(mvc.perform(post("/styret/gjennomgang/evaluering")
                                .with(management)
                                .with(csrf())
                                .param("id", "5d1e7c1a-0000-4000-8000-000000000002"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        then(tenants)
                .should(org.mockito.Mockito.never())
                .recordEvaluation(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .OidcLoginRequestPostProcessor
            director() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_managing-director"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
    }

    @Test
    void the_board_sees_the_figures_but_not_the_review() throws Exception {
        var board = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_board"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
        assertThat(mvc.perform(get("/styret/gjennomgang").with(board))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
