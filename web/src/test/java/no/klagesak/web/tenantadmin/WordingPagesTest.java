package no.klagesak.web.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The tenant admin words the notices: from the standard wording, with a preview, saved as their own. */
@SpringBootTest
@AutoConfigureMockMvc
class WordingPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TenantServiceClient tenants;

    @MockitoBean
    RoutingServiceClient routing;

    @MockitoBean
    NotificationServiceClient notifications;

    private final Routine routine = Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS.routine("Fjordvekst AS", "henrik");
    private final TenantServiceClient.TenantView tenant = new TenantServiceClient.TenantView(
            "fjordvekst",
            "Fjordvekst AS",
            true,
            3,
            "ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS",
            new RoutineVersion(2, Instant.parse("2026-11-01T10:00:00Z"), "admin", List.of("verneombud"), routine),
            List.of(),
            new Organisation(List.of(), List.of(), "dagny", List.of(), ""));

    private static OidcLoginRequestPostProcessor admin() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_tenant-admin"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
    }

    @BeforeEach
    void tenant() {
        given(tenants.tenant("fjordvekst")).willReturn(tenant);
        given(notifications.wording("ACKNOWLEDGEMENT", "nb"))
                .willReturn(new NotificationServiceClient.Wording(
                        "ACKNOWLEDGEMENT",
                        "nb",
                        "Vi har fått klagen din ({{reference}})",
                        "Du får svar innen {{deadline}}.",
                        false,
                        "COMPLAINANT",
                        List.of("deadline", "reference")));
    }

    @Test
    void every_notice_and_language_is_listed_with_whether_the_wording_is_standard() throws Exception {
        String page = mvc.perform(get("/admin/tekster").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Tekstene i e-post og brev", "Kvittering til klageren", "Fristen er passert")
                .contains("Bokmål", "Nynorsk", "English", "Standard", "/admin/tekster/ACKNOWLEDGEMENT/nn");
    }

    @Test
    void a_draft_is_previewed_with_sample_data_and_its_readability_before_anything_is_saved() throws Exception {
        given(notifications.preview(eq("ACKNOWLEDGEMENT"), eq("nb"), any(), any()))
                .willReturn(new NotificationServiceClient.Preview(
                        "Takk for klagen (FJV-2026-0042)", "Du får svar innen 09.12.2026.", 22.4, null));

        String page = mvc.perform(post("/admin/tekster/ACKNOWLEDGEMENT/nb")
                        .with(admin())
                        .with(csrf())
                        .param("action", "preview")
                        .param("subject", "Takk for klagen ({{saksnummer}})")
                        .param("text", "Du får svar innen {{frist}}."))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Slik blir meldingen, med eksempeldata", "Takk for klagen (FJV-2026-0042)")
                .contains("Lesbarhet (LIX): 22. Lett å lese.")
                .contains("Verdier du kan bruke: frist, saksnummer.");
        then(tenants).should(never()).changeRoutine(any(), any(), anyList());
        // The preview is asked for under the names the notification service fills in.
        then(notifications)
                .should()
                .preview("ACKNOWLEDGEMENT", "nb", "Takk for klagen ({{reference}})", "Du får svar innen {{deadline}}.");
    }

    @Test
    void saving_keeps_the_rest_of_the_routine_and_adds_the_wording() throws Exception {
        given(notifications.preview(eq("ACKNOWLEDGEMENT"), eq("nb"), any(), any()))
                .willReturn(new NotificationServiceClient.Preview("Takk", "Tekst", 20.0, null));
        given(tenants.changeRoutine(eq("fjordvekst"), any(), anyList())).willReturn(tenant);

        var result = mvc.perform(post("/admin/tekster/ACKNOWLEDGEMENT/nb")
                        .with(admin())
                        .with(csrf())
                        .param("action", "save")
                        .param("subject", "Takk for klagen ({{saksnummer}})")
                        .param("text", "Du får svar innen {{frist}}{{#varsel}} om varselet{{/varsel}}."))
                .andReturn()
                .getResponse();

        assertThat(result.getRedirectedUrl()).isEqualTo("/admin/tekster");
        ArgumentCaptor<Routine> saved = ArgumentCaptor.forClass(Routine.class);
        then(tenants).should().changeRoutine(eq("fjordvekst"), saved.capture(), eq(List.of("verneombud")));
        assertThat(saved.getValue().presentation().wording("ACKNOWLEDGEMENT", "nb"))
                .hasValueSatisfying(w -> {
                    assertThat(w.subject()).isEqualTo("Takk for klagen ({{reference}})");
                    assertThat(w.text())
                            .isEqualTo(
                                    "Du får svar innen {{deadline}}{{#whistleblowing}} om varselet{{/whistleblowing}}.");
                });
        assertThat(saved.getValue().deadlines()).isEqualTo(routine.deadlines());
    }

    @Test
    void broken_wording_is_not_saved_and_the_page_says_why() throws Exception {
        given(notifications.preview(eq("ACKNOWLEDGEMENT"), eq("nb"), any(), any()))
                .willReturn(new NotificationServiceClient.Preview(null, null, null, "Section close tag missing"));

        String page = mvc.perform(post("/admin/tekster/ACKNOWLEDGEMENT/nb")
                        .with(admin())
                        .with(csrf())
                        .param("action", "save")
                        .param("subject", "Takk")
                        .param("text", "{{#response}}uten slutt"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Teksten kan ikke brukes", "{{#response}}uten slutt");
        then(tenants).should(never()).changeRoutine(any(), any(), anyList());
    }

    @Test
    void the_editor_shows_the_values_under_norwegian_names() throws Exception {
        String page = mvc.perform(get("/admin/tekster/ACKNOWLEDGEMENT/nb").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Vi har fått klagen din ({{saksnummer}})", "Du får svar innen {{frist}}.")
                .doesNotContain("{{reference}}", "{{deadline}}");
    }

    @Test
    void the_extra_languages_are_offered_for_what_complainants_read_and_not_for_staff_notices() throws Exception {
        var p = routine.presentation();
        var withArabic = routine.withPresentation(new Routine.Presentation(
                p.displayName(), p.referencePrefix(), List.of("ar"), p.logoUrl(), p.contactText()));
        given(tenants.tenant("fjordvekst"))
                .willReturn(new TenantServiceClient.TenantView(
                        "fjordvekst",
                        "Fjordvekst AS",
                        true,
                        3,
                        "ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS",
                        new RoutineVersion(2, Instant.parse("2026-11-01T10:00:00Z"), "admin", List.of(), withArabic),
                        List.of(),
                        new Organisation(List.of(), List.of(), "dagny", List.of(), "")));

        String page = mvc.perform(get("/admin/tekster").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("/admin/tekster/ACKNOWLEDGEMENT/ar", "/admin/tekster/ASSIGNMENT/nb")
                .doesNotContain("/admin/tekster/ASSIGNMENT/ar")
                .contains("Ansatte leser på bokmål, nynorsk eller engelsk");
        assertThat(mvc.perform(get("/admin/tekster/ASSIGNMENT/ar").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
