package no.klagesak.web.mycomplaints;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.followup.CasePage;
import no.klagesak.web.services.CategoryNames;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mine klager": a complainant logged in with ID-porten sees the complaints they sent to the tenant while logged in,
 * and sends a new one from here. Someone logged in another way (staff) is told to log in with ID-porten.
 */
@Controller
class MyComplaintsController {

    private final IntakeClient intake;
    private final TenantServiceClient tenants;
    private final CategoryNames categories;
    private final CasePage casePage;

    MyComplaintsController(
            IntakeClient intake, TenantServiceClient tenants, CategoryNames categories, CasePage casePage) {
        this.intake = intake;
        this.tenants = tenants;
        this.categories = categories;
        this.casePage = casePage;
    }

    /** A line of the list, in the reader's words. */
    record Line(
            String complaintId,
            String reference,
            String sent,
            String category,
            String state,
            @Nullable String due) {}

    @GetMapping("/t/{tenantId}/mine-saker")
    String mine(@PathVariable String tenantId, Authentication authentication, Locale locale, Model model) {
        var tenant = tenants.published(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", tenant);
        model.addAttribute("lang", locale.getLanguage());
        boolean idPorten = authentication.getPrincipal() instanceof OidcUser user
                && "idporten".equals(user.getIdToken().getClaimAsString("idp"));
        model.addAttribute("idPorten", idPorten);
        if (!idPorten) return "mycomplaints/mine";
        var names = categories.of(tenantId, locale);
        model.addAttribute(
                "complaints",
                intake.myComplaints(tenantId).stream()
                        .map(c -> new Line(
                                c.complaintId(),
                                c.reference(),
                                NorwegianTime.PAGES.day(c.receivedAt()),
                                names.getOrDefault(c.category(), c.category()),
                                c.state(),
                                c.deadline() == null
                                        ? null
                                        : DateTimeFormatter.ofPattern("dd.MM.yyyy")
                                                .format(c.deadline())))
                        .toList());
        return "mycomplaints/mine";
    }

    /** One of their complaints, as the follow-up page shows it, without the code: the answer, and what they may do. */
    @GetMapping("/t/{tenantId}/mine-saker/sak/{complaintId}")
    String one(
            @PathVariable String tenantId,
            @PathVariable String complaintId,
            Authentication authentication,
            Locale locale,
            Model model) {
        var view = intake.myComplaint(tenantId, complaintId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(tenantId, complaintId, view, null, List.of(), locale, model);
    }

    /** A step on one of their complaints: information or an answer, withdrawal, or asking management to decide. */
    @PostMapping("/t/{tenantId}/mine-saker/sak/{complaintId}")
    String step(
            @PathVariable String tenantId,
            @PathVariable String complaintId,
            @RequestParam IntakeClient.FollowUpAction action,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String answers,
            @RequestParam(required = false) @Nullable Boolean agreed,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Locale locale,
            Model model) {
        if (action == IntakeClient.FollowUpAction.OPEN) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (action == IntakeClient.FollowUpAction.WITHDRAWAL && !confirmed) {
            var tenant =
                    tenants.published(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            String here = "/t/" + tenantId + "/mine-saker/sak/" + complaintId;
            return casePage.confirmWithdrawal(tenant, null, here, here, text, locale, model);
        }
        var result = intake.myStep(tenantId, complaintId, action, text, answers, agreed);
        if (result instanceof IntakeClient.FollowedUp.Shown shown) {
            return show(tenantId, complaintId, shown.view(), action, List.of(), locale, model);
        }
        var errors = result instanceof IntakeClient.FollowedUp.Refused refused
                ? casePage.errors(refused.problems(), locale)
                : casePage.errors(Map.of("state", "forbidden"), locale);
        var view = intake.myComplaint(tenantId, complaintId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(tenantId, complaintId, view, null, errors, locale, model);
    }

    private String show(
            String tenantId,
            String complaintId,
            IntakeClient.FollowUpView view,
            IntakeClient.@Nullable FollowUpAction done,
            List<String> errors,
            Locale locale,
            Model model) {
        var tenant = tenants.published(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return casePage.show(
                tenant, null, "/t/" + tenantId + "/mine-saker/sak/" + complaintId, view, done, errors, locale, model);
    }
}
