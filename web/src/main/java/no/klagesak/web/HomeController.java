package no.klagesak.web;

import java.util.List;
import no.klagesak.support.security.OrganizationClaim;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClientException;

@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    private final TenantServiceClient tenants;

    HomeController(TenantServiceClient tenants) {
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
            model.addAttribute("tenantName", tenantId == null ? null : nameOf(tenantId));
        } else {
            model.addAttribute("companies", companies());
        }
        return "home";
    }

    /** The companies a visitor may complain to; null when the tenant service does not answer (the page says so). */
    private @Nullable List<TenantServiceClient.ListedTenant> companies() {
        try {
            return tenants.listed();
        } catch (RestClientException e) {
            log.warn("The tenant service did not answer: {}", e.toString());
            return null;
        }
    }

    /** The tenant's published name; its id when the tenant service does not answer, so the page still works. */
    private String nameOf(String tenantId) {
        try {
            return tenants.published(tenantId)
                    .map(TenantServiceClient.PublishedTenant::name)
                    .orElse(tenantId);
        } catch (RestClientException e) {
            log.warn("The tenant service did not answer: {}", e.toString());
            return tenantId;
        }
    }
}
