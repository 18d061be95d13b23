package no.klagesak.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Routine 004's survey when a participant leaves: staff make a one-time link with its QR code, and the participant
 * answers other questions than after a case, on the same anonymous form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LeavingSurveyPageTest {

    private static final String URL =
            "http://localhost:8080/t/fjordvekst/undersokelse/abcdefghijklmnopqrstuvwxyz012345";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationServiceClient notifications;

    @MockitoBean
    TenantServiceClient tenants;

    @Test
    void a_handler_makes_a_link_in_the_participants_language_and_sees_it_once_with_its_qr_code() throws Exception {
        givenTheRoutineOffersIt(true);
        var start = Jsoup.parse(mvc.perform(get("/undersokelse-ved-avslutning").with(staff("handler")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(start.select("h1").text()).isEqualTo("Undersøkelse når en deltaker slutter");
        assertThat(start.select("main button[type=submit]").text()).isEqualTo("Lag en lenke");
        assertThat(start.select("#language option").eachAttr("value")).startsWith("nb", "nn", "en");
        assertThat(start.select("label[for=language]").text()).isEqualTo("Deltakerens språk");
        assertThat(start.select("[data-testid=handed-out]")).isEmpty();
        assertThat(start.select("nav a[href=/undersokelse-ved-avslutning]").text())
                .isEqualTo("Undersøkelse ved avslutning");

        given(notifications.handOutLeavingSurvey())
                .willReturn(
                        new NotificationServiceClient.HandOut(new NotificationServiceClient.HandedOut(URL, 60), null));
        var made = mvc.perform(post("/undersokelse-ved-avslutning")
                        .param("language", "en")
                        .with(staff("handler"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(made.getStatus()).isEqualTo(200);
        assertThat(made.getHeader("Cache-Control")).isEqualTo("no-store");
        var shown = Jsoup.parse(made.getContentAsString());
        assertThat(shown.select("[data-testid=link]").text()).isEqualTo(URL + "?lang=en");
        assertThat(shown.select("[data-testid=paper]").text())
                .startsWith("You have the right to answer an anonymous survey before you leave.");
        assertThat(shown.select("[data-testid=paper]").parents().first().attr("lang"))
                .isEqualTo("en");
        var qr = shown.select("svg[data-testid=qr]").first();
        assertThat(qr).isNotNull();
        assertThat(qr.attr("role")).isEqualTo("img");
        assertThat(qr.attr("aria-label")).isEqualTo("QR-kode med lenken til undersøkelsen");
        assertThat(qr.select("path").attr("d")).startsWith("M4,4h1v1h-1z");
        assertThat(shown.select("main button[type=submit]").text()).isEqualTo("Lag en lenke til");
        assertThat(shown.select("[data-testid=handed-out]").text()).contains("Lenken virker i 60 dager");
        assertThat(shown.select("#language option[selected]").val()).isEqualTo("en");

        var again = Jsoup.parse(mvc.perform(get("/undersokelse-ved-avslutning").with(staff("handler")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select("[data-testid=handed-out]"))
                .as("the link is shown once, kept nowhere")
                .isEmpty();
    }

    @Test
    void when_notification_refuses_the_page_says_no_link_was_made() throws Exception {
        givenTheRoutineOffersIt(true);
        given(notifications.handOutLeavingSurvey())
                .willReturn(new NotificationServiceClient.HandOut(null, NotificationServiceClient.NoLink.NOT_OFFERED));
        var refused = mvc.perform(post("/undersokelse-ved-avslutning")
                        .with(staff("handler"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("[role=alert]").text()).isEqualTo("Ingen lenke ble laget.");
        assertThat(page.select("[data-testid=handed-out]")).isEmpty();
    }

    @Test
    void past_the_days_thirty_links_the_page_says_so_and_offers_the_form_again() throws Exception {
        givenTheRoutineOffersIt(true);
        given(notifications.handOutLeavingSurvey())
                .willReturn(
                        new NotificationServiceClient.HandOut(null, NotificationServiceClient.NoLink.TOO_MANY_TODAY));
        var refused = mvc.perform(post("/undersokelse-ved-avslutning")
                        .with(staff("handler"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("[role=alert]").text())
                .isEqualTo("Ingen lenke ble laget: du har laget 30 lenker i dag. Du kan lage flere i morgen.");
        assertThat(page.select("main button[type=submit]")).isNotEmpty();
    }

    @Test
    void where_the_routine_does_not_offer_it_the_page_says_so_and_makes_nothing() throws Exception {
        givenTheRoutineOffersIt(false);
        var page = Jsoup.parse(mvc.perform(get("/undersokelse-ved-avslutning").with(staff("receiver")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[data-testid=not-offered]").text())
                .isEqualTo(
                        "Rutinen deres tilbyr ikke denne undersøkelsen. Administratoren kan slå den på under «Rutinen».");
        assertThat(page.select("form[action=/undersokelse-ved-avslutning]")).isEmpty();
        then(notifications).should(never()).handOutLeavingSurvey();
    }

    @Test
    void the_board_and_the_admin_may_not_make_links() throws Exception {
        for (String role : List.of("board", "tenant-admin")) {
            assertThat(mvc.perform(get("/undersokelse-ved-avslutning").with(staff(role)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role)
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/undersokelse-ved-avslutning")
                                    .with(staff(role))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role)
                    .isEqualTo(403);
        }
        then(notifications).should(never()).handOutLeavingSurvey();
    }

    @Test
    void the_participant_is_asked_about_their_time_not_about_a_case() throws Exception {
        given(notifications.survey("xyz"))
                .willReturn(Optional.of(new NotificationServiceClient.OpenSurvey("Fjordvekst", "LEAVING")));
        var page = Jsoup.parse(mvc.perform(get("/t/fjordvekst/undersokelse/xyz"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.title()).startsWith("Hvordan har du hatt det hos oss?");
        assertThat(page.select("h1").text()).isEqualTo("Hvordan har du hatt det hos oss?");
        assertThat(page.select("legend").eachText())
                .containsExactly(
                        "Hvor fornøyd er du med tiden din hos oss?",
                        "Følte du at du ble hørt og tatt på alvor?",
                        "Ville du anbefalt oss til andre?");
        assertThat(page.text())
                .contains("Fjordvekst kan ikke se hvem som svarte")
                .doesNotContain("behandling");

        given(notifications.answerSurvey("xyz", 3, null, true))
                .willReturn(NotificationServiceClient.Answered.INCOMPLETE);
        var missing = Jsoup.parse(mvc.perform(post("/t/fjordvekst/undersokelse/xyz")
                        .param("satisfied", "3")
                        .param("again", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(missing.select("legend").eachText()).contains("Ville du anbefalt oss til andre?");
        assertThat(missing.select("#again-yes").hasAttr("checked")).isTrue();
    }

    private void givenTheRoutineOffersIt(boolean offered) {
        var base = Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL.routine("Fjordvekst", "p-1");
        var notices = base.notices();
        var routine = base.withNotices(new Routine.Notices(
                notices.directorNotice(),
                notices.writtenComplaintsToReceiversSuperior(),
                notices.escalationOffered(),
                notices.escalationFinal(),
                notices.navCaseworkerOffered(),
                notices.satisfactionSurvey(),
                offered));
        given(tenants.published("fjordvekst"))
                .willReturn(Optional.of(new TenantServiceClient.PublishedTenant(
                        "fjordvekst",
                        "Fjordvekst",
                        1,
                        List.of(new RoutineVersion(1, Instant.now(), "admin", List.of(), routine)))));
    }

    private static RequestPostProcessor staff(String role) {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_" + role))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
    }
}
