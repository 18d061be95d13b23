package no.klagesak.web.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Optional;
import no.klagesak.web.services.ReportingServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The annual report's file made in the background: the page shows the step reached and, when ready, the file. */
@SpringBootTest
@AutoConfigureMockMvc
class ExportPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportingServiceClient reporting;

    private final org.springframework.test.web.servlet.request.RequestPostProcessor board = oidcLogin()
            .authorities(new SimpleGrantedAuthority("ROLE_board"))
            .idToken(token -> token.claim("organization", List.of("fjordvekst")));

    private static ReportingServiceClient.Export at(String state, int step, int percent) {
        return new ReportingServiceClient.Export("job-1", 2026, "pdf", state, step, 3, percent, "klager-2026.pdf");
    }

    @Test
    void asking_for_a_file_shows_its_progress_and_then_offers_it() throws Exception {
        given(reporting.startExport(2026, "pdf")).willReturn(at("QUEUED", 0, 0));
        var started = mvc.perform(post("/styret/eksport")
                        .param("ar", "2026")
                        .param("format", "pdf")
                        .with(board)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(started.getRedirectedUrl()).isEqualTo("/styret/eksport/job-1");

        given(reporting.export("job-1")).willReturn(Optional.of(at("WORKING", 1, 33)));
        var working = Jsoup.parse(mvc.perform(get("/styret/eksport/job-1").with(board))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(working.select("progress").attr("value")).isEqualTo("33");
        assertThat(working.select("[data-testid=export-status]").text()).isEqualTo("Steg 2 av 3: Tegner diagrammene.");
        assertThat(working.select("#export-file").hasAttr("hidden")).isTrue();
        assertThat(working.select("#export-refresh a").attr("href")).isEqualTo("/styret/eksport/job-1");

        given(reporting.export("job-1")).willReturn(Optional.of(at("DONE", 3, 100)));
        var status = mvc.perform(get("/styret/eksport/job-1/status").with(board))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(status).contains("\"done\":true", "\"percent\":100", "Filen er klar: klager-2026.pdf.");
        var done = Jsoup.parse(mvc.perform(get("/styret/eksport/job-1").with(board))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(done.select("#export-file").hasAttr("hidden")).isFalse();
        assertThat(done.select("#export-refresh")).isEmpty();

        given(reporting.exportFile("job-1")).willReturn(new byte[] {'%', 'P', 'D', 'F'});
        var file = mvc.perform(get("/styret/eksport/job-1/fil").with(board))
                .andReturn()
                .getResponse();
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).contains("klager-2026.pdf");
    }

    @Test
    void an_export_that_is_not_the_users_is_not_found_and_a_file_not_ready_is_not_given() throws Exception {
        given(reporting.export("other")).willReturn(Optional.empty());
        assertThat(mvc.perform(get("/styret/eksport/other").with(board))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        given(reporting.export("job-1")).willReturn(Optional.of(at("WORKING", 2, 67)));
        assertThat(mvc.perform(get("/styret/eksport/job-1/fil").with(board))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }
}
