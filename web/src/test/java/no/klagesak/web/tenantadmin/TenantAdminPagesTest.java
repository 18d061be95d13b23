package no.klagesak.web.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
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
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import no.klagesak.web.services.TenantServiceClient.Problem;
import no.klagesak.web.services.TenantServiceClient.TenantView;
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

/** The tenant admin's pages render from the tenant service's answers and send the admin's changes back to it. */
@SpringBootTest
@AutoConfigureMockMvc
class TenantAdminPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TenantServiceClient tenants;

    @MockitoBean
    RoutingServiceClient routing;

    @MockitoBean
    no.klagesak.web.services.NotificationServiceClient notifications;

    @Test
    void the_admin_sees_the_e_mails_that_were_refused_without_any_address() throws Exception {
        given(notifications.failed())
                .willReturn(List.of(new no.klagesak.web.services.NotificationServiceClient.Delivery(
                        "e-1:ACKNOWLEDGEMENT:complainant",
                        "c-1",
                        "FJV-2026-0007",
                        "ACKNOWLEDGEMENT",
                        "complainant",
                        "FAILED",
                        1,
                        Instant.parse("2026-11-25T09:00:00Z"),
                        null,
                        "550 5.1.1 no such user",
                        "EMAIL")));

        String page = mvc.perform(get("/admin/varsler").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("E-post som ikke kom fram", "FJV-2026-0007", "Kvittering til klageren", "klageren")
                .contains("25.11.2026 10:00")
                .doesNotContain("550");
    }

    private static final Organisation ORGANISATION = new Organisation(
            List.of(
                    new Organisation.Unit("root", "Fjordvekst AS", null, "dagny"),
                    new Organisation.Unit("shop", "Verkstedet", "root", "henrik")),
            List.of(
                    new Organisation.Person(
                            "dagny", "Dagny Daglig", "d@f.example", null, "Daglig leder", "root", null, true),
                    new Organisation.Person(
                            "henrik", "Henrik Håndterer", "h@f.example", "henrik", null, "shop", "dagny", true),
                    new Organisation.Person(
                            "rune", "Rune Sluttet", "r@f.example", null, null, "shop", "henrik", false)),
            "dagny",
            List.of("dagny"),
            "");

    private final Routine routine = Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS.routine("Fjordvekst AS", "henrik");
    private final TenantView tenant = new TenantView(
            "fjordvekst",
            "Fjordvekst AS",
            true,
            3,
            "ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS",
            new RoutineVersion(2, Instant.parse("2026-11-01T10:00:00Z"), "admin", List.of(), routine),
            List.of(new RoutineVersion(2, Instant.parse("2026-11-01T10:00:00Z"), "admin", List.of(), routine)),
            ORGANISATION);

    private static OidcLoginRequestPostProcessor admin() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_tenant-admin"))
                .idToken(token -> token.claim("preferred_username", "fjordvekst-admin")
                        .claim("organization", List.of("fjordvekst")));
    }

    @BeforeEach
    void tenantService() {
        given(tenants.tenant("fjordvekst")).willReturn(tenant);
    }

    @Test
    void the_routine_page_shows_a_plain_summary_and_says_a_change_applies_to_new_complaints_only() throws Exception {
        String page = mvc.perform(get("/admin/rutine").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Klager behandles innen 2 uker.", "Anonyme klager tas imot.")
                .contains("Gjeldende versjon: 2.")
                .contains("/t/fjordvekst/rutine")
                .contains("gjelder klager som kommer inn etter det");
    }

    @Test
    void saving_the_form_sends_the_whole_routine_with_the_changed_deadline() throws Exception {
        given(tenants.changeRoutine(eq("fjordvekst"), any(), anyList())).willReturn(tenant);

        var response = mvc.perform(post("/admin/rutine")
                        .with(admin())
                        .with(csrf())
                        .param("complainantTypes", "PARTICIPANT", "EMPLOYEE")
                        .param("anonymousAllowed", "on")
                        .param("defaultReceiver.kind", "PERSON")
                        .param("defaultReceiver.person", "henrik")
                        .param("complaint.acknowledgement.amount", "3")
                        .param("complaint.acknowledgement.unit", "WORKING_DAYS")
                        .param("complaint.handling.amount", "21")
                        .param("complaint.handling.unit", "DAYS")
                        .param("complaint.remindDaysBefore", "5, 2")
                        .param("whistleblowing.acknowledgement.amount", "7")
                        .param("whistleblowing.acknowledgement.unit", "DAYS")
                        .param("whistleblowing.handling.amount", "3")
                        .param("whistleblowing.handling.unit", "MONTHS")
                        .param("whistleblowing.remindDaysBefore", "")
                        .param("directorNotice", "DAILY_DIGEST")
                        .param("reporterIdentity", "RECEIVERS")
                        .param("displayName", "Fjordvekst AS")
                        .param("retention.complaintYears", "5")
                        .param("retention.whistleblowingYears", "10")
                        .param("retired.OTHER", "on")
                        .param("agreedWith", "verneombud Vera, tillitsvalgt Tor"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        var sent = ArgumentCaptor.forClass(Routine.class);
        then(tenants)
                .should()
                .changeRoutine(eq("fjordvekst"), sent.capture(), eq(List.of("verneombud Vera", "tillitsvalgt Tor")));
        Routine routine = sent.getValue();
        assertThat(routine.deadlines().complaint().handling()).isEqualTo(new Routine.Span(21, Routine.SpanUnit.DAYS));
        assertThat(routine.deadlines().complaint().remindDaysBefore()).containsExactly(5, 2);
        assertThat(routine.who().anonymousAllowed()).isTrue();
        assertThat(routine.who().nameRequired()).isFalse();
        assertThat(routine.notices().directorNotice()).isEqualTo(Routine.DirectorNotice.DAILY_DIGEST);
        assertThat(routine.receivers().reporterIdentity()).isEqualTo(Routine.ReporterIdentity.RECEIVERS);
        assertThat(routine.category("OTHER").orElseThrow().retired()).isTrue();
        assertThat(routine.category("FOLLOW_UP").orElseThrow().retired()).isFalse();
    }

    @Test
    void a_refused_routine_is_shown_again_with_the_problems_and_a_field_that_is_no_number_never_leaves_the_web()
            throws Exception {
        given(tenants.changeRoutine(eq("fjordvekst"), any(), anyList()))
                .willThrow(new TenantServiceClient.Refused(List.of(new Problem(
                        "deadlines.complaint.remindDaysBefore",
                        "reminder-outside-deadline",
                        "En påminnelse 30 dager før fristen faller utenfor."))));

        String refused = mvc.perform(post("/admin/rutine")
                        .with(admin())
                        .with(csrf())
                        .params(minimalForm("14"))
                        .param("complaint.remindDaysBefore", "30"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String notANumber = mvc.perform(
                        post("/admin/rutine").with(admin()).with(csrf()).params(minimalForm("fjorten")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused).contains("error-summary", "En påminnelse 30 dager før fristen faller utenfor.");
        assertThat(notANumber).contains("«fjorten» er ikke et helt tall");
        then(tenants).should(org.mockito.Mockito.times(1)).changeRoutine(any(), any(), anyList());
    }

    @Test
    void the_organisation_is_a_tree_with_those_who_left_apart_and_an_import_is_previewed_first() throws Exception {
        given(routing.openCasesOf("rune"))
                .willReturn(List.of(new RoutingServiceClient.CaseLine(
                        "c-1",
                        "2026-00012",
                        "FOLLOW_UP",
                        "rune",
                        java.time.LocalDate.of(2026, 12, 9),
                        null,
                        null,
                        null,
                        null,
                        null)));
        String page = mvc.perform(get("/admin/organisasjon").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Verkstedet", "Henrik Håndterer", "Har sluttet", "Rune Sluttet", "Daglig leder: Dagny Daglig");

        given(tenants.previewImport("fjordvekst", "navn;epost;enhet\n", "UPDATE"))
                .willReturn(new TenantServiceClient.ImportPreview(
                        ORGANISATION, List.of(new Problem("rad 2", "import", "Rad 2: Mangler «epost».")), List.of()));
        String preview = mvc.perform(post("/admin/organisasjon/import")
                        .with(admin())
                        .with(csrf())
                        .param("csv", "navn;epost;enhet\n"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("Rad 2: Mangler «epost».", "Ingenting er endret.")
                .doesNotContain("/bekreft");
    }

    /** The preview says who is new, who changes, and who gets a login and an invitation when the file is imported. */
    @Test
    void the_preview_names_who_is_new_who_changes_and_who_is_invited() throws Exception {
        var people = new java.util.ArrayList<>(ORGANISATION.people().stream()
                .map(p -> p.id().equals("dagny") ? p.withRoles(List.of("tenant-admin")) : p)
                .toList());
        people.add(new Organisation.Person(
                "p-sigrid", "Sigrid Sø", "sigrid@f.example", "sigrid@f.example", null, "shop", "henrik", true));
        given(tenants.previewImport(eq("fjordvekst"), any(), eq("UPDATE")))
                .willReturn(
                        new TenantServiceClient.ImportPreview(ORGANISATION.withPeople(people), List.of(), List.of()));
        String preview = mvc.perform(post("/admin/organisasjon/import")
                        .with(admin())
                        .with(csrf())
                        .param("csv", "navn;epost;enhet\nSigrid Sø;sigrid@f.example;Verkstedet\n"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains("Nye i organisasjonen", "Endres (navn", "Får innlogging og en invitasjon");
        assertThat(preview.substring(
                        preview.indexOf("data-testid=\"added\""), preview.indexOf("data-testid=\"changed\"")))
                .contains("Sigrid Sø")
                .doesNotContain("Dagny");
        assertThat(preview.substring(
                        preview.indexOf("data-testid=\"changed\""), preview.indexOf("data-testid=\"invited\"")))
                .contains("Dagny Daglig")
                .doesNotContain("Sigrid");
    }

    @Test
    void replacing_the_whole_organisation_is_a_choice_and_the_preview_names_who_will_have_left() throws Exception {
        assertThat(mvc.perform(get("/admin/organisasjon").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Legg til og oppdater dem som står i fila", "Erstatt hele organisasjonen");
        given(tenants.previewImport("fjordvekst", "navn;epost;enhet\n", "REPLACE"))
                .willReturn(new TenantServiceClient.ImportPreview(ORGANISATION, List.of(), List.of("Rune Sluttet")));

        String preview = mvc.perform(post("/admin/organisasjon/import")
                        .with(admin())
                        .with(csrf())
                        .param("csv", "navn;epost;enhet\n")
                        .param("mode", "REPLACE"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(preview)
                .contains("Disse står ikke i fila, og registreres som sluttet", "Rune Sluttet")
                .contains("name=\"mode\" value=\"REPLACE\"");
    }

    @Test
    void a_person_is_edited_and_the_roles_are_named_in_the_organisation_sent_back() throws Exception {
        assertThat(mvc.perform(get("/admin/organisasjon/personer/henrik").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Endre Henrik Håndterer", "value=\"h@f.example\"");

        mvc.perform(post("/admin/organisasjon/personer/henrik")
                .with(admin())
                .with(csrf())
                .param("name", "Henrik Håndterer")
                .param("email", "henrik@f.example")
                .param("unitId", "root")
                .param("lineManagerId", "dagny"));
        mvc.perform(post("/admin/organisasjon/roller")
                .with(admin())
                .with(csrf())
                .param("managingDirector", "dagny")
                .param("managementGroup", "dagny", "henrik")
                .param("boardContact", ""));

        var sent = ArgumentCaptor.forClass(Organisation.class);
        then(tenants).should(org.mockito.Mockito.times(2)).changeOrganisation(eq("fjordvekst"), sent.capture());
        var henrik = sent.getAllValues().getFirst().person("henrik").orElseThrow();
        assertThat(henrik.email()).isEqualTo("henrik@f.example");
        assertThat(henrik.unitId()).isEqualTo("root");
        assertThat(sent.getAllValues().getLast().managementGroup()).containsExactly("dagny", "henrik");
    }

    /** A person added to log in gets their e-mail as user name, and the roles the admin ticked; no others. */
    @Test
    void a_person_added_to_log_in_gets_the_email_as_user_name_and_the_roles_ticked() throws Exception {
        assertThat(mvc.perform(get("/admin/organisasjon").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Skal logge inn i Klagesak", "Administrator: rutinen", "Styremedlem: ser styrets tall")
                .as("the set-up checklist says what is still missing")
                .contains("Før virksomheten er klar");

        mvc.perform(post("/admin/organisasjon/personer")
                .with(admin())
                .with(csrf())
                .param("name", "Siri Styre")
                .param("email", "Siri@F.example")
                .param("login", "true")
                .param("roles", "board", "tenant-admin", "platform-operator")
                .param("unitId", "root"));

        var sent = ArgumentCaptor.forClass(Organisation.class);
        then(tenants).should().changeOrganisation(eq("fjordvekst"), sent.capture());
        var siri = sent.getValue().people().getLast();
        assertThat(siri.username()).isEqualTo("siri@f.example");
        assertThat(siri.roles()).containsExactly("board", "tenant-admin");
    }

    /** The person's page says whether they have made a password, and sends the invitation again. */
    @Test
    void a_person_who_has_not_made_a_password_is_invited_again_from_their_page() throws Exception {
        given(tenants.logins("fjordvekst"))
                .willReturn(java.util.Map.of("henrik", new TenantServiceClient.LoginStatus(true, true, false)));
        String page = mvc.perform(get("/admin/organisasjon/personer/henrik").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("har ikke laget passord ennå", "/admin/organisasjon/personer/henrik/invitasjon");

        given(tenants.inviteAgain("fjordvekst", "henrik")).willReturn(true);
        var sent = mvc.perform(post("/admin/organisasjon/personer/henrik/invitasjon")
                        .with(admin())
                        .with(csrf()))
                .andReturn();
        assertThat(sent.getFlashMap().get("notice")).isEqualTo("Invitasjonen er sendt på nytt.");
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/admin/organisasjon/personer/henrik");

        // With the company's own login for his domain, he needs no password here, and none is offered.
        given(tenants.companyLogin("fjordvekst"))
                .willReturn(java.util.Optional.of(
                        new TenantServiceClient.CompanyLogin("OIDC", "https://idp.example", "c", null, "f.example")));
        assertThat(mvc.perform(get("/admin/organisasjon/personer/henrik").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Logger inn med jobbkontoen")
                .doesNotContain("/admin/organisasjon/personer/henrik/invitasjon");
    }

    /**
     * The company's own login: the page says what to register at the provider, a refusal names each problem, and
     * disconnecting needs a tick.
     */
    @Test
    void the_company_login_is_connected_with_every_problem_named_and_disconnected_only_when_confirmed()
            throws Exception {
        given(tenants.companyLogin("fjordvekst")).willReturn(java.util.Optional.empty());
        assertThat(mvc.perform(get("/admin/innlogging").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Ikke koblet til", "/realms/klagesak/broker/company-fjordvekst/endpoint");

        org.mockito.BDDMockito.willThrow(new TenantServiceClient.Refused(List.of(new TenantServiceClient.Problem(
                        "domain", "invalid", "Oppgi e-postdomenet til de ansatte, for eksempel fjordvekst.no."))))
                .given(tenants)
                .connectCompanyLogin(eq("fjordvekst"), org.mockito.ArgumentMatchers.any());
        assertThat(mvc.perform(post("/admin/innlogging")
                                .with(admin())
                                .with(csrf())
                                .param("kind", "OIDC")
                                .param("issuer", "https://login.fjordvekst.no")
                                .param("clientId", "klagesak")
                                .param("clientSecret", "s3kret-verdi"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Oppgi e-postdomenet", "value=\"https://login.fjordvekst.no\"")
                .doesNotContain("s3kret-verdi");

        mvc.perform(post("/admin/innlogging/fjern").with(admin()).with(csrf()));
        then(tenants).should(org.mockito.Mockito.never()).disconnectCompanyLogin("fjordvekst");
        mvc.perform(post("/admin/innlogging/fjern").with(admin()).with(csrf()).param("confirm", "yes"));
        then(tenants).should().disconnectCompanyLogin("fjordvekst");
    }

    @Test
    void a_units_leader_is_set_on_the_page_without_a_csv_file() throws Exception {
        assertThat(mvc.perform(get("/admin/organisasjon").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("En enhets leder", "Lagre leder", "Leder for Verkstedet")
                .as("each unit's current leader is chosen in its list")
                .containsPattern("id=\"leader-shop\"[^>]*>\\s*<option value=\"\">Ingen</option>[\\s\\S]*?"
                        + "<option value=\"henrik\" selected=\"selected\">Henrik Håndterer</option>");

        mvc.perform(post("/admin/organisasjon/enheter/leder")
                .with(admin())
                .with(csrf())
                .param("unitId", "shop")
                .param("leaderId", "dagny"));

        var sent = ArgumentCaptor.forClass(Organisation.class);
        then(tenants).should().changeOrganisation(eq("fjordvekst"), sent.capture());
        assertThat(sent.getValue().unit("shop").orElseThrow().leaderId()).isEqualTo("dagny");
        assertThat(sent.getValue().unit("root").orElseThrow().leaderId()).isEqualTo("dagny");
        assertThat(mvc.perform(post("/admin/organisasjon/enheter/leder")
                                .with(admin())
                                .with(csrf())
                                .param("unitId", "nowhere")
                                .param("leaderId", "dagny"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_history_shows_who_changed_what_from_what_in_words_and_names() throws Exception {
        given(tenants.history("fjordvekst"))
                .willReturn(List.of(new TenantServiceClient.Change(
                        Instant.parse("2026-11-20T09:30:00Z"),
                        "henrik",
                        "routine",
                        2,
                        List.of(
                                new TenantServiceClient.FieldChange("deadlines.complaint.handling.amount", "14", "21"),
                                new TenantServiceClient.FieldChange("categories[ADAPTATION].retired", "false", "true"),
                                new TenantServiceClient.FieldChange(
                                        "receivers.whistleblowingReceivers", "[dagny]", "[dagny, henrik]")))));

        String page = mvc.perform(get("/admin/historikk").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("20.11.2026 10:30", "Rutinen ble endret", "(versjon 2)", "Endret av Henrik Håndterer")
                .contains("<td>14</td>", "<td>21</td>", "<td>Nei</td>", "<td>Ja</td>")
                .contains("<td>Dagny Daglig</td>", "<td>Dagny Daglig, Henrik Håndterer</td>")
                .doesNotContain("deadlines.complaint.handling.amount", ">false<", "[dagny");
    }

    @Test
    void only_a_tenant_admin_reaches_the_admin_pages() throws Exception {
        var handler = oidcLogin().idToken(token -> token.claim("organization", List.of("fjordvekst")));
        assertThat(mvc.perform(get("/admin/rutine").with(handler))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/operator/virksomheter").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private static org.springframework.util.MultiValueMap<String, String> minimalForm(String handlingDays) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("complainantTypes", "PARTICIPANT");
        form.add("defaultReceiver.kind", "PERSON");
        form.add("defaultReceiver.person", "henrik");
        form.add("complaint.acknowledgement.amount", "3");
        form.add("complaint.acknowledgement.unit", "DAYS");
        form.add("complaint.handling.amount", handlingDays);
        form.add("complaint.handling.unit", "DAYS");
        form.add("whistleblowing.acknowledgement.amount", "7");
        form.add("whistleblowing.acknowledgement.unit", "DAYS");
        form.add("whistleblowing.handling.amount", "3");
        form.add("whistleblowing.handling.unit", "MONTHS");
        form.add("directorNotice", "IMMEDIATE");
        form.add("displayName", "Fjordvekst AS");
        form.add("retention.complaintYears", "5");
        form.add("retention.whistleblowingYears", "10");
        return form;
    }
}
