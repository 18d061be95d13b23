package no.klagesak.notification.notice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import no.klagesak.notification.notice.Languages;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.LetterPrinter;
import no.klagesak.notification.notice.Notice;
import no.klagesak.notification.notice.Notices;
import no.klagesak.notification.notice.Templates;
import no.klagesak.support.access.AuditLog;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** What was sent, to whom (a role or a user name, never an address) and how it went. Never a message's content. */
@RestController
class NoticeController {

    private final Notices notices;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;
    private final Templates templates;
    private final LetterPrinter printer;

    NoticeController(
            Notices notices, NeedToKnow needToKnow, Templates templates, LetterPrinter printer, AuditLog audit) {
        this.audit = audit;
        this.notices = notices;
        this.needToKnow = needToKnow;
        this.templates = templates;
        this.printer = printer;
    }

    /** A case's delivery log, for those routing lets see the case (404 for others, as if it did not exist). */
    @GetMapping("/api/notices")
    List<Notices.Delivery> ofCase(Authentication authentication, @RequestParam String complaintId) {
        String tenantId = CurrentTenant.of(authentication);
        needToKnow.mayRead(authentication, complaintId, "NOTICES");
        return notices.ofComplaint(tenantId, complaintId);
    }

    /**
     * A notice to the complainant as a PDF letter to print and post (for a complainant without e-mail, or a copy), for
     * those who may see the case. Never cached.
     */
    @GetMapping("/api/notices/letter")
    ResponseEntity<byte[]> letter(Authentication authentication, @RequestParam String id) {
        String tenantId = CurrentTenant.of(authentication);
        var notice = notices.find(tenantId, id)
                .filter(n -> n.recipient().equals(Notice.COMPLAINANT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        needToKnow.mayRead(authentication, notice.complaintId(), "LETTER");
        // Printed for the post: worded for paper, without what only an e-mail says.
        var values = new HashMap<String, Object>(notice.values());
        values.put("letter", true);
        Letter letter = templates.render(tenantId, notice.kind(), notice.language(), values);
        String sender = String.valueOf(notice.values().getOrDefault("tenantName", tenantId));
        String date =
                Languages.date(LocalDate.ofInstant(notice.createdAt(), ZoneId.of("Europe/Oslo")), notice.language());
        byte[] pdf = printer.print(sender, date, letter, notice.language());
        return Downloads.attachment("brev-" + notice.reference() + ".pdf")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    /** A notice to the complainant as they got it: when, how, to which address, and what it said. */
    record SentToComplainant(
            String kind,
            Instant createdAt,
            @Nullable String email,
            @Nullable String phone,
            String subject,
            String text) {}

    /**
     * A complainant's access request (personvernforordningen art. 15), by the tenant admin: every notice to them in
     * the case, with the address used and the words sent. Logged in the audit log.
     */
    @GetMapping("/api/notices/export")
    List<SentToComplainant> export(Authentication authentication, @RequestParam String complaintId) {
        Roles.require(authentication, "Tenant admins only", "tenant-admin");
        String tenantId = CurrentTenant.of(authentication);
        var sent = notices.toComplainant(tenantId, complaintId).stream()
                .map(n -> {
                    Letter letter = templates.render(tenantId, n.kind(), n.language(), n.values());
                    return new SentToComplainant(
                            n.kind().name(), n.createdAt(), n.email(), n.phone(), letter.subject(), letter.text());
                })
                .toList();
        audit.append(tenantId, authentication.getName(), "EXPORTED", "NOTICES", complaintId, "ACCESS_REQUEST");
        return sent;
    }

    /** Notices that could not be delivered at all (a refused address), for the tenant admin to follow up. */
    @GetMapping("/api/notices/failed")
    List<Notices.Delivery> failed(Authentication authentication) {
        Roles.require(authentication, "Tenant admins only", "tenant-admin");
        return notices.failed(CurrentTenant.of(authentication));
    }
}
