package no.klagesak.intake.archive.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.intake.archive.ArchiveDocuments;
import no.klagesak.intake.archive.ArchiveJob;
import no.klagesak.intake.archive.ArchiveJobs;
import no.klagesak.intake.archive.Archiving;
import no.klagesak.intake.archive.job.ArchiveWorker;
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
import org.springframework.web.bind.annotation.PostMapping;
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
    private final ArchiveJobs jobs;
    private final ArchiveWorker worker;
    private final TenantCopy tenants;
    private final AuditLog audit;
    private final NeedToKnow needToKnow;
    private final Complaints complaints;

    ArchiveController(
            Archiving archiving,
            ArchiveJobs jobs,
            ArchiveWorker worker,
            TenantCopy tenants,
            AuditLog audit,
            NeedToKnow needToKnow,
            Complaints complaints) {
        this.archiving = archiving;
        this.jobs = jobs;
        this.worker = worker;
        this.tenants = tenants;
        this.audit = audit;
        this.needToKnow = needToKnow;
        this.complaints = complaints;
    }

    /** The years there is an extract for, what the chosen one holds, and the extracts made in the last day. */
    record Offer(List<Integer> years, Archiving.Summary summary, List<Extract> extracts) {}

    /** An extract asked for: how far it has come, and its zip's name and size once made. */
    record Extract(
            String id,
            int year,
            ArchiveJob.State state,
            int done,
            int total,
            int percent,
            String fileName,
            long size,
            Instant createdAt) {

        static Extract of(ArchiveJob job) {
            return new Extract(
                    job.id(),
                    job.year(),
                    job.state(),
                    job.done(),
                    job.total(),
                    job.percent(),
                    job.fileName(),
                    job.size(),
                    job.createdAt());
        }
    }

    @GetMapping("/api/archive/noark5")
    Offer offer(Authentication caller, @RequestParam(required = false) Integer year) {
        String tenantId = admin(caller);
        List<Integer> years = archiving.years();
        int chosen = year == null ? years.getFirst() : year;
        return new Offer(
                years,
                archiving.summary(tenantId, chosen),
                jobs.recent(tenantId).stream().map(Extract::of).toList());
    }

    /**
     * Asks for the year's extract, made in the background: 202 with the extract, whose progress is at the Location. A
     * second ask while one is being made for the year gives that one.
     */
    @ApiResponse(responseCode = "202", description = "Started: the extract's progress is at the Location")
    @PostMapping("/api/archive/noark5/extracts")
    ResponseEntity<Extract> start(Authentication caller, @RequestParam(required = false) @Nullable Integer year) {
        String tenantId = admin(caller);
        if (year == null) throw new Archiving.NotAClosedYear(0);
        var job = archiving.start(tenantId, year, caller.getName());
        worker.nudge();
        return ResponseEntity.accepted()
                .location(URI.create("/api/archive/noark5/extracts/" + job.id()))
                .body(Extract.of(job));
    }

    @GetMapping("/api/archive/noark5/extracts/{id}")
    Extract extract(Authentication caller, @PathVariable String id) {
        return Extract.of(job(admin(caller), id));
    }

    /** The finished zip. Each case in it is logged as handed over, every time it is downloaded. */
    @GetMapping(value = "/api/archive/noark5/extracts/{id}/file", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> file(Authentication caller, @PathVariable String id) {
        String tenantId = admin(caller);
        var finished = jobs.finished(tenantId, id).orElseThrow(() -> {
            var job = job(tenantId, id);
            return new ResponseStatusException(
                    job.state() == ArchiveJob.State.DONE ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.CONFLICT);
        });
        var job = finished.job();
        List<String> complaintIds = finished.complaintIds();
        // Content erased since the zip was made is not handed out from it: the admin makes it again.
        if (complaints.countErasedSince(tenantId, complaintIds, job.createdAt()) > 0) throw new ErasedSince();
        // Each case's own log says it went to the archive, as every read of a complaint's content is logged: before a
        // byte goes out, since a download cut off halfway may still have carried some.
        for (String complaintId : complaintIds) {
            audit.append(
                    tenantId, caller.getName(), "EXPORTED", "COMPLAINT", complaintId, "ARCHIVE_NOARK5_" + job.year());
        }
        return Downloads.attachment(job.fileName())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> jobs.copyFile(finished, out));
    }

    private ArchiveJob job(String tenantId, String id) {
        return jobs.find(tenantId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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

    /** A case in the zip had its content erased after the zip was made. */
    static final class ErasedSince extends RuntimeException {}

    @ExceptionHandler(ErasedSince.class)
    ProblemDetail erasedSince(ErasedSince e) {
        return coded(
                HttpStatus.GONE,
                "Innholdet i en av sakene er slettet etter at uttrekket ble laget. Lag uttrekket på nytt.",
                "archive.erased-since");
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
