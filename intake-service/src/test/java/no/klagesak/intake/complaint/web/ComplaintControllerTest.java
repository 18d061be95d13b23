package no.klagesak.intake.complaint.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.intake.complaint.application.RegisteringComplaint;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import no.klagesak.intake.complaint.model.ReceiptCode;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.TenantTokenConverter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ComplaintController.class)
@Import({SliceSecurity.class, ReceivedMetric.class, io.micrometer.core.instrument.simple.SimpleMeterRegistry.class})
class ComplaintControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegisteringComplaint registering;

    @MockitoBean
    Complaints complaints;

    @MockitoBean
    TenantRules tenantRules;

    @MockitoBean
    NeedToKnow needToKnow;

    @MockitoBean
    SubmissionLimiter submissions;

    @MockitoBean
    no.klagesak.intake.complaint.application.ErasingComplaint erasing;

    @MockitoBean
    no.klagesak.support.access.AuditLog audit;

    @MockitoBean
    no.klagesak.intake.complaint.application.FollowingUp following;

    @MockitoBean
    no.klagesak.intake.complaint.application.port.Attachments attachments;

    private static final String BODY = """
            {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"FOLLOW_UP",
             "subject":"Oppfølging","description":"Ingen møter","complainant":{"name":"Kari","email":"kari@example.org"}}
            """;

    @Test
    void the_public_form_needs_no_token_and_answers_with_the_reference() throws Exception {
        given(registering.register(any(), any(), any()))
                .willReturn(new RegisteringComplaint.Receipt(
                        new ComplaintId("c-1"),
                        "2026-00001",
                        Instant.parse("2026-11-25T10:00:00Z"),
                        no.klagesak.intake.complaint.model.Track.COMPLAINT,
                        false,
                        new ReceiptCode("12345678901234567890")));

        mvc.perform(post("/public/tenants/fjordvekst/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/complaints/c-1"))
                .andExpect(jsonPath("$.reference").value("2026-00001"))
                .andExpect(jsonPath("$.receiptCode").value("12345678901234567890"));
    }

    @Test
    void a_repeated_submission_answers_200_with_the_first_receipt() throws Exception {
        given(registering.register(any(), any(), any()))
                .willReturn(new RegisteringComplaint.Receipt(
                        new ComplaintId("c-1"),
                        "2026-00001",
                        Instant.parse("2026-11-25T10:00:00Z"),
                        no.klagesak.intake.complaint.model.Track.COMPLAINT,
                        true,
                        null));

        mvc.perform(post("/public/tenants/fjordvekst/complaints")
                        .header("Idempotency-Key", "form-4f1c2b9e")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/api/complaints/c-1"))
                .andExpect(jsonPath("$.reference").value("2026-00001"));
    }

    @Test
    void invalid_input_gets_a_problem_per_field() throws Exception {
        given(registering.register(any(), any(), any())).willThrow(new InvalidComplaint(Map.of("subject", "required")));

        mvc.perform(post("/public/tenants/fjordvekst/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.subject").value("required"));
    }

    @Test
    void malformed_json_is_a_clear_bad_request() throws Exception {
        mvc.perform(post("/public/tenants/fjordvekst/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(registering);
    }

    @Test
    void the_staff_api_refuses_a_caller_without_a_token() throws Exception {
        mvc.perform(post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(registering);
    }

    @Test
    void a_complaint_is_looked_up_in_the_callers_own_tenant_only() throws Exception {
        given(complaints.findBy("lysheim", new ComplaintId("c-1"))).willReturn(Optional.empty());

        mvc.perform(get("/api/complaints/c-1").with(authentication(tokenOf("lysheim"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_complaint_the_caller_may_not_see_answers_404_without_reading_the_store() throws Exception {
        org.mockito.BDDMockito.willThrow(new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND))
                .given(needToKnow)
                .mayRead(any(), org.mockito.ArgumentMatchers.eq("c-1"), org.mockito.ArgumentMatchers.eq("COMPLAINT"));

        mvc.perform(get("/api/complaints/c-1").with(authentication(tokenOf("lysheim"))))
                .andExpect(status().isNotFound());
        verifyNoInteractions(complaints);
    }

    @Test
    void a_token_without_a_tenant_is_forbidden() throws Exception {
        mvc.perform(get("/api/complaints/c-1").with(authentication(tokenOf(null))))
                .andExpect(status().isForbidden());
    }

    private static org.springframework.security.authentication.AbstractAuthenticationToken tokenOf(String tenant) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claim("preferred_username", "hanne")
                .claim("sub", "hanne");
        if (tenant != null) {
            jwt.claim("organization", List.of(tenant));
        }
        return new TenantTokenConverter().convert(jwt.build());
    }
}
