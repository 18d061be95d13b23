package no.klagesak.intake.complaint.web;

import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.intake.complaint.application.ConcernedAccess;
import no.klagesak.intake.complaint.application.FollowingUp;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.support.access.AuditLog;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The access request of the person a complaint or report names (art. 15), by the tenant admin: what is registered
 * about them, with the reporter and other third parties removed ({@link ConcernedAccess}). 404 for a complaint the
 * tenant does not have or that names no person. Logged in the audit log.
 */
@RestController
class ConcernedAccessController {

    private final Complaints complaints;
    private final FollowingUp following;
    private final TenantCopy tenants;
    private final AuditLog audit;
    private final NeedToKnow needToKnow;

    ConcernedAccessController(
            Complaints complaints, FollowingUp following, TenantCopy tenants, AuditLog audit, NeedToKnow needToKnow) {
        this.complaints = complaints;
        this.following = following;
        this.tenants = tenants;
        this.audit = audit;
        this.needToKnow = needToKnow;
    }

    /**
     * @param person the person's id in the organisation; the person the complaint names when not given
     */
    @GetMapping("/api/complaints/{id}/export/concerned")
    ResponseEntity<ConcernedAccess.Export> export(
            Authentication authentication,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String person) {
        Roles.require(authentication, "The tenant admin only", "tenant-admin");
        String tenantId = CurrentTenant.of(authentication);
        var complaintId = new ComplaintId(id);
        var complaint = complaints.findBy(tenantId, complaintId).orElseThrow(ConcernedAccessController::none);
        var concerns = complaint.concerns();
        if (person == null && (concerns == null || concerns.id() == null)) throw none();
        String personId = person != null ? person : concerns.id();
        // Routing knows everyone the case concerns, and holds the case file's notes.
        var routing = needToKnow.concernedNotes(authentication, id, personId);
        List<String> others = tenants.find(tenantId)
                .map(t -> t.organisation().people().stream()
                        .filter(p -> !p.id().equals(personId))
                        .map(Organisation.Person::name)
                        .toList())
                .orElse(List.of());
        int messages = following
                .find(tenantId, complaintId)
                .map(FollowUp::messages)
                .map(List::size)
                .orElse(0);
        var export = ConcernedAccess.of(
                        complaint,
                        personId,
                        routing.concerned(),
                        others,
                        messages,
                        routing.notes().stream()
                                .map(n -> new ConcernedAccess.Note(n.at(), n.what(), n.text()))
                                .toList())
                .orElseThrow(ConcernedAccessController::none);
        audit.append(tenantId, authentication.getName(), "EXPORTED", "COMPLAINT", id, "CONCERNED_ACCESS_REQUEST");
        return Downloads.attachment("innsyn-den-saken-gjelder-" + complaint.reference() + ".json")
                .body(export);
    }

    private static ResponseStatusException none() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
