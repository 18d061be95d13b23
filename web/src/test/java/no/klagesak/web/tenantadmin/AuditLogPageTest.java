package no.klagesak.web.tenantadmin;

import static no.klagesak.web.InASession.inASession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import no.klagesak.web.services.AuditEntry;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The tenant admin reads who read what of the complaints, from intake's and notification's logs together. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogPageTest {

    @Autowired
    MockMvc mvc;

    /** Pages this long need the session a logged-in user has ({@link no.klagesak.web.InASession}). */
    @Autowired
    org.springframework.context.ApplicationContext web;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    NotificationServiceClient notifications;

    @MockitoBean
    RoutingServiceClient routing;

    @MockitoBean
    no.klagesak.web.services.TenantServiceClient tenants;

    @org.junit.jupiter.api.BeforeEach
    void organisation() {
        var people = List.of(
                new no.klagesak.contracts.tenant.Organisation.Person(
                        "p-1", "Henrik Håndterer", "h@x", "fjordvekst-handler", null, null, null, true),
                new no.klagesak.contracts.tenant.Organisation.Person(
                        "p-2", "Dagny Daglig", "d@x", "fjordvekst-director", null, null, null, true));
        given(tenants.tenant("fjordvekst"))
                .willReturn(new no.klagesak.web.services.TenantServiceClient.TenantView(
                        "fjordvekst",
                        "Fjordvekst AS",
                        true,
                        1,
                        "T",
                        null,
                        List.of(),
                        new no.klagesak.contracts.tenant.Organisation(List.of(), people, "p-2", List.of(), "")));
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .OidcLoginRequestPostProcessor
            admin() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_tenant-admin"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
    }

    /**
     * Retention: the case's dates in words; a hold is placed with a reason, shown with who placed it, and refuses the
     * erasure in words; the cases held are listed on the page without a case.
     */
    @Test
    void the_admin_sees_when_a_case_is_erased_and_places_a_legal_hold_that_stops_an_erasure() throws Exception {
        given(intake.audit("c-1")).willReturn(List.of());
        given(notifications.audit("c-1")).willReturn(List.of());
        var hold = new RoutingServiceClient.Hold(
                Instant.parse("2026-11-26T09:00:00Z"),
                "fjordvekst-admin",
                "Tvist om arbeidsforholdet",
                null,
                null,
                null);
        var kept = new RoutingServiceClient.Retention(
                "c-1",
                "FJV-2026-0001",
                "COMPLAINT",
                "CLOSED",
                java.time.LocalDate.of(2026, 11, 20),
                5,
                java.time.LocalDate.of(2031, 11, 20),
                null,
                null,
                List.of());
        given(routing.retention("c-1")).willReturn(java.util.Optional.of(kept));

        var page = Jsoup.parse(mvc.perform(
                        get("/admin/innsyn").param("sak", "c-1").with(admin()).with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[data-testid=retention-status]").text())
                .isEqualTo("Saken ble avsluttet 20.11.2026. Etter rutinen oppbevares innholdet i 5 år. Det slettes"
                        + " 20.11.2031, hvis saken ikke holdes tilbake da.");
        assertThat(page.select("[data-testid=retention] form input[name=handling]")
                        .val())
                .isEqualTo("place");
        assertThat(page.select("[data-testid=retention] label[for=grunn]").text())
                .startsWith("Hvorfor skal saken");

        given(routing.legalHold("c-1", false, ""))
                .willReturn(java.util.Optional.of("Skriv hvorfor saken skal holdes tilbake."));
        var noReason = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/innsyn/hold")
                                .param("sak", "c-1")
                                .param("handling", "place")
                                .with(admin())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(noReason.getFlashMap().get("holdProblem")).isEqualTo("Skriv hvorfor saken skal holdes tilbake.");

        given(routing.legalHold("c-1", false, "Tvist om arbeidsforholdet")).willReturn(java.util.Optional.empty());
        var placed = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/innsyn/hold")
                                .param("sak", "c-1")
                                .param("handling", "place")
                                .param("grunn", "Tvist om arbeidsforholdet")
                                .with(admin())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(placed.getFlashMap().get("holdMessage")).isEqualTo("admin.hold.placed");

        given(routing.retention("c-1"))
                .willReturn(java.util.Optional.of(new RoutingServiceClient.Retention(
                        "c-1",
                        "FJV-2026-0001",
                        "COMPLAINT",
                        "CLOSED",
                        java.time.LocalDate.of(2026, 11, 20),
                        5,
                        java.time.LocalDate.of(2031, 11, 20),
                        null,
                        hold,
                        List.of(hold))));
        var held = Jsoup.parse(mvc.perform(
                        get("/admin/innsyn").param("sak", "c-1").with(admin()).with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(held.select("[data-testid=hold-on]").text())
                .contains("holdes tilbake siden 26.11.2026 10:00, av fjordvekst-admin", "Tvist om arbeidsforholdet");
        assertThat(held.select("[data-testid=retention] form input[name=handling]")
                        .val())
                .isEqualTo("release");

        given(intake.erase("c-1")).willReturn(IntakeClient.Erasure.HELD);
        var erase = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/innsyn/slett")
                                .param("sak", "c-1")
                                .param("bekreft", "ja")
                                .with(admin())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(erase.getFlashMap().get("eraseMessage")).isEqualTo("admin.erase.held");

        given(intake.audit(null)).willReturn(List.of());
        given(notifications.audit(null)).willReturn(List.of());
        given(routing.legalHolds()).willReturn(List.of(held(hold)));
        var list = Jsoup.parse(mvc.perform(get("/admin/innsyn").with(admin()).with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select("[data-testid=held] li").text())
                .isEqualTo("FJV-2026-0001: Tvist om arbeidsforholdet (siden 26.11.2026 10:00)");
        assertThat(list.select("[data-testid=held] a").attr("href")).isEqualTo("/admin/innsyn?sak=c-1");
    }

    private static RoutingServiceClient.Retention held(RoutingServiceClient.Hold hold) {
        return new RoutingServiceClient.Retention(
                "c-1", "FJV-2026-0001", "COMPLAINT", "CLOSED", null, 5, null, null, hold, List.of(hold));
    }

    @Test
    void the_reads_of_every_service_newest_first_with_names_reference_numbers_what_and_why() throws Exception {
        given(intake.audit(null))
                .willReturn(List.of(
                        new AuditEntry(
                                "1",
                                Instant.parse("2026-11-26T09:00:00Z"),
                                "fjordvekst-handler",
                                "READ",
                                "COMPLAINT",
                                "c-1",
                                "HANDLER",
                                "intake-service"),
                        new AuditEntry(
                                "2",
                                Instant.parse("2026-11-26T07:00:00Z"),
                                "fjordvekst-colleague",
                                "REFUSED",
                                "COMPLAINT",
                                "c-1",
                                "NOT_ALLOWED",
                                "intake-service")));
        given(notifications.audit(null))
                .willReturn(List.of(new AuditEntry(
                        "3",
                        Instant.parse("2026-11-26T08:00:00Z"),
                        "fjordvekst-director",
                        "READ",
                        "LETTER",
                        "c-1",
                        "MANAGING_DIRECTOR",
                        "notification-service")));
        // The case page opened by someone who may not see it: refused by routing, whichever way it came.
        given(routing.audit(null))
                .willReturn(List.of(new AuditEntry(
                        "4",
                        Instant.parse("2026-11-26T06:00:00Z"),
                        "fjordvekst-colleague",
                        "REFUSED",
                        "CASE_FILE",
                        "c-1",
                        "NOT_ALLOWED",
                        "routing-service")));
        given(intake.references(List.of("c-1"), null)).willReturn(java.util.Map.of("c-1", "FJV-2026-0001"));
        var admin = admin();

        var page = Jsoup.parse(mvc.perform(get("/admin/innsyn").with(admin).with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=audit] tbody tr").eachText())
                .containsExactly(
                        "26.11.2026 10:00:00 Henrik Håndterer Klagen Lest Saksbehandler FJV-2026-0001",
                        "26.11.2026 09:00:00 Dagny Daglig Et brev Lest Daglig leder FJV-2026-0001",
                        "26.11.2026 08:00:00 fjordvekst-colleague Klagen Avvist Har ikke tilgang til saken"
                                + " FJV-2026-0001",
                        "26.11.2026 07:00:00 fjordvekst-colleague Saksmappen Avvist Har ikke tilgang til saken"
                                + " FJV-2026-0001");
        assertThat(page.select("[data-testid=audit] tbody a").attr("href")).isEqualTo("/admin/innsyn?sak=c-1");
    }

    @Test
    void the_person_who_asks_is_chosen_among_everyone_and_gets_nothing_while_an_exception_is_in_force()
            throws Exception {
        var page = Jsoup.parse(mvc.perform(
                        get("/admin/innsyn").param("sak", "c-1").with(admin()).with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        // The admin picks who asked among everyone; the page never lists whom the case concerns.
        assertThat(page.select("[data-testid=concerned-person] option").eachText())
                .containsExactly("Henrik Håndterer", "Dagny Daglig");
        assertThat(page.select("[data-testid=concerned-person]").attr("action"))
                .isEqualTo("/admin/innsyn/eksport-berort");

        given(intake.concernedExport("c-1", "p-1")).willThrow(new IntakeClient.ConcernedExceptionInForce("§ 16"));
        var refused = mvc.perform(get("/admin/innsyn/eksport-berort")
                        .param("sak", "c-1")
                        .param("person", "p-1")
                        .with(admin()))
                .andReturn();
        assertThat(refused.getFlashMap().get("concernedMessage")).isEqualTo("admin.concerned.excepted");
    }

    @Test
    void the_log_is_searched_by_the_reference_number() throws Exception {
        given(intake.references(List.of(), "FJV-2026-0001")).willReturn(java.util.Map.of("c-1", "FJV-2026-0001"));
        given(intake.audit("c-1"))
                .willReturn(List.of(new AuditEntry(
                        "1",
                        Instant.parse("2026-11-26T09:00:00Z"),
                        "fjordvekst-handler",
                        "READ",
                        "COMPLAINT",
                        "c-1",
                        "HANDLER",
                        "intake-service")));
        given(intake.references(List.of("c-1"), null)).willReturn(java.util.Map.of("c-1", "FJV-2026-0001"));

        var page = Jsoup.parse(mvc.perform(get("/admin/innsyn")
                        .param("sak", "FJV-2026-0001")
                        .with(admin())
                        .with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=audit] tbody tr").eachText())
                .containsExactly("26.11.2026 10:00:00 Henrik Håndterer Klagen Lest Saksbehandler FJV-2026-0001");
        assertThat(page.select("#sak").val()).isEqualTo("FJV-2026-0001");
    }

    @Test
    void the_admin_erases_a_complainants_data_only_with_the_box_ticked() throws Exception {
        var admin = admin();
        given(intake.erase("c-1")).willReturn(IntakeClient.Erasure.ERASED);

        var unticked = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/innsyn/slett")
                                .param("sak", "c-1")
                                .with(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        org.mockito.BDDMockito.then(intake).should(org.mockito.Mockito.never()).erase("c-1");
        assertThat(unticked.getFlashMap().get("eraseMessage")).isEqualTo("admin.erase.confirm.missing");

        var erased = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/innsyn/slett")
                                .param("sak", "c-1")
                                .param("bekreft", "ja")
                                .with(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        org.mockito.BDDMockito.then(intake).should().erase("c-1");
        assertThat(erased.getFlashMap().get("eraseMessage")).isEqualTo("admin.erase.done");
        assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/admin/innsyn?sak=c-1");
    }

    @Test
    void the_admin_downloads_what_is_held_about_the_complainant_for_an_access_request() throws Exception {
        var admin = admin();
        given(intake.audit("c-1")).willReturn(List.of());
        given(notifications.audit("c-1")).willReturn(List.of());
        given(intake.accessExport("c-1")).willReturn(java.util.Optional.of("{\"subject\":\"S\"}".getBytes()));
        given(notifications.accessExport("c-1")).willReturn("[{\"kind\":\"ACKNOWLEDGEMENT\"}]".getBytes());

        var page = Jsoup.parse(
                mvc.perform(get("/admin/innsyn").param("sak", "c-1").with(admin).with(inASession(web)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("[data-testid=access-export] a").attr("href"))
                .isEqualTo("/admin/innsyn/eksport?sak=c-1");
        var file = mvc.perform(get("/admin/innsyn/eksport").param("sak", "c-1").with(admin))
                .andReturn()
                .getResponse();
        assertThat(file.getContentType()).isEqualTo("application/json");
        assertThat(file.getHeader("Content-Disposition")).contains("innsyn-c-1.json");
        assertThat(file.getContentAsString())
                .isEqualTo("{\"complaint\":{\"subject\":\"S\"},\"notices\":[{\"kind\":\"ACKNOWLEDGEMENT\"}]}");
        assertThat(page.select("[data-testid=erase] button").text()).isEqualTo("Slett opplysningene");
    }

    @Test
    void the_admin_downloads_what_is_registered_about_the_person_concerned_or_is_told_it_names_no_one()
            throws Exception {
        given(intake.concernedExport("c-1"))
                .willReturn(java.util.Optional.of("{\"subject\":\"[fjernet]\"}".getBytes()));
        given(intake.concernedExport("c-2")).willReturn(java.util.Optional.empty());
        given(intake.audit("c-1")).willReturn(List.of());
        given(notifications.audit("c-1")).willReturn(List.of());

        var page = Jsoup.parse(mvc.perform(
                        get("/admin/innsyn").param("sak", "c-1").with(admin()).with(inASession(web)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[data-testid=concerned-export] form input[name=sak]")
                        .val())
                .isEqualTo("c-1");
        var file = mvc.perform(
                        get("/admin/innsyn/eksport-berort").param("sak", "c-1").with(admin()))
                .andReturn()
                .getResponse();
        assertThat(file.getHeader("Content-Disposition")).contains("innsyn-berort-c-1.json");
        assertThat(file.getContentAsString()).isEqualTo("{\"subject\":\"[fjernet]\"}");
        var none = mvc.perform(
                        get("/admin/innsyn/eksport-berort").param("sak", "c-2").with(admin()))
                .andReturn();
        assertThat(none.getFlashMap().get("concernedMessage")).isEqualTo("admin.concerned.none");
    }

    @Test
    void only_the_tenant_admin_opens_it() throws Exception {
        var handler = oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_handler"))
                .idToken(token -> token.claim("organization", List.of("fjordvekst")));
        assertThat(mvc.perform(get("/admin/innsyn").with(handler))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
