package no.klagesak.web.tenantadmin;

import static no.klagesak.web.InASession.inASession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.klagesak.web.services.ArchiveOffer;
import no.klagesak.web.services.IntakeClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The tenant admin sees what a closed year's archive extract holds, asks for it, follows its progress and downloads it;
 * others do not reach it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArchivePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext web;

    @MockitoBean
    IntakeClient intake;

    static RequestPostProcessor as(String role) {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_" + role))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
    }

    static ArchiveOffer offer(int year, int cases, ArchiveOffer.Extract... extracts) {
        return new ArchiveOffer(
                List.of(2025, 2024),
                new ArchiveOffer.Summary(year, new ArchiveOffer.Contents(cases, cases * 4, cases * 3, 1, 2), 3),
                List.of(extracts));
    }

    static ArchiveOffer.Extract extract(String state, int done, int total) {
        return new ArchiveOffer.Extract(
                "e-1",
                2025,
                state,
                done,
                total,
                state.equals("DONE") ? 100 : total == 0 ? 0 : 100 * done / total,
                "noark5-fjordvekst-2025.zip",
                state.equals("DONE") ? 25_600_000 : 0,
                Instant.parse("2026-12-07T13:03:00Z"));
    }

    static org.jsoup.nodes.Document page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    @Test
    void the_admin_sees_what_last_years_extract_holds_chooses_another_year_and_finds_the_extracts_of_the_day()
            throws Exception {
        given(intake.archiveOffer(null)).willReturn(Optional.of(offer(2025, 12, extract("DONE", 11, 11))));
        given(intake.archiveOffer(2024)).willReturn(Optional.of(offer(2024, 7)));

        var page = page(mvc, get("/admin/arkiv").with(as("tenant-admin")).with(inASession(web)));
        assertThat(page.select("h1").text()).isEqualTo("Levere til arkivet");
        assertThat(page.select("[data-testid=cases]").text()).isEqualTo("12");
        assertThat(page.select("[data-testid=records]").text()).isEqualTo("48");
        assertThat(page.select("[data-testid=documents]").text()).isEqualTo("36");
        assertThat(page.select("[data-testid=open]").text()).isEqualTo("3");
        assertThat(page.select("select#ar option").eachText()).containsExactly("2025", "2024");
        var make = page.select("form:has([data-testid=make])");
        assertThat(make.attr("method")).isEqualTo("post");
        assertThat(make.attr("action")).isEqualTo("/admin/arkiv/uttrekk");
        assertThat(make.select("input[name=ar]").val()).isEqualTo("2025");
        assertThat(page.select("[data-testid=make]").text()).isEqualTo("Lag arkivuttrekket for 2025");
        assertThat(page.select("[data-testid=recent] a").text())
                .isEqualTo("2025, bestilt 07.12.2026 14:03: klart til nedlasting");
        assertThat(page.select("[data-testid=recent] a").attr("href")).isEqualTo("/admin/arkiv/uttrekk/e-1");
        assertThat(page.select("nav a[href=/admin/arkiv]").text()).isEqualTo("Arkiv");

        var earlier = page(
                mvc,
                get("/admin/arkiv")
                        .param("ar", "2024")
                        .param("lang", "en")
                        .with(as("tenant-admin"))
                        .with(inASession(web)));
        assertThat(earlier.select("[data-testid=cases]").text()).isEqualTo("7");
        assertThat(earlier.select("[data-testid=make]").text()).isEqualTo("Make the archive extract for 2024");
        assertThat(earlier.select("[data-testid=recent]")).isEmpty();
    }

    @Test
    void a_year_not_on_offer_is_said_so_and_asking_for_it_goes_back_to_the_page() throws Exception {
        given(intake.archiveOffer(null)).willReturn(Optional.of(offer(2025, 12)));
        given(intake.archiveOffer(2026)).willReturn(Optional.empty());
        given(intake.startArchiveExtract(2026)).willReturn(Optional.empty());

        var page = page(
                mvc,
                get("/admin/arkiv").param("ar", "2026").with(as("tenant-admin")).with(inASession(web)));
        assertThat(page.select("[data-testid=unknown-year]").text())
                .startsWith("Det er ikke noe uttrekk for det året.");
        var asked = mvc.perform(post("/admin/arkiv/uttrekk")
                        .param("ar", "2026")
                        .with(as("tenant-admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(asked.getRedirectedUrl()).isEqualTo("/admin/arkiv?ar=2026");
        var nonsense = mvc.perform(post("/admin/arkiv/uttrekk")
                        .param("ar", "tjuetjuefem")
                        .with(as("tenant-admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(nonsense.getRedirectedUrl()).isEqualTo("/admin/arkiv?ar=");
    }

    @Test
    void a_year_in_which_no_case_ended_offers_nothing_to_make() throws Exception {
        given(intake.archiveOffer(null)).willReturn(Optional.of(offer(2025, 0)));

        var page = page(mvc, get("/admin/arkiv").with(as("tenant-admin")).with(inASession(web)));
        assertThat(page.select("[data-testid=nothing]").text())
                .isEqualTo("Ingen saker ble avsluttet i 2025, så det er ikke noe å levere for det året.");
        assertThat(page.select("[data-testid=make]")).isEmpty();
    }

    @Test
    void the_admin_asks_follows_the_progress_in_words_and_downloads_the_zip_when_it_is_ready() throws Exception {
        given(intake.startArchiveExtract(2025)).willReturn(Optional.of(extract("QUEUED", 0, 0)));
        var asked = mvc.perform(post("/admin/arkiv/uttrekk")
                        .param("ar", "2025")
                        .with(as("tenant-admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(asked.getRedirectedUrl()).isEqualTo("/admin/arkiv/uttrekk/e-1");

        given(intake.archiveExtract("e-1")).willReturn(Optional.of(extract("QUEUED", 0, 0)));
        var waiting = page(
                mvc, get("/admin/arkiv/uttrekk/e-1").with(as("tenant-admin")).with(inASession(web)));
        assertThat(waiting.select("h1").text()).isEqualTo("Arkivuttrekk for 2025");
        assertThat(waiting.select("[data-testid=export-status]").text()).isEqualTo("Venter på å starte.");
        assertThat(waiting.select("#export-file").hasAttr("hidden")).isTrue();

        given(intake.archiveExtract("e-1")).willReturn(Optional.of(extract("WORKING", 3, 11)));
        var working = page(
                mvc, get("/admin/arkiv/uttrekk/e-1").with(as("tenant-admin")).with(inASession(web)));
        assertThat(working.select("[data-testid=export-status]").text()).isEqualTo("Har laget 3 av 10 dokumenter.");
        assertThat(working.select("progress").attr("value")).isEqualTo("27");
        assertThat(working.select("#export-refresh a").attr("href")).isEqualTo("/admin/arkiv/uttrekk/e-1");
        assertThat(mvc.perform(get("/admin/arkiv/uttrekk/e-1/fil").with(as("tenant-admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);

        given(intake.archiveExtract("e-1")).willReturn(Optional.of(extract("WORKING", 10, 11)));
        String describing = mvc.perform(get("/admin/arkiv/uttrekk/e-1/status")
                        .param("lang", "en")
                        .with(as("tenant-admin"))
                        .with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(describing).contains("Writing the journals and the description of the extract.");

        given(intake.archiveExtract("e-1")).willReturn(Optional.of(extract("DONE", 11, 11)));
        given(intake.archiveExtractFile("e-1"))
                .willReturn(Optional.of(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4})));
        var done = page(
                mvc, get("/admin/arkiv/uttrekk/e-1").with(as("tenant-admin")).with(inASession(web)));
        assertThat(done.select("[data-testid=export-status]").text())
                .isEqualTo("Uttrekket er klart: noark5-fjordvekst-2025.zip (25,6 MB).");
        assertThat(done.select("#export-file").hasAttr("hidden")).isFalse();
        assertThat(done.select("[data-testid=export-file]").attr("href")).isEqualTo("/admin/arkiv/uttrekk/e-1/fil");

        var started = mvc.perform(get("/admin/arkiv/uttrekk/e-1/fil").with(as("tenant-admin")))
                .andReturn();
        var download = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/zip");
        assertThat(download.getHeader("Content-Disposition")).contains("noark5-fjordvekst-2025.zip");
        assertThat(download.getContentAsByteArray()).startsWith('P', 'K');
    }

    @Test
    void an_extract_that_failed_says_so_and_one_forgotten_is_not_found() throws Exception {
        given(intake.archiveExtract("e-1")).willReturn(Optional.of(extract("FAILED", 3, 11)));
        var failed = page(
                mvc, get("/admin/arkiv/uttrekk/e-1").with(as("tenant-admin")).with(inASession(web)));
        assertThat(failed.select("[data-testid=export-status]").text()).startsWith("Uttrekket kunne ikke lages.");
        assertThat(failed.select("#export-refresh")).isEmpty();

        given(intake.archiveExtract("gone")).willReturn(Optional.empty());
        assertThat(mvc.perform(get("/admin/arkiv/uttrekk/gone").with(as("tenant-admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void an_extract_holding_content_erased_since_is_not_given_and_the_page_offers_to_make_it_again() throws Exception {
        given(intake.archiveExtract("e-1")).willReturn(Optional.of(extract("DONE", 11, 11)));
        given(intake.archiveExtractFile("e-1"))
                .willThrow(org.springframework.web.client.HttpClientErrorException.create(
                        org.springframework.http.HttpStatus.GONE, "Gone", null, null, null));

        var refused = mvc.perform(get("/admin/arkiv/uttrekk/e-1/fil").with(as("tenant-admin")))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(303);
        assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/arkiv/uttrekk/e-1?slettet");

        var page = page(
                mvc,
                get("/admin/arkiv/uttrekk/e-1")
                        .param("slettet", "")
                        .with(as("tenant-admin"))
                        .with(inASession(web)));
        assertThat(page.select("[data-testid=erased-since]").text())
                .startsWith("Innholdet i en av sakene er slettet etter at uttrekket ble laget");
        assertThat(page.select("[data-testid=erased-since] form").attr("action"))
                .isEqualTo("/admin/arkiv/uttrekk");
        assertThat(page.select("#export-file").hasAttr("hidden")).isTrue();
    }

    @Test
    void a_handler_reaches_neither_the_page_nor_an_extract() throws Exception {
        for (var request : List.of(
                get("/admin/arkiv"),
                get("/admin/arkiv/uttrekk/e-1"),
                get("/admin/arkiv/uttrekk/e-1/status"),
                get("/admin/arkiv/uttrekk/e-1/fil"),
                post("/admin/arkiv/uttrekk").param("ar", "2025").with(csrf()))) {
            assertThat(mvc.perform(request.with(as("handler")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
    }
}
