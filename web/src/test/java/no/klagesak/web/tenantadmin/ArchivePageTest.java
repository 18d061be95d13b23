package no.klagesak.web.tenantadmin;

import static no.klagesak.web.InASession.inASession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The tenant admin sees what a closed year's archive extract holds and downloads it; others do not reach it. */
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

    static ArchiveOffer offer(int year, int cases) {
        return new ArchiveOffer(
                List.of(2025, 2024),
                new ArchiveOffer.Summary(year, new ArchiveOffer.Contents(cases, cases * 4, cases * 3, 1, 2), 3));
    }

    @Test
    void the_admin_sees_what_last_years_extract_holds_and_chooses_another_year() throws Exception {
        given(intake.archiveOffer(null)).willReturn(java.util.Optional.of(offer(2025, 12)));
        given(intake.archiveOffer(2024)).willReturn(java.util.Optional.of(offer(2024, 7)));

        var page = Jsoup.parse(
                mvc.perform(get("/admin/arkiv").with(as("tenant-admin")).with(inASession(web)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Levere til arkivet");
        assertThat(page.select("[data-testid=cases]").text()).isEqualTo("12");
        assertThat(page.select("[data-testid=records]").text()).isEqualTo("48");
        assertThat(page.select("[data-testid=documents]").text()).isEqualTo("36");
        assertThat(page.select("[data-testid=open]").text()).isEqualTo("3");
        assertThat(page.select("select#ar option").eachText()).containsExactly("2025", "2024");
        assertThat(page.select("[data-testid=download]").attr("href")).isEqualTo("/admin/arkiv/uttrekk?ar=2025");
        assertThat(page.select("nav a[href=/admin/arkiv]").text()).isEqualTo("Arkiv");

        var earlier = Jsoup.parse(mvc.perform(get("/admin/arkiv")
                        .param("ar", "2024")
                        .param("lang", "en")
                        .with(as("tenant-admin"))
                        .with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(earlier.select("[data-testid=cases]").text()).isEqualTo("7");
        assertThat(earlier.select("[data-testid=download]").text())
                .isEqualTo("Download the archive extract for 2024 (zip)");
    }

    @Test
    void a_year_not_on_offer_is_said_so_and_never_downloaded() throws Exception {
        given(intake.archiveOffer(null)).willReturn(java.util.Optional.of(offer(2025, 12)));
        given(intake.archiveOffer(2026)).willReturn(java.util.Optional.empty());
        given(intake.archiveExtract(2026)).willReturn(java.util.Optional.empty());

        var page = Jsoup.parse(mvc.perform(get("/admin/arkiv")
                        .param("ar", "2026")
                        .with(as("tenant-admin"))
                        .with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[data-testid=unknown-year]").text())
                .startsWith("Det er ikke noe uttrekk for det året.");
        assertThat(mvc.perform(get("/admin/arkiv/uttrekk").param("ar", "2026").with(as("tenant-admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_year_in_which_no_case_ended_offers_nothing_to_download() throws Exception {
        given(intake.archiveOffer(null)).willReturn(java.util.Optional.of(offer(2025, 0)));
        given(intake.archiveExtract(2025)).willReturn(java.util.Optional.empty());

        var page = Jsoup.parse(
                mvc.perform(get("/admin/arkiv").with(as("tenant-admin")).with(inASession(web)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("[data-testid=nothing]").text())
                .isEqualTo("Ingen saker ble avsluttet i 2025, så det er ikke noe å levere for det året.");
        assertThat(page.select("[data-testid=download]")).isEmpty();
        assertThat(mvc.perform(get("/admin/arkiv/uttrekk").param("ar", "2025").with(as("tenant-admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_admin_downloads_the_zip_and_a_handler_reaches_neither_page_nor_file() throws Exception {
        given(intake.archiveOffer(null)).willReturn(java.util.Optional.of(offer(2025, 12)));
        given(intake.archiveExtract(2025)).willReturn(java.util.Optional.of(new byte[] {'P', 'K', 3, 4}));

        var download = mvc.perform(
                        get("/admin/arkiv/uttrekk").param("ar", "2025").with(as("tenant-admin")))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/zip");
        assertThat(download.getHeader("Content-Disposition")).contains("noark5-fjordvekst-2025.zip");
        assertThat(download.getContentAsByteArray()).startsWith('P', 'K');

        assertThat(mvc.perform(get("/admin/arkiv").with(as("handler")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/arkiv/uttrekk").param("ar", "2025").with(as("handler")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
