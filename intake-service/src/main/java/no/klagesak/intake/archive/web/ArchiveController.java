package no.klagesak.intake.archive.web;

import java.util.List;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.intake.archive.ArchiveDocuments;
import no.klagesak.intake.archive.Archiving;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.support.access.AuditLog;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A case's whole file as PDF/A for those who read it; and the tenant admin hands a closed year's cases to the archive
 * as a Noark 5 extract (a zip), as they answer access requests: complaints with their titles and complainants,
 * whistleblowing reports without content or reporter. Each extract made is in the audit log.
 */
@RestController
class ArchiveController {

    private final Archiving archiving;
    private final TenantCopy tenants;
    private final AuditLog audit;
    private final NeedToKnow needToKnow;
    private final Complaints complaints;

    ArchiveController(
            Archiving archiving, TenantCopy tenants, AuditLog audit, NeedToKnow needToKnow, Complaints complaints) {
        this.archiving = archiving;
        this.tenants = tenants;
        this.audit = audit;
        this.needToKnow = needToKnow;
        this.complaints = complaints;
    }

    /** The years there is an extract for, and what the chosen one holds. */
    record Offer(List<Integer> years, Archiving.Summary summary) {}

    @GetMapping("/api/archive/noark5")
    Offer offer(Authentication caller, @RequestParam(required = false) Integer year) {
        String tenantId = admin(caller);
        List<Integer> years = archiving.years();
        int chosen = year == null ? years.getFirst() : year;
        return new Offer(years, archiving.summary(tenantId, chosen));
    }

    @GetMapping(value = "/api/archive/noark5/extract", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> extract(
            Authentication caller, @RequestParam(required = false) @Nullable Integer year) {
        String tenantId = admin(caller);
        if (year == null) throw new Archiving.NotAClosedYear(0);
        var extract = archiving.extract(tenantId, name(tenantId), year, caller.getName());
        // Each case's own log says it went to the archive, as every read of a complaint's content is logged: before a
        // byte goes out, since a download cut off halfway may still have carried some.
        for (String complaintId : extract.complaintIds()) {
            audit.append(tenantId, caller.getName(), "EXPORTED", "COMPLAINT", complaintId, "ARCHIVE_NOARK5_" + year);
        }
        return Downloads.attachment(extract.name() + ".zip")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(extract::writeZip);
    }

    /**
     * One case's whole file as PDF/A-1b, for an archive without a Noark import: to those routing lets read the case,
     * and in the audit log as a read.
     */
    @GetMapping(value = "/api/complaints/{id}/case-file", produces = "application/pdf")
    ResponseEntity<byte[]> caseFile(Authentication caller, @PathVariable String id) {
        String tenantId = CurrentTenant.of(caller);
        needToKnow.mayRead(caller, id, "CASE_FILE");
        var record = complaints
                .record(tenantId, new ComplaintId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var journal = CaseJournal.of(record);
        return Downloads.attachment("saksmappe-" + journal.reference() + ".pdf")
                .contentType(MediaType.APPLICATION_PDF)
                .body(new ArchiveDocuments().caseFile(name(tenantId), journal));
    }

    @ExceptionHandler(Archiving.NotAClosedYear.class)
    ProblemDetail notAClosedYear(Archiving.NotAClosedYear e) {
        return coded(
                HttpStatus.BAD_REQUEST, "Bare et år som er over, kan leveres til arkivet.", "archive.year-not-closed");
    }

    @ExceptionHandler(Archiving.NothingEnded.class)
    ProblemDetail nothingEnded(Archiving.NothingEnded e) {
        return coded(
                HttpStatus.NOT_FOUND,
                "Ingen saker ble avsluttet det året, så det er ikke noe å levere.",
                "archive.nothing-ended");
    }

    /** A refusal in words, with the code the web tells it by. */
    private static ProblemDetail coded(HttpStatus status, String detail, String code) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    private static String admin(Authentication caller) {
        Roles.require(caller, "The tenant admin only", "tenant-admin");
        return CurrentTenant.of(caller);
    }

    private String name(String tenantId) {
        return tenants.find(tenantId).map(TenantSnapshot::name).orElse(tenantId);
    }
}
