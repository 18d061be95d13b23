package no.klagesak.web.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
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
