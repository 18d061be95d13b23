package no.klagesak.web;

import no.klagesak.support.security.OrganizationClaim;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final PublishedTenants tenants;

    HomeController(PublishedTenants tenants) {
        this.tenants = tenants;
    }

    /** The tenant is the organization in the verified ID token; its name comes from the tenant service. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable OidcUser user, Model model) {
        if (user != null) {
            String tenantId = OrganizationClaim.singleTenant(user.getClaims());
            model.addAttribute(
                    "userName", user.getFullName() != null ? user.getFullName() : user.getPreferredUsername());
            model.addAttribute("tenantId", tenantId);
            model.addAttribute(
                    "tenantName",
                    tenantId == null ? null : tenants.nameOf(tenantId).orElse(tenantId));
        }
        return "home";
    }
}
