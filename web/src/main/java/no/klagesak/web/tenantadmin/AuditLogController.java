package no.klagesak.web.tenantadmin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.klagesak.web.Download;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.AuditEntry;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's view of who has read the content of complaints, and who tried and was refused: the audit logs of
 * intake (the complaint, its files and conversation) and notification (notices and letters), newest first.
 */
@Controller
class AuditLogController {

    private final IntakeClient intake;
    private final NotificationServiceClient notifications;
    private final RoutingServiceClient routing;
    private final TenantServiceClient tenants;

    AuditLogController(
            IntakeClient intake,
            NotificationServiceClient notifications,
            RoutingServiceClient routing,
            TenantServiceClient tenants) {
        this.intake = intake;
        this.notifications = notifications;
        this.routing = routing;
        this.tenants = tenants;
    }

    /**
     * @param who the person's name in the organisation, or their user name when it is not there
     * @param reference the complaint's reference number; the start of its id when the complaint is erased or unknown
     */
    record Line(String when, AuditEntry entry, String who, String reference) {}

    /** A reference number as the tenant's prefix, the year and a number: FJV-2026-0042. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)[a-zæøå]{2,8}-\\d{4}-\\d{1,8}");

    /**
     * A complainant's erasure request, for the case shown (personvernforordningen art. 17): only with the box ticked
     * that says what it does; the erasure itself is in the audit log.
     */
    @PostMapping("/admin/innsyn/slett")
    String erase(
            @RequestParam(name = "sak") String complaintId,
            @RequestParam(name = "bekreft", required = false) @Nullable String confirmed,
            Locale locale,
            RedirectAttributes redirect) {
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
    @PostMapping("/admin/innsyn/hold")
    String hold(
            @RequestParam(name = "sak") String complaintId,
            @RequestParam(name = "handling") String action,
            @RequestParam(name = "grunn", required = false) @Nullable String reason,
            RedirectAttributes redirect) {
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
            @RequestParam(name = "person", required = false) @Nullable String person,
            RedirectAttributes redirect) {
        Optional<byte[]> file;
        try {
            file = person == null ? intake.concernedExport(complaintId) : intake.concernedExport(complaintId, person);
        } catch (IntakeClient.ConcernedExceptionInForce excepted) {
            redirect.addFlashAttribute("concernedMessage", "admin.concerned.excepted");
            redirect.addAttribute("sak", complaintId);
            return "redirect:/admin/innsyn#concerned-heading";
        }
        if (file.isEmpty()) {
            redirect.addFlashAttribute("concernedMessage", "admin.concerned.none");
            redirect.addAttribute("sak", complaintId);
            return "redirect:/admin/innsyn#concerned-heading";
        }
        String suffix = person == null ? "" : "-" + person;
        return Download.of(file.get(), "application/json", "innsyn-berort-" + complaintId + suffix + ".json");
    }

    /** A complainant's access request (art. 15): what intake holds about the case's complainant, as a JSON file. */
    @GetMapping("/admin/innsyn/eksport")
    ResponseEntity<byte[]> export(@RequestParam(name = "sak") String complaintId) {
        byte[] complaint =
                intake.accessExport(complaintId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // One file: what intake holds, and every notice sent to the complainant, as they got it.
        byte[] file = ("{\"complaint\":" + new String(complaint, StandardCharsets.UTF_8)
                        + ",\"notices\":"
                        + new String(notifications.accessExport(complaintId), StandardCharsets.UTF_8)
                        + "}")
                .getBytes(StandardCharsets.UTF_8);
        return Download.of(file, "application/json", "innsyn-" + complaintId + ".json");
    }

    /**
     * Who read which complaint, and who tried and was refused, in every service that holds something of it (intake,
     * notification, routing's case file), newest first, with names and reference numbers; {@code sak} is a complaint's
     * id or its reference number.
     */
    @GetMapping("/admin/innsyn")
    String audit(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(name = "sak", required = false) @Nullable String complaintId,
            Model model) {
        String asked = complaintId == null || complaintId.isBlank() ? null : complaintId.strip();
        String wanted = asked;
        if (asked != null && REFERENCE.matcher(asked).matches()) {
            wanted = intake.references(List.of(), asked).keySet().stream()
                    .findFirst()
                    .orElse(asked);
        }
        List<AuditEntry> entries = new ArrayList<>(intake.audit(wanted));
        entries.addAll(notifications.audit(wanted));
        entries.addAll(routing.audit(wanted));
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        List<AuditEntry> shown = entries.stream().limit(300).toList();
        Map<String, String> references = intake.references(
                shown.stream().map(AuditEntry::complaintId).distinct().toList(), null);
        Map<String, String> names = new HashMap<>();
        var organisation = tenants.tenant(StaffTenant.of(user)).organisation();
        for (var person : organisation.people()) {
            if (person.username() != null) names.put(person.username(), person.name());
        }
        model.addAttribute("complaintId", wanted);
        model.addAttribute("reference", wanted == null ? null : references.get(wanted));
        if (wanted != null) {
            model.addAttribute("retention", routing.retention(wanted).orElse(null));
            // Who asks is chosen among everyone: the page never says whom a case concerns.
            model.addAttribute("people", organisation.people());
        } else {
            model.addAttribute("held", routing.legalHolds());
        }
        model.addAttribute("dates", NorwegianTime.PAGES);
        model.addAttribute(
                "lines",
                shown.stream()
                        .map(e -> new Line(
                                NorwegianTime.PAGES.second(e.at()),
                                e,
                                names.getOrDefault(e.who(), e.who()),
                                references.getOrDefault(
                                        e.complaintId(),
                                        e.complaintId()
                                                .substring(
                                                        0,
                                                        Math.min(
                                                                8,
                                                                e.complaintId().length())))))
                        .toList());
        return "tenantadmin/audit";
    }
}
