package no.klagesak.web.tenantadmin;

import java.util.List;
import java.util.Locale;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.TenantServiceClient;
import no.klagesak.web.services.TenantServiceClient.CompanyLogin;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company's own login (Microsoft Entra ID, Google Workspace or another OpenID Connect provider): once connected,
 * staff with an e-mail in the company's domain log in with their work account and land as the person the
 * organisation knows.
 */
@Controller
class CompanyLoginController {

    private final TenantServiceClient tenants;
    private final MessageSource messages;
    private final String realmUrl;

    CompanyLoginController(
            TenantServiceClient tenants,
            MessageSource messages,
            @Value("${klagesak.web.end-session-uri}") String endSessionUri) {
        this.tenants = tenants;
        this.messages = messages;
        this.realmUrl = endSessionUri.substring(0, endSessionUri.indexOf("/protocol/"));
    }

    @GetMapping("/admin/innlogging")
    String show(@AuthenticationPrincipal OidcUser user, Model model) {
        String tenantId = StaffTenant.of(user);
        var connected = tenants.companyLogin(tenantId);
        return page(
                model,
                tenantId,
                connected.orElse(new CompanyLogin("ENTRA", "", "", null, "")),
                connected.isPresent(),
                List.of());
    }

    @PostMapping("/admin/innlogging")
    String connect(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String issuer,
            @RequestParam(defaultValue = "") String clientId,
            @RequestParam(defaultValue = "") String clientSecret,
            @RequestParam(defaultValue = "") String domain,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        String tenantId = StaffTenant.of(user);
        var login = new CompanyLogin(kind.isBlank() ? null : kind, issuer, clientId, clientSecret, domain);
        try {
            tenants.connectCompanyLogin(tenantId, login);
            redirect.addFlashAttribute("notice", messages.getMessage("admin.login.connected", null, locale));
            return "redirect:/admin/innlogging";
        } catch (TenantServiceClient.Refused refused) {
            boolean connected = tenants.companyLogin(tenantId).isPresent();
            return page(
                    model,
                    tenantId,
                    new CompanyLogin(login.kind(), issuer, clientId, null, domain),
                    connected,
                    refused.problems());
        }
    }

    /** Disconnecting needs a tick: staff who log in only there cannot log in until they get a password. */
    @PostMapping("/admin/innlogging/fjern")
    String disconnect(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(required = false) @Nullable String confirm,
            RedirectAttributes redirect,
            Locale locale) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("notice", messages.getMessage("admin.login.confirm-first", null, locale));
            return "redirect:/admin/innlogging";
        }
        tenants.disconnectCompanyLogin(StaffTenant.of(user));
        redirect.addFlashAttribute("notice", messages.getMessage("admin.login.disconnected", null, locale));
        return "redirect:/admin/innlogging";
    }

    private String page(
            Model model,
            String tenantId,
            CompanyLogin login,
            boolean connected,
            List<TenantServiceClient.Problem> problems) {
        model.addAttribute("login", login);
        model.addAttribute("connected", connected);
        model.addAttribute("problems", problems);
        model.addAttribute("redirectUri", realmUrl + "/broker/company-" + tenantId + "/endpoint");
        return "tenantadmin/company-login";
    }
}
