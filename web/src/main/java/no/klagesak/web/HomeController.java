package no.klagesak.web;

import no.klagesak.support.security.OrganizationClaim;
import no.klagesak.support.tenant.TenantDirectory;
import no.klagesak.support.tenant.TenantRoutine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final TenantDirectory tenants;

    HomeController(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /** The tenant is the organization in the verified ID token; its name comes from the tenant directory. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable OidcUser user, Model model) {
        if (user != null) {
            String tenantId = OrganizationClaim.singleTenant(user.getClaims());
            model.addAttribute(
                    "userName", user.getFullName() != null ? user.getFullName() : user.getPreferredUsername());
            model.addAttribute("tenantId", tenantId);
            model.addAttribute(
                    "tenantName",
                    tenantId == null
                            ? null
                            : tenants.find(tenantId)
                                    .map(TenantRoutine::displayName)
                                    .orElse(tenantId));
        }
        return "home";
    }
}
