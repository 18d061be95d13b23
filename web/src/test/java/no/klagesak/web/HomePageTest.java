package no.klagesak.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TenantServiceClient tenants;

    @Test
    void a_visitor_finds_each_company_s_form_follow_up_and_routine_without_logging_in() throws Exception {
        given(tenants.listed())
                .willReturn(List.of(
                        new TenantServiceClient.ListedTenant("fjordvekst", "Fjordvekst AS"),
                        new TenantServiceClient.ListedTenant("lysheim", "Lysheim Arbeid og Inkludering")));

        var page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

        var companies = page.select("[data-testid=companies] .companies > li");
        assertThat(companies.eachText().stream().map(t -> t.split(" Send")[0]))
                .containsExactly("Fjordvekst AS", "Lysheim Arbeid og Inkludering");
        assertThat(companies.first().select("a").eachAttr("href"))
                .containsExactly("/t/fjordvekst/klage", "/t/fjordvekst/oppfolging", "/t/fjordvekst/rutine");
        assertThat(page.select("a[href=/oauth2/authorization/keycloak]")).hasSize(1);
    }

    @Test
    void without_the_tenant_service_the_start_page_says_the_list_is_missing_and_still_offers_a_login()
            throws Exception {
        given(tenants.listed()).willThrow(new org.springframework.web.client.ResourceAccessException("refused"));

        var page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-testid=companies] [role=status]").text())
                .startsWith("Listen over virksomheter kan ikke vises");
        assertThat(page.select("a[href=/oauth2/authorization/keycloak]")).hasSize(1);
    }

    @Test
    void a_language_link_keeps_the_page_s_own_query_such_as_a_list_s_filters() throws Exception {
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/?vis=lukket&side=2&lang=nn"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("nav.languages a[lang=en]").attr("href")).isEqualTo("?vis=lukket&side=2&lang=en");
        assertThat(page.select("nav.languages a[lang=nb]").attr("href")).isEqualTo("?vis=lukket&side=2&lang=nb");
    }

    @BeforeEach
    void tenantServiceKnowsFjordvekst() {
        given(tenants.published("fjordvekst"))
                .willReturn(Optional.of(
                        new TenantServiceClient.PublishedTenant("fjordvekst", "Fjordvekst AS", 1, List.of())));
    }

    /** ASVS V3.4: a strict policy on every page, the public ones too, and the usual security headers. */
    @Test
    void every_page_has_a_strict_content_security_policy_and_security_headers() throws Exception {
        for (String page : new String[] {"/", "/t/fjordvekst/rutine", "/styret"}) {
            var response = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getHeader("Content-Security-Policy"))
                    .as(page)
                    .contains(
                            "default-src 'self'",
                            "script-src 'self';",
                            "style-src 'self';",
                            "object-src 'none'",
                            "frame-ancestors 'none'",
                            "form-action 'self' http://localhost:8180")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(page).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(page).contains("camera=()");
        }
    }

    /**
     * What browsers and search engines fetch by themselves, without a login: the icon every page links to, robots.txt,
     * and the styles under their content-hashed names, kept a year.
     */
    @Test
    void the_icon_robots_txt_and_the_hashed_styles_are_public_and_styles_are_cached() throws Exception {
        var page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        String icon = page.select("link[rel=icon]").attr("href");
        String styles = page.select("link[rel=stylesheet]").first().attr("href");
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(styles).matches("/css/klagesak-[0-9a-f]{32}\\.css");

        mvc.perform(get(icon)).andExpect(status().isOk());
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Disallow: /saker")));
        var css =
                mvc.perform(get(styles)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(css.getHeader("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void a_visitor_is_offered_a_login_in_bokmaal() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"nb\"")))
                .andExpect(content().string(containsString("/oauth2/authorization/keycloak")))
                .andExpect(content().string(containsString("Logg inn")));
    }

    @Test
    void a_logged_in_user_sees_the_name_of_their_tenant() throws Exception {
        mvc.perform(get("/").with(oidcLogin()
                        .idToken(token -> token.claim("preferred_username", "fjordvekst-handler")
                                .claim("name", "Hanne Leder")
                                .claim("organization", List.of("fjordvekst")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fjordvekst AS")))
                .andExpect(content().string(containsString("Hanne Leder")));
    }

    @Test
    void a_user_in_no_single_organization_is_told_so_and_shown_no_tenant() throws Exception {
        mvc.perform(get("/").with(oidcLogin()
                        .idToken(token ->
                                token.claim("name", "Ola").claim("organization", List.of("fjordvekst", "lysheim")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ikke knyttet til én virksomhet")))
                .andExpect(content().string(not(containsString("Fjordvekst AS"))));
    }

    /** A language not offered, or a value that is no language at all, gives the page in Bokmål, never an error. */
    @Test
    void an_unknown_or_malformed_language_falls_back_to_bokmal() throws Exception {
        for (String lang : List.of("xx", "de", "<script>", "nb_NO_x_y_z_%", "")) {
            var page = mvc.perform(get("/").param("lang", lang))
                    .andExpect(status().isOk())
                    .andReturn();
            assertThat(page.getResponse().getContentAsString())
                    .as("?lang=" + lang)
                    .contains("lang=\"nb\"", "Hopp til hovedinnholdet");
            var cookie = page.getResponse().getCookie("klagesak-lang");
            assertThat(cookie == null ? "nb" : cookie.getValue())
                    .as("remembered")
                    .isIn("nb", "");
        }
        var arabic = mvc.perform(get("/").param("lang", "ar")).andReturn().getResponse();
        assertThat(arabic.getContentAsString()).contains("lang=\"ar\"", "dir=\"rtl\"");
        mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("klagesak-lang", "xx")))
                .andExpect(content().string(containsString("lang=\"nb\"")));
    }

    @Test
    void the_page_speaks_nynorsk_and_english_on_request() throws Exception {
        mvc.perform(get("/?lang=nn")).andExpect(content().string(containsString("hovudinnhaldet")));
        mvc.perform(get("/?lang=en")).andExpect(content().string(containsString("Skip to main content")));
    }

    @Test
    void logging_out_ends_the_keycloak_session_and_comes_back_home() throws Exception {
        mvc.perform(post("/logout")
                        .with(csrf())
                        .with(oidcLogin()
                                .idToken(token ->
                                        token.tokenValue("the-id-token").claim("organization", List.of("fjordvekst")))))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(
                                "Location",
                                containsString(
                                        "http://localhost:8180/realms/klagesak/protocol/openid-connect/logout?")))
                .andExpect(header().string("Location", containsString("id_token_hint=the-id-token")))
                .andExpect(header().string("Location", containsString("post_logout_redirect_uri=http://localhost/")));
    }

    @Test
    void anything_else_requires_login_through_keycloak() throws Exception {
        mvc.perform(get("/cases"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/oauth2/authorization/keycloak")));
    }
}
