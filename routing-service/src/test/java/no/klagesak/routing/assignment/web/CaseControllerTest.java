package no.klagesak.routing.assignment.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.routing.assignment.Acknowledgement;
import no.klagesak.routing.assignment.CaseFile;
import no.klagesak.routing.assignment.CasePage;
import no.klagesak.routing.assignment.CaseSummary;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.HandlerLevel;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.security.ResourceServerConfiguration;
import no.klagesak.support.test.SliceTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Cases over HTTP: who sees which, and the lists. */
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
    RoutingRoutines tenants;

    @MockitoBean
    no.klagesak.support.access.AuditLog audit;

    private static Person person(String id, String manager) {
        return new Person(id, id, id + "@x.example", id, null, null, manager, true);
    }

    @BeforeEach
    void organisation() {
        var routine = Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS.routine("Fjordvekst AS", "per");
        given(tenants.find("fjordvekst"))
                .willReturn(Optional.of(new TenantSnapshot(
                        "fjordvekst",
                        "Fjordvekst AS",
                        1,
                        true,
                        List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)),
                        new Organisation(
                                List.of(),
                                List.of(person("dagny", null), person("per", "dagny"), person("kari", "per")),
                                "dagny",
                                List.of("dagny"),
                                ""))));
    }

    private static ComplaintCase caseOf(String id, String handler, List<String> concerned) {
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
                "Sendt til den som tar imot klager, Per.",
                concerned,
                null,
                List.of(),
                List.of(),
                null,
                Acknowledgement.EMAIL);
    }

    private void stored(ComplaintCase... stored) {
        for (ComplaintCase c : stored) {
            given(cases.file("fjordvekst", c.complaintId()))
                    .willReturn(Optional.of(new CaseFile(c, CaseState.IN_PROGRESS, 1, null)));
        }
        var summaries = List.of(stored).stream()
                .map(c -> new CaseSummary(new CaseFile(c, CaseState.IN_PROGRESS, 1, null), false, 0, false))
                .toList();
        given(cases.summaries("fjordvekst")).willReturn(summaries);
        given(cases.findAll("fjordvekst")).willReturn(List.of(stored));
        // As the store answers: the handler's cases, in order, those the caller may see.
        given(cases.handledBy(eq("fjordvekst"), anyString(), any(), any(), anyInt(), anyInt()))
                .willAnswer(call -> {
                    String handler = call.getArgument(1);
                    Predicate<CaseSummary> keep = call.getArgument(3);
                    return CasePage.of(
                            summaries.stream()
                                    .filter(s -> handler.equals(
                                            s.file().complaintCase().handler())),
                            keep,
                            call.getArgument(4),
                            call.getArgument(5));
                });
    }

    @Test
    void the_handler_sees_the_case_with_its_deadline_as_an_iso_date_and_why_it_came() throws Exception {
        stored(caseOf("c-1", "per", List.of()));

        mvc.perform(get("/api/cases/c-1").with(authentication(SliceTokens.user("fjordvekst", "per", "handler"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handler").value("per"))
                .andExpect(jsonPath("$.deadline").value("2026-12-09"))
                .andExpect(jsonPath("$.explanation").value("Sendt til den som tar imot klager, Per."));
    }

    @Test
    void a_person_the_complaint_concerns_never_sees_its_case_and_a_colleague_does_not_either() throws Exception {
        stored(caseOf("c-9", "per", List.of("kari")));

        mvc.perform(get("/api/cases/c-9").with(authentication(SliceTokens.user("fjordvekst", "kari", "handler"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases").with(authentication(SliceTokens.user("fjordvekst", "kari", "handler"))))
                .andExpect(jsonPath("$.lines.length()").value(0));
        mvc.perform(get("/api/cases/c-9")
                        .with(authentication(SliceTokens.user("fjordvekst", "dagny", "managing-director"))))
                .andExpect(status().isOk());
        // A list's line says where the case stands, beside the case itself.
        mvc.perform(get("/api/cases").with(authentication(SliceTokens.user("fjordvekst", "per", "handler"))))
                .andExpect(jsonPath("$.lines[0].complaintId").value("c-9"))
                .andExpect(jsonPath("$.lines[0].reference").exists())
                .andExpect(jsonPath("$.lines[0].state").isString());
    }

    @Test
    void the_cases_of_one_handler_are_listed_for_reassignment_by_the_tenant_admin() throws Exception {
        stored(caseOf("c-1", "rune", List.of()), caseOf("c-2", "henrik", List.of()));

        mvc.perform(get("/api/cases?handler=rune")
                        .with(authentication(SliceTokens.user("fjordvekst", "a", "tenant-admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].complaintId").value("c-1"));
    }

    @Test
    void how_many_of_anothers_cases_are_late_is_told_only_to_the_tenant_admin() throws Exception {
        stored(caseOf("c-1", "per", List.of()));
        given(cases.overdue(eq("fjordvekst"), eq("per"), any())).willReturn(3L);

        mvc.perform(get("/api/cases").with(authentication(SliceTokens.user("fjordvekst", "per", "handler"))))
                .andExpect(jsonPath("$.overdue").value(3));
        mvc.perform(get("/api/cases?handler=per")
                        .with(authentication(SliceTokens.user("fjordvekst", "kari", "handler"))))
                .andExpect(jsonPath("$.overdue").value(0));
        mvc.perform(get("/api/cases?handler=per")
                        .with(authentication(SliceTokens.user("fjordvekst", "a", "tenant-admin"))))
                .andExpect(jsonPath("$.overdue").value(3));
    }

    @Test
    void a_case_of_another_tenant_is_not_found() throws Exception {
        given(cases.file("lysheim", "c-1")).willReturn(Optional.empty());

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
