package no.klagesak.web.tenantadmin;

import java.util.List;
import java.util.Locale;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.web.LanguageConfiguration;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.TenantServiceClient;
import no.klagesak.web.services.TenantServiceClient.Problem;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routine's settings, grouped as a tenant admin thinks about them, with a plain-language summary. Saving makes a
 * new version, which applies to complaints received from then on; the page says so.
 */
@Controller
class RoutineSettingsController {

    private final TenantServiceClient tenants;
    private final MessageSource messages;

    RoutineSettingsController(TenantServiceClient tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/admin/rutine")
    String show(@AuthenticationPrincipal OidcUser user, Model model) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        return page(
                model,
                tenant,
                tenant.currentRoutine().routine(),
                tenant.currentRoutine().agreedWith(),
                List.of());
    }

    @PostMapping("/admin/rutine")
    String save(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        var read = RoutineForm.read(form, tenant.currentRoutine().routine());
        if (!read.problems().isEmpty()) {
            return page(model, tenant, read.routine(), read.agreedWith(), read.problems());
        }
        try {
            var saved = tenants.changeRoutine(tenant.id(), read.routine(), read.agreedWith());
            int version = saved.currentRoutine().version();
            redirect.addFlashAttribute(
                    "notice",
                    version == tenant.currentRoutine().version()
                            ? messages.getMessage("admin.routine.unchanged", null, locale)
                            : messages.getMessage("admin.routine.saved", new Object[] {version}, locale));
            return "redirect:/admin/rutine";
        } catch (TenantServiceClient.Refused refused) {
            return page(model, tenant, read.routine(), read.agreedWith(), refused.problems());
        }
    }

    private static String page(
            Model model,
            TenantServiceClient.TenantView tenant,
            Routine routine,
            List<String> agreedWith,
            List<Problem> problems) {
        model.addAttribute("tenant", tenant);
        model.addAttribute("routine", routine);
        model.addAttribute("agreedWith", String.join(", ", agreedWith));
        model.addAttribute("problems", problems);
        model.addAttribute(
                "people",
                // Only people who can log in can be named to receive: a case sent to anyone else would strand.
                tenant.organisation().people().stream()
                        .filter(p -> p.active() && p.hasLogin())
                        .toList());
        model.addAttribute("units", tenant.organisation().units());
        model.addAttribute("complainantTypes", Routine.ComplainantType.values());
        model.addAttribute("spanUnits", Routine.SpanUnit.values());
        model.addAttribute("tracks", List.of("complaint", "whistleblowing"));
        // The languages the categories are named in beyond Bokmål, Nynorsk and English: those the routine offers.
        model.addAttribute("otherLanguages", LanguageConfiguration.extraLanguagesOf(routine));
        return "tenantadmin/routine";
    }
}
