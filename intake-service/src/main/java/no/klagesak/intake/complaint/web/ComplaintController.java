package no.klagesak.intake.complaint.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.klagesak.intake.complaint.application.ErasingComplaint;
import no.klagesak.intake.complaint.application.RegisteringComplaint;
import no.klagesak.intake.complaint.application.port.Attachments;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.Upload;
import no.klagesak.support.access.AuditLog;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.IdPorten;
import no.klagesak.support.security.Roles;
import no.klagesak.support.security.TenantAuthentication;
import no.klagesak.support.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ComplaintController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final NeedToKnow needToKnow;
    private final SubmissionLimiter submissions;
    private final ErasingComplaint erasing;
    private final AuditLog audit;
    private final RegisteringComplaint registering;
    private final Complaints complaints;
    private final TenantRules tenantRules;
    private final Attachments attachments;
    private final ReceivedMetric received;

    ComplaintController(
            RegisteringComplaint registering,
            Complaints complaints,
            TenantRules tenantRules,
            Attachments attachments,
            NeedToKnow needToKnow,
            SubmissionLimiter submissions,
            ErasingComplaint erasing,
            AuditLog audit,
            ReceivedMetric received) {
        this.received = received;
        this.needToKnow = needToKnow;
        this.submissions = submissions;
        this.erasing = erasing;
        this.audit = audit;
        this.registering = registering;
        this.complaints = complaints;
        this.tenantRules = tenantRules;
        this.attachments = attachments;
    }

    /**
     * What the tenant's form asks for now: the routine version a complaint sent now is received under, and its rules.
     * A form is built from this; a tenant that is not served here answers 404.
     */
    @GetMapping("/public/tenants/{tenantId}/form")
    ResponseEntity<TenantRules.IntakeRoutine> form(@PathVariable String tenantId) {
        // Answered here, not by an exception: the error page needs a token, which a public caller has not.
        return ResponseEntity.of(tenantRules.find(tenantId));
    }

    /**
     * The public web form: the only unauthenticated write. The tenant is the one whose form this is; it must be a
     * tenant served here, and it gets nothing but a new complaint.
     */
    @ApiResponse(
            responseCode = "201",
            description =
                    "Received: the receipt, with the reference and, for the public form, the receipt code shown once")
    @ApiResponse(
            responseCode = "200",
            description = "The same receipt again: a retry with the same Idempotency-Key; nothing new is stored")
    @PostMapping("/public/tenants/{tenantId}/complaints")
    ResponseEntity<ReceiptResponse> submit(
            @PathVariable String tenantId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
            @RequestBody ComplaintRequest request,
            HttpServletRequest http,
            @Nullable Authentication authentication) {
        limited(tenantId, http);
        return inTurn(
                tenantId,
                () -> created(received.counted(
                        tenantId,
                        Channel.WEB_FORM,
                        registering.register(
                                request.toCommand(tenantId, Channel.WEB_FORM, null, idempotencyKey),
                                List.of(),
                                IdPorten.complainant(authentication).orElse(null)))));
    }

    /**
     * 429 with when to try again, before anything is read or stored, when the source or the tenant has sent too many
     * complaints in a short time. The address is the one after trusted proxies (the web passes the visitor's on).
     */
    private void limited(String tenantId, HttpServletRequest http) {
        var blocked = submissions.take(http.getRemoteAddr(), tenantId);
        if (blocked.isPresent()) throw new TooManyComplaints(blocked.get());
    }

    /**
     * The tenant's public complaints one at a time (SubmissionLimiter), so a flood at one tenant cannot take every core
     * from the others; 429 when the turn does not come soon. A tenant not served here goes straight on to its 404.
     */
    private <T> T inTurn(String tenantId, Supplier<T> work) {
        if (tenantRules.find(tenantId).isEmpty()) return work.get();
        return submissions.inTurn(tenantId, work).orElseThrow(() -> new TooManyComplaints(Duration.ofSeconds(1)));
    }

    /** Too many complaints from one source or to one tenant in a short time. */
    static final class TooManyComplaints extends RuntimeException {
        final Duration retryAfter;

        TooManyComplaints(Duration retryAfter) {
            super("Too many complaints in a short time");
            this.retryAfter = retryAfter;
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooMany(TooManyComplaints e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter.toSeconds() + 1))
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many complaints in a short time. Nothing was stored. Try again later."));
    }

    /**
     * The public form with files: the complaint as a JSON part named {@code complaint}, and up to three files named
     * {@code attachments}. The files' types are read from their content; a refused file refuses the complaint, and
     * nothing is stored.
     */
    @ApiResponse(
            responseCode = "201",
            description =
                    "Received: the receipt, with the reference and, for the public form, the receipt code shown once")
    @ApiResponse(
            responseCode = "200",
            description = "The same receipt again: a retry with the same Idempotency-Key; nothing new is stored")
    @PostMapping(path = "/public/tenants/{tenantId}/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReceiptResponse> submitWithFiles(
            @PathVariable String tenantId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
            @RequestPart("complaint") ComplaintRequest request,
            @RequestPart(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest http,
            @Nullable Authentication authentication)
            throws IOException {
        limited(tenantId, http);
        var uploads = uploads(files);
        return inTurn(
                tenantId,
                () -> created(received.counted(
                        tenantId,
                        Channel.WEB_FORM,
                        registering.register(
                                request.toCommand(tenantId, Channel.WEB_FORM, null, idempotencyKey),
                                uploads,
                                IdPorten.complainant(authentication).orElse(null)))));
    }

    /** A file of a complaint, to those who may read the complaint, never shown inline by the browser. */
    @GetMapping("/api/complaints/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(
            Authentication authentication, @PathVariable String id, @PathVariable String attachmentId) {
        String tenantId = CurrentTenant.of(authentication);
        needToKnow.mayRead(authentication, id, "ATTACHMENT");
        Attachment listed = complaints
                .findBy(tenantId, new ComplaintId(id))
                .flatMap(c -> c.attachments().stream()
                        .filter(a -> a.id().equals(attachmentId))
                        .findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] content = attachments
                .read(tenantId, id, listed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(listed.name(), StandardCharsets.UTF_8)
                .contentType(MediaType.parseMediaType(listed.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private static List<Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) return uploads;
        for (MultipartFile file : files) {
            // A form's empty file field sends a part with no name and no content.
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank())) {
                continue;
            }
            uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
        }
        return uploads;
    }

    /** Who receive and handle complaints, and so may register one for someone (routine 001). */
    private static final String[] STAFF = {"receiver", "handler", "managing-director", "management"};

    /**
     * Staff register a complaint for their own tenant, e.g. an oral one they wrote down; other roles get 403 (found by
     * the access matrix).
     */
    @ApiResponse(
            responseCode = "201",
            description =
                    "Received: the receipt, with the reference and, for the public form, the receipt code shown once")
    @ApiResponse(
            responseCode = "200",
            description = "The same receipt again: a retry with the same Idempotency-Key; nothing new is stored")
    @PostMapping("/api/complaints")
    ResponseEntity<ReceiptResponse> register(
            Authentication authentication,
            @RequestParam(defaultValue = "STAFF_REGISTRATION") Channel channel,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
            @RequestBody ComplaintRequest request) {
        String tenantId = CurrentTenant.of(authentication);
        Roles.require(authentication, "Only staff register complaints", STAFF);
        String username = ((TenantAuthentication) authentication).username();
        return created(received.counted(
                tenantId,
                channel,
                registering.register(request.toCommand(tenantId, channel, username, idempotencyKey))));
    }

    record Erased(String reference, boolean erased) {}

    /**
     * The complainant's erasure request (personvernforordningen art. 17), by the tenant admin: the content and the
     * complainant's data are erased here and every other service is told. Logged in the audit log. 404 for a
     * complaint the tenant does not have; 409 while a legal hold is on its case (art. 17 nr. 3 bokstav e).
     */
    @PostMapping("/api/complaints/{id}/erasure")
    Erased erase(Authentication authentication, @PathVariable String id) {
        Roles.require(authentication, "The tenant admin only", "tenant-admin");
        String tenantId = CurrentTenant.of(authentication);
        if (complaints.findBy(tenantId, new ComplaintId(id)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        needToKnow.mayErase(authentication, id);
        String reference = erasing.erase(tenantId, new ComplaintId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.append(tenantId, authentication.getName(), "ERASED", "COMPLAINT", id, "ERASURE_REQUEST");
        return new Erased(reference, true);
    }

    @GetMapping("/api/complaints/{id}")
    ComplaintView show(Authentication authentication, @PathVariable String id) {
        String tenantId = CurrentTenant.of(authentication);
        needToKnow.mayRead(authentication, id, "COMPLAINT");
        return complaints
                .findBy(tenantId, new ComplaintId(id))
                .map(ComplaintView::forReader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * 201 for a new complaint; 200 with the same receipt when a client repeats a submission with the same {@value
     * #IDEMPOTENCY_KEY}, so a retry after a lost answer neither fails nor creates a second complaint.
     */
    private static ResponseEntity<ReceiptResponse> created(RegisteringComplaint.Receipt receipt) {
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/complaints/" + receipt.complaintId().value()))
                .body(new ReceiptResponse(
                        receipt.complaintId().value(),
                        receipt.reference(),
                        receipt.receivedAt(),
                        receipt.track().name(),
                        receipt.receiptCode() == null
                                ? null
                                : receipt.receiptCode().digits()));
    }

    /**
     * @param track {@code COMPLAINT} or {@code WHISTLEBLOWING}, which decides the expected handling time
     * @param receiptCode the code to follow the complaint up with, given this once; absent on a repeated answer and
     *     for complaints registered by staff
     */
    record ReceiptResponse(
            String complaintId,
            String reference,
            Instant receivedAt,
            String track,
            @Nullable String receiptCode) {}
}
