package no.klagesak.intake.complaint.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Set;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.tenant.TenantCopy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sent a whistleblowing report, kept apart from the report (aml. § 2 A-3): shown on request to those the tenant's
 * routine allows ({@code receivers.reporterIdentity}: those who investigate it, its designated receivers only, or no
 * one); every disclosure and refusal is in the audit log.
 */
@RestController
class ReporterController {

    private final Complaints complaints;
    private final NeedToKnow needToKnow;
    private final TenantCopy tenants;

    ReporterController(Complaints complaints, NeedToKnow needToKnow, TenantCopy tenants) {
        this.complaints = complaints;
        this.needToKnow = needToKnow;
        this.tenants = tenants;
    }

    /** 204 for an anonymous report: there is no one to show. */
    @ApiResponse(responseCode = "200", description = "Who reported it, where the routine lets this user see it")
    @ApiResponse(responseCode = "204", description = "The report is anonymous: no one to show")
    @GetMapping("/api/complaints/{id}/reporter")
    ResponseEntity<Complainant> reporter(Authentication authentication, @PathVariable String id) {
        String tenantId = CurrentTenant.of(authentication);
        needToKnow.mayDiscloseReporter(authentication, id, mayKnow(tenants, tenantId));
        var complaint = complaints
                .findBy(tenantId, new ComplaintId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return complaint.complainant() == null
                ? ResponseEntity.noContent().build()
                : ResponseEntity.ok(complaint.complainant());
    }

    /** As {@link #mayKnow(Routine.ReporterIdentity)}, by the tenant's current routine; no one for a tenant unknown. */
    static Set<String> mayKnow(TenantCopy tenants, String tenantId) {
        return mayKnow(tenants.find(tenantId)
                .map(t -> t.current().routine().receivers().reporterIdentity())
                .orElse(Routine.ReporterIdentity.NO_ONE));
    }

    /** Why someone may see the case ({@code because} of routing's answer) that lets them know who reported. */
    static Set<String> mayKnow(Routine.ReporterIdentity setting) {
        return switch (setting) {
            case INVESTIGATORS -> Set.of("HANDLER", "WHISTLEBLOWING_RECEIVER");
            case RECEIVERS -> Set.of("WHISTLEBLOWING_RECEIVER");
            case NO_ONE -> Set.of();
        };
    }
}
