package no.klagesak.reporting.statistics.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import no.klagesak.reporting.statistics.Handled;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.support.security.ResourceServerConfiguration;
import no.klagesak.support.test.SliceTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(StatisticsController.class)
@ImportAutoConfiguration(ResourceServerConfiguration.class)
@Import(StatisticsControllerTest.FixedClock.class)
class StatisticsControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Rollups rollups;

    @MockitoBean
    no.klagesak.reporting.statistics.export.TenantNames names;

    @MockitoBean
    no.klagesak.reporting.statistics.export.AnnualReportExport export;

    @MockitoBean
    no.klagesak.reporting.statistics.ExportJobs exports;

    @MockitoBean
    no.klagesak.reporting.statistics.export.ExportWorker worker;

    @MockitoBean
    no.klagesak.reporting.statistics.SurveyAnswers surveys;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void the_statistics_are_the_callers_tenants_for_the_current_year_in_norway() throws Exception {
        var january = new Handled(Instant.parse("2027-01-04T09:00:00Z"), null, null, null, false, false, false);
        given(rollups.in("lysheim", 2027))
                .willReturn(List.of(Rollup.of(
                        "lysheim",
                        YearMonth.of(2027, 1),
                        List.of(january, january, january),
                        Rollup.SurveyTotals.NONE)));

        mvc.perform(get("/api/statistics").with(authentication(SliceTokens.user("lysheim", "lysheim-board", "board"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.byTrack.COMPLAINT").value(3));
    }

    @Test
    void an_absurd_year_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/statistics?year=99").with(authentication(SliceTokens.user("lysheim", "b", "board"))))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(rollups);
    }

    @Test
    void without_a_token_there_are_no_statistics() throws Exception {
        mvc.perform(get("/api/statistics")).andExpect(status().isUnauthorized());
        verifyNoInteractions(rollups);
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            // Already 2027 in Oslo.
            return Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        }
    }
}
