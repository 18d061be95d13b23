package no.klagesak.web.operator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.klagesak.web.services.TenantServiceClient;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenants the platform serves, and onboarding: name, alias, template and the first admin's e-mail. */
@Controller
class TenantsController {

    private final TenantServiceClient tenants;
    private final MessageSource messages;

    TenantsController(TenantServiceClient tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/operator/virksomheter")
    String list(Model model) {
        return page(model, new Onboarding("", "", "", ""), List.of());
    }

    /** Safe to send again: a half-done onboarding is completed, and nothing is made twice. */
    @PostMapping("/operator/virksomheter")
    String onboard(
            @RequestParam String name,
            @RequestParam String alias,
            @RequestParam(defaultValue = "") String template,
            @RequestParam String adminEmail,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var form = new Onboarding(name.strip(), alias.strip(), template, adminEmail.strip());
        try {
            var tenant = tenants.onboard(form.alias(), form.name(), form.template(), form.adminEmail());
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("operator.onboarded", new Object[] {tenant.name(), form.adminEmail()}, locale));
            return "redirect:/operator/virksomheter";
        } catch (TenantServiceClient.Refused refused) {
            return page(model, form, refused.problems());
        }
    }

    /** Sends the first admin's invitation again, unless they have set a password already. */
    @PostMapping("/operator/virksomheter/{tenantId}/invitasjon")
    String resend(@PathVariable String tenantId, RedirectAttributes redirect, Locale locale) {
        boolean sent = tenants.resendInvitation(tenantId);
        redirect.addFlashAttribute(
                "notice",
                messages.getMessage(sent ? "operator.invitation.sent" : "operator.invitation.accepted", null, locale));
        return "redirect:/operator/virksomheter";
    }

    private String page(Model model, Onboarding form, List<TenantServiceClient.Problem> problems) {
        model.addAttribute("tenants", tenants.tenants());
        model.addAttribute(
                "invitations",
                tenants.invitations().stream()
                        .collect(Collectors.toMap(TenantServiceClient.Invitation::tenantId, i -> i, (a, b) -> a)));
        var templates = tenants.templates();
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("templates", templates);
        model.addAttribute(
                "templateNames",
                templates.stream()
                        .collect(Collectors.toMap(
                                TenantServiceClient.TemplateView::id, t -> english ? t.nameEn() : t.nameNb())));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "operator/tenants";
    }

    record Onboarding(String name, String alias, String template, String adminEmail) {}
}
