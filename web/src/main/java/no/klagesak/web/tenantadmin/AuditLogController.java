package no.klagesak.web.tenantadmin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.services.AuditEntry;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant admin's view of who has read the content of complaints, and who tried and was refused: the audit logs of
 * intake (the complaint, its files and conversation) and notification (notices and letters), newest first.
 */
@Controller
class AuditLogController {

    private final IntakeClient intake;
    private final NotificationServiceClient notifications;
    private final RoutingServiceClient routing;

    AuditLogController(IntakeClient intake, NotificationServiceClient notifications, RoutingServiceClient routing) {
        this.intake = intake;
        this.notifications = notifications;
        this.routing = routing;
    }

    /** @param shortId the start of the complaint's id, enough to tell cases apart on a screen */
    record Line(String when, AuditEntry entry, String shortId) {}

    /**
     * A complainant's erasure request, for the case shown (personvernforordningen art. 17): only with the box ticked
     * that says what it does; the erasure itself is in the audit log.
     */
    @org.springframework.web.bind.annotation.PostMapping("/admin/innsyn/slett")
    String erase(
            @RequestParam(name = "sak") String complaintId,
            @RequestParam(name = "bekreft", required = false) @Nullable String confirmed,
            java.util.Locale locale,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        String key = confirmed == null
                ? "admin.erase.confirm.missing"
                : switch (intake.erase(complaintId)) {
                    case ERASED -> "admin.erase.done";
                    case UNKNOWN -> "admin.erase.unknown";
                    case HELD -> "admin.erase.held";
                };
        redirect.addFlashAttribute("eraseMessage", key);
        redirect.addAttribute("sak", complaintId);
        return "redirect:/admin/innsyn";
    }

    /**
     * Places or releases a legal hold on the case shown, with a reason: while it is on, the case's content is erased
     * neither when its retention runs out nor at a request.
     */
    @org.springframework.web.bind.annotation.PostMapping("/admin/innsyn/hold")
    String hold(
            @RequestParam(name = "sak") String complaintId,
            @RequestParam(name = "handling") String action,
            @RequestParam(name = "grunn", required = false) @Nullable String reason,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        boolean release = "release".equals(action);
        var refused = routing.legalHold(complaintId, release, reason == null ? "" : reason);
        if (refused.isPresent()) {
            redirect.addFlashAttribute("holdProblem", refused.get());
            redirect.addFlashAttribute("holdReason", reason);
        } else {
            redirect.addFlashAttribute("holdMessage", release ? "admin.hold.released" : "admin.hold.placed");
        }
        redirect.addAttribute("sak", complaintId);
        return "redirect:/admin/innsyn#hold-heading";
    }

    /**
     * The access request of the person the complaint names (art. 15): what is registered about them, without who
     * complained and other people, as a JSON file to read through and hand over; a message when it names no one.
     */
    @GetMapping("/admin/innsyn/eksport-berort")
    Object concernedExport(
            @RequestParam(name = "sak") String complaintId,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        var file = intake.concernedExport(complaintId);
        if (file.isEmpty()) {
            redirect.addFlashAttribute("concernedMessage", "admin.concerned.none");
            redirect.addAttribute("sak", complaintId);
            return "redirect:/admin/innsyn#concerned-heading";
        }
        return no.klagesak.web.Download.of(file.get(), "application/json", "innsyn-berort-" + complaintId + ".json");
    }

    /** A complainant's access request (art. 15): what intake holds about the case's complainant, as a JSON file. */
    @GetMapping("/admin/innsyn/eksport")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(name = "sak") String complaintId) {
        byte[] complaint = intake.accessExport(complaintId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        // One file: what intake holds, and every notice sent to the complainant, as they got it.
        byte[] file = ("{\"complaint\":" + new String(complaint, java.nio.charset.StandardCharsets.UTF_8)
                        + ",\"notices\":"
                        + new String(notifications.accessExport(complaintId), java.nio.charset.StandardCharsets.UTF_8)
                        + "}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return no.klagesak.web.Download.of(file, "application/json", "innsyn-" + complaintId + ".json");
    }

    @GetMapping("/admin/innsyn")
    String audit(@RequestParam(name = "sak", required = false) @Nullable String complaintId, Model model) {
        String wanted = complaintId == null || complaintId.isBlank() ? null : complaintId.strip();
        List<AuditEntry> entries = new ArrayList<>(intake.audit(wanted));
        entries.addAll(notifications.audit(wanted));
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        model.addAttribute("complaintId", wanted);
        if (wanted != null) {
            model.addAttribute("retention", routing.retention(wanted).orElse(null));
        } else {
            model.addAttribute("held", routing.legalHolds());
        }
        model.addAttribute("dates", NorwegianTime.PAGES);
        model.addAttribute(
                "lines",
                entries.stream()
                        .limit(300)
                        .map(e -> new Line(
                                NorwegianTime.PAGES.second(e.at()),
                                e,
                                e.complaintId()
                                        .substring(
                                                0, Math.min(8, e.complaintId().length()))))
                        .toList());
        return "tenantadmin/audit";
    }
}
