package no.klagesak.routing.assignment.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.HandlerLevel;
import no.klagesak.support.security.ResourceServerConfiguration;
import no.klagesak.support.test.SliceTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({CaseController.class, CaseAccess.class})
@ImportAutoConfiguration(ResourceServerConfiguration.class)
class CaseControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Cases cases;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @MockitoBean
    no.klagesak.routing.assignment.RoutingRoutines tenants;

    @Test
    void a_person_the_complaint_concerns_never_sees_its_case() throws Exception {
        var concerningKari = new ComplaintCase(
                "c-9",
                "fjordvekst",
                "2026-00009",
                "COMPLAINT",
                "FOLLOW_UP",
                1,
                "per",
                HandlerLevel.CONCERNED_PERSONS_MANAGER,
                14,
                LocalDate.of(2026, 12, 9),
                Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-11-25T09:00:01Z"),
                "Gjelder Kari (arbeidsleder, Verkstedet): sendt til nærmeste leder Per.",
                java.util.List.of("p-kari"),
                null,
                java.util.List.of());
        given(cases.findBy("fjordvekst", "c-9")).willReturn(Optional.of(concerningKari));
        given(cases.findAll("fjordvekst")).willReturn(java.util.List.of(concerningKari));
        var kari = new no.klagesak.contracts.tenant.Organisation.Person(
                "p-kari", "Kari", "kari@x.example", "kari", "Arbeidsleder", null, "p-per", true);
        given(tenants.find("fjordvekst"))
                .willReturn(Optional.of(new no.klagesak.contracts.TenantSnapshot(
                        "fjordvekst",
                        "Fjordvekst AS",
                        1,
                        true,
                        java.util.List.of(),
                        new no.klagesak.contracts.tenant.Organisation(
                                java.util.List.of(), java.util.List.of(kari), "p-dir", java.util.List.of(), ""))));

        mvc.perform(get("/api/cases/c-9").with(authentication(SliceTokens.user("fjordvekst", "kari", "handler"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases").with(authentication(SliceTokens.user("fjordvekst", "kari", "handler"))))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/cases/c-9").with(authentication(SliceTokens.user("fjordvekst", "per", "handler"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation")
                        .value("Gjelder Kari (arbeidsleder, Verkstedet): sendt til nærmeste leder Per."));
    }

    @Test
    void a_case_shows_its_handler_and_deadline_as_an_iso_date() throws Exception {
        given(cases.findBy("fjordvekst", "c-1"))
                .willReturn(Optional.of(new ComplaintCase(
                        "c-1",
                        "fjordvekst",
                        "2026-00001",
                        "COMPLAINT",
                        "FOLLOW_UP",
                        1,
                        "fjordvekst-handler",
                        HandlerLevel.LINE_MANAGER,
                        14,
                        LocalDate.of(2026, 12, 9),
                        Instant.parse("2026-11-25T09:00:00Z"),
                        Instant.parse("2026-11-25T09:00:01Z"),
                        "Sendt til den som tar imot klager.",
                        java.util.List.of(),
                        null,
                        java.util.List.of())));

        mvc.perform(get("/api/cases/c-1").with(authentication(SliceTokens.user("fjordvekst", "h", "handler"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handler").value("fjordvekst-handler"))
                .andExpect(jsonPath("$.deadline").value("2026-12-09"));
    }

    @Test
    void the_cases_of_one_handler_are_listed_for_reassignment() throws Exception {
        given(cases.findAll("fjordvekst"))
                .willReturn(java.util.List.of(caseOf("c-1", "rune"), caseOf("c-2", "henrik")));

        mvc.perform(get("/api/cases?handler=rune")
                        .with(authentication(SliceTokens.user("fjordvekst", "a", "tenant-admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].complaintId").value("c-1"));
    }

    private static ComplaintCase caseOf(String id, String handler) {
        return new ComplaintCase(
                id,
                "fjordvekst",
                "2026-00001",
                "COMPLAINT",
                "FOLLOW_UP",
                1,
                handler,
                HandlerLevel.LINE_MANAGER,
                14,
                LocalDate.of(2026, 12, 9),
                Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-11-25T09:00:01Z"),
                "Sendt til den som tar imot klager.",
                java.util.List.of(),
                null,
                java.util.List.of());
    }

    @Test
    void a_case_of_another_tenant_is_not_found() throws Exception {
        given(cases.findBy("lysheim", "c-1")).willReturn(Optional.empty());

        mvc.perform(get("/api/cases/c-1").with(authentication(SliceTokens.user("lysheim", "h", "handler"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_token_naming_no_tenant_is_forbidden() throws Exception {
        mvc.perform(get("/api/cases").with(authentication(SliceTokens.user(null, "h", "handler"))))
                .andExpect(status().isForbidden());
        verifyNoInteractions(cases);
    }
}
