package no.klagesak.web.tenantadmin;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.TenantServiceClient;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every change to the tenant: who, when, and each setting from what to what. */
@Controller
class HistoryController {

    private final TenantServiceClient tenants;
    private final MessageSource messages;

    HistoryController(TenantServiceClient tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/admin/historikk")
    String history(@AuthenticationPrincipal OidcUser user, Model model, Locale locale) {
        String tenantId = StaffTenant.of(user);
        var tenant = tenants.tenant(tenantId);
        model.addAttribute("tenant", tenant);
        // Ids and user names as the people and units they stand for.
        Map<String, String> names = new HashMap<>();
        tenant.organisation().units().forEach(u -> names.put(u.id(), u.name()));
        tenant.organisation().people().forEach(p -> {
            names.put(p.id(), p.name());
            if (p.username() != null) names.put(p.username(), p.name());
        });
        model.addAttribute("labels", new FieldLabels(messages, locale, names));
        model.addAttribute(
                "changes",
                tenants.history(tenantId).stream()
                        .map(c -> new Line(NorwegianTime.PAGES.at(c.at()), c))
                        .toList());
        return "tenantadmin/history";
    }

    record Line(String when, TenantServiceClient.Change change) {}
}
