package no.klagesak.web.mycomplaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.PublishedTenants;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A complainant's own page: reached through ID-porten, listing what they sent while logged in. */
@SpringBootTest
@AutoConfigureMockMvc
class MyComplaintsPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    @BeforeEach
    void tenant() {
        given(tenants.published("open"))
                .willReturn(Optional.of(PublishedTenants.of("open", Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS)));
    }

    @Test
    void someone_not_logged_in_is_sent_to_id_porten_through_keycloak_with_pkce() throws Exception {
        var page = mvc.perform(get("/t/open/mine-saker")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak?idp=idporten");

        var authorization = mvc.perform(get("/oauth2/authorization/keycloak").param("idp", "idporten"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(authorization).contains("kc_idp_hint=idporten", "code_challenge=", "code_challenge_method=S256");
        // Staff go to Keycloak's own login page, without the hint.
        assertThat(mvc.perform(get("/saker")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/oauth2/authorization/keycloak");
        assertThat(mvc.perform(get("/oauth2/authorization/keycloak"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .doesNotContain("kc_idp_hint");
    }

    @Test
    void a_complainant_logged_in_with_id_porten_sees_what_they_sent_newest_first() throws Exception {
        given(intake.myComplaints("open"))
                .willReturn(List.of(
                        new IntakeClient.MyComplaint(
                                "c-2",
                                "OPN-2026-0009",
                                "COMPLAINT",
                                "FOLLOW_UP",
                                Instant.parse("2026-11-25T09:00:00Z"),
                                "WITHDRAWN",
                                null),
                        new IntakeClient.MyComplaint(
                                "c-1",
                                "OPN-2026-0007",
                                "COMPLAINT",
                                "FOLLOW_UP",
                                Instant.parse("2026-11-20T09:00:00Z"),
                                "WAITING_FOR_YOU",
                                java.time.LocalDate.of(2026, 12, 4))));
        var complainant =
                oidcLogin().idToken(token -> token.claim("idp", "idporten").subject("k-1"));

        var page = Jsoup.parse(mvc.perform(get("/t/open/mine-saker").with(complainant))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=mine] tbody tr").eachText())
                .containsExactly(
                        "OPN-2026-0009 25.11.2026 "
                                + page.select("[data-testid=mine] tbody tr td")
                                        .get(2)
                                        .text() + " Du har trukket klagen",
                        "OPN-2026-0007 20.11.2026 "
                                + page.select("[data-testid=mine] tbody tr td")
                                        .get(6)
                                        .text() + " Venter på svar fra deg Svar innen 04.12.2026");
        assertThat(page.select("[data-testid=new]").attr("href")).isEqualTo("/t/open/mine-saker/klage");
    }

    @Test
    void staff_logged_in_their_own_way_are_told_this_page_is_for_complainants() throws Exception {
        var staff = oidcLogin().idToken(token -> token.claim("organization", List.of("open")));
        var page = Jsoup.parse(mvc.perform(get("/t/open/mine-saker").with(staff))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[data-testid=not-id-porten]").text()).contains("ID-porten");
        assertThat(page.select("[data-testid=mine]")).isEmpty();
    }

    @Test
    void the_logged_in_complainant_opens_a_case_reads_the_answer_and_acts_on_it_without_a_code() throws Exception {
        var answered = new IntakeClient.FollowUpView(
                "OPN-2026-0007",
                "COMPLAINT",
                "FOLLOW_UP",
                false,
                Instant.parse("2026-11-20T09:00:00Z"),
                "ANSWERED",
                null,
                false,
                "UPHELD",
                false,
                true,
                null,
                null,
                java.util.Set.of("ESCALATE"),
                List.of(new IntakeClient.FollowUpMessage(
                        "a-1", "ANSWER", "Vi retter det fra mandag.", Instant.parse("2026-11-27T09:00:00Z"), null)));
        given(intake.myComplaint("open", "c-1")).willReturn(Optional.of(answered));
        var complainant =
                oidcLogin().idToken(token -> token.claim("idp", "idporten").subject("k-1"));

        var page = Jsoup.parse(mvc.perform(get("/t/open/mine-saker/sak/c-1").with(complainant))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=state]").text()).isEqualTo("Besvart");
        assertThat(page.select("[data-testid=answer-text]").text()).isEqualTo("Vi retter det fra mandag.");
        assertThat(page.select("[data-testid=outcome]").text()).isEqualTo("Du fikk medhold");
        assertThat(page.select("main form").eachAttr("action")).containsOnly("/t/open/mine-saker/sak/c-1");
        assertThat(page.select("input[name=code]"))
                .as("no code: the login says whose it is")
                .isEmpty();
        assertThat(page.select("main").text())
                .contains("Be om at ledelsen behandler saken")
                .doesNotContain("Trekk klagen");

        given(intake.myComplaint("open", "c-2")).willReturn(Optional.empty());
        assertThat(mvc.perform(get("/t/open/mine-saker/sak/c-2").with(complainant))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** A logged-in complainant is asked too before a withdrawal, and "no" is a link back to the case. */
    @Test
    void a_logged_in_complainant_is_asked_before_withdrawing_and_nothing_is_sent_until_yes() throws Exception {
        var complainant =
                oidcLogin().idToken(token -> token.claim("idp", "idporten").subject("k-1"));

        var page = Jsoup.parse(mvc.perform(post("/t/open/mine-saker/sak/c-1")
                        .param("action", "WITHDRAWAL")
                        .param("text", "Løst")
                        .with(complainant)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Vil du trekke klagen?");
        assertThat(page.select("[data-testid=withdrawal-reason]").text()).isEqualTo("Løst");
        assertThat(page.select("main form").attr("action")).isEqualTo("/t/open/mine-saker/sak/c-1");
        assertThat(page.select("main form input[name=confirmed]").val()).isEqualTo("true");
        assertThat(page.select("main a:contains(Nei, tilbake til saken)").attr("href"))
                .isEqualTo("/t/open/mine-saker/sak/c-1");
        then(intake).shouldHaveNoInteractions();
    }
}
