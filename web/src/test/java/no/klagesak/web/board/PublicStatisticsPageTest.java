package no.klagesak.web.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.web.services.ReportingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A tenant's public statistics: no login, small counts as "under 5", reports only as a total. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicStatisticsPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportingServiceClient reporting;

    @MockitoBean
    TenantServiceClient tenants;

    @Test
    void the_page_shows_categories_in_the_readers_language_and_small_counts_in_words() throws Exception {
        given(reporting.published("fjordvekst", 2026))
                .willReturn(Optional.of(new ReportingServiceClient.Published(
                        "Fjordvekst AS",
                        2026,
                        "12",
                        Map.of("FOLLOW_UP", "9", "SAFETY", "<5"),
                        Map.of(
                                "FOLLOW_UP", new Routine.Names("Oppfølging", "Oppfølging", "Follow-up"),
                                "SAFETY", new Routine.Names("Sikkerhet", "Tryggleik", "Safety")),
                        "<5")));

        var page = Jsoup.parse(mvc.perform(get("/t/fjordvekst/statistikk?ar=2026&lang=nn"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Klager til Fjordvekst AS i 2026");
        assertThat(page.select("[data-testid=categories]").text()).contains("Oppfølging 9", "Tryggleik under 5");
        assertThat(page.select("[data-testid=whistleblowing]").text()).contains("under 5");
    }

    @Test
    void a_tenant_that_does_not_publish_answers_404() throws Exception {
        given(reporting.published(org.mockito.ArgumentMatchers.eq("closed"), anyInt()))
                .willReturn(Optional.empty());
        assertThat(mvc.perform(get("/t/closed/statistikk"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
