package no.klagesak.intake.complaint.web;

import java.util.List;
import no.klagesak.intake.complaint.application.FollowingUp;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.intake.complaint.model.Track;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A complainant's access request (personvernforordningen art. 15): everything intake holds about the complaint and its
 * complainant, as a file to hand over. The tenant admin answers it for complaints. A whistleblowing report is answered
 * by those who investigate it, as far as the routine lets them know who reported (the content and the reporter's
 * identity go to no one else, aml. § 2 A-3); the tenant admin gets the report without content and without the
 * reporter, and is told who answers for the rest. Every export is in the audit log, which the investigators see.
 */
@RestController
class AccessRequestController {

    /** What the access request gives: the complaint as registered and the conversation, or why some is withheld. */
    record AccessExport(
            ComplaintView complaint,
            List<Message> conversation,
            @Nullable String withheld) {}

    static final String WITHHELD_FROM_ADMIN = "Dette er et varsel. Innholdet og hvem som varslet, utleveres bare av"
            + " den som undersøker varselet (arbeidsmiljøloven § 2 A-3 og varslingsrutinen). Be saksbehandleren for"
            + " varselet om å svare på innsynskravet.";

    private final Complaints complaints;
    private final FollowingUp following;
    private final NeedToKnow needToKnow;
    private final TenantCopy tenants;
    private final AuditLog audit;

    AccessRequestController(
            Complaints complaints, FollowingUp following, NeedToKnow needToKnow, TenantCopy tenants, AuditLog audit) {
        this.complaints = complaints;
        this.following = following;
        this.needToKnow = needToKnow;
        this.tenants = tenants;
        this.audit = audit;
    }

    @GetMapping("/api/complaints/{id}/export")
    ResponseEntity<AccessExport> export(Authentication authentication, @PathVariable String id) {
        String tenantId = CurrentTenant.of(authentication);
        boolean admin = Roles.has(authentication, "tenant-admin");
        var complaint = complaints.findBy(tenantId, new ComplaintId(id));
        boolean report = complaint.map(c -> c.track() == Track.WHISTLEBLOWING).orElse(false);
        if (report && !admin) {
            // Those who investigate it and may know who reported (routing decides, and logs a refusal).
            needToKnow.mayDiscloseReporter(authentication, id, ReporterController.mayKnow(tenants, tenantId));
        } else {
            Roles.require(authentication, "The tenant admin only", "tenant-admin");
        }
        Complaint found = complaint.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var download = Downloads.attachment("innsyn-" + found.reference() + ".json");
        if (report && admin) {
            audit.append(tenantId, authentication.getName(), "EXPORTED", "COMPLAINT", id, "ACCESS_REQUEST_WITHHELD");
            return download.body(new AccessExport(ComplaintView.withoutContent(found), List.of(), WITHHELD_FROM_ADMIN));
        }
        var conversation =
                following.find(tenantId, found.id()).map(FollowUp::messages).orElse(List.of());
        audit.append(tenantId, authentication.getName(), "EXPORTED", "COMPLAINT", id, "ACCESS_REQUEST");
        return download.body(new AccessExport(ComplaintView.of(found), conversation, null));
    }
}
