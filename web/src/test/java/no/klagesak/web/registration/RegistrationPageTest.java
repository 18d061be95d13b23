package no.klagesak.web.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.IntakeClient;
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

/** Staff registration: how the complaint came, who helped, the confirmation, and the written form where required. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    @BeforeEach
    void tenant() {
        // Routine 002: complaints are made in writing; a phone complaint is offered the written form.
        var routine = Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS.routine("Fjordvekst AS", "p-1");
        given(tenants.published("fjordvekst"))
                .willReturn(Optional.of(new TenantServiceClient.PublishedTenant(
                        "fjordvekst",
                        "Fjordvekst AS",
                        1,
                        List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)))));
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        routine.categories().forEach(c -> categories.put(c.code(), c.track().name()));
        given(intake.rules("fjordvekst"))
                .willReturn(Optional.of(new IntakeClient.FormRules(
                        1, false, true, false, false, true, Set.of("PARTICIPANT"), categories, Map.of(), Map.of())));
    }

    private static OidcLoginRequestPostProcessor receiver() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_receiver"))
                .idToken(token -> token.claim("preferred_username", "fjordvekst-receiver")
                        .claim("organization", List.of("fjordvekst")));
    }

    @Test
    void a_receiver_sees_how_it_came_the_confirmation_and_where_the_routine_wants_it_the_written_form()
            throws Exception {
        String page = mvc.perform(get("/registrering").with(receiver()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Registrer en klage for noen", "Muntlig, ansikt til ansikt", "På telefon", "I brev")
                .contains("Hvem hjalp klageren?", "klageren bekrefter at den stemmer")
                .contains("Klageren har fått tilbud om å levere klagen skriftlig")
                .contains("Rutinen deres sier at klager skal leveres skriftlig")
                .contains("Registrer klage</a>")
                .as("the fields speak of the complainant, to the staff member filling them in")
                .contains("Hvem er klageren?", "Hva har skjedd, og hvorfor klager klageren?")
                .doesNotContain("Hvem er du?", "Jeg vil være anonym", "hvorfor klager du?");
    }

    @Test
    void someone_without_a_staff_role_may_not_register() throws Exception {
        var board = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_board"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
        assertThat(mvc.perform(get("/registrering").with(board))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void the_registration_is_sent_with_how_it_came_and_a_refusal_is_said_in_words() throws Exception {
        given(intake.register(anyString(), org.mockito.ArgumentMatchers.any()))
                .willReturn(new IntakeClient.Sent.Refused(Map.of(
                        "staffRegistration.offeredWrittenForm", "required",
                        "staffRegistration.confirmedByComplainant", "required")));

        String page = mvc.perform(post("/registrering")
                        .with(receiver())
                        .with(csrf())
                        .param("submission", "reg-12345678")
                        .param("medium", "PHONE")
                        .param("helpedBy", "Tolk Tove")
                        .param("complainantRole", "PARTICIPANT")
                        .param("subject", "Tema")
                        .param("description", "Det hun sa")
                        .param("name", "Kari"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("error-summary")
                .contains("kryss av når klageren har bekreftet teksten")
                .contains("rutinen krever at klageren får tilbud om å klage skriftlig")
                .contains("value=\"Tolk Tove\"");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(intake).should().register(org.mockito.ArgumentMatchers.eq("reg-12345678"), sent.capture());
        assertThat(sent.getValue().get("staffRegistration"))
                .isEqualTo(Map.of(
                        "medium",
                        "PHONE",
                        "helpedBy",
                        "Tolk Tove",
                        "confirmedByComplainant",
                        false,
                        "offeredWrittenForm",
                        false));
    }

    @Test
    void a_registered_complaint_shows_its_reference() throws Exception {
        given(intake.register(anyString(), org.mockito.ArgumentMatchers.any()))
                .willReturn(new IntakeClient.Sent.Received("FJV-2026-0009", "COMPLAINT", null));

        String page = mvc.perform(post("/registrering")
                        .with(receiver())
                        .with(csrf())
                        .param("medium", "IN_PERSON")
                        .param("confirmedByComplainant", "on"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Klagen er registrert", "FJV-2026-0009");
    }
}
