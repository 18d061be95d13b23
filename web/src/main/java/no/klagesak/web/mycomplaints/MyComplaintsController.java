package no.klagesak.web.mycomplaints;

import java.util.Locale;
import no.klagesak.web.NorwegianTime;
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

    MyComplaintsController(IntakeClient intake, TenantServiceClient tenants, CategoryNames categories) {
        this.intake = intake;
        this.tenants = tenants;
        this.categories = categories;
    }

    /** A line of the list, in the reader's words. */
    record Line(
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
                                c.reference(),
                                NorwegianTime.PAGES.day(c.receivedAt()),
                                names.getOrDefault(c.category(), c.category()),
                                c.state(),
                                c.deadline() == null
                                        ? null
                                        : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                                                .format(c.deadline())))
                        .toList());
        return "mycomplaints/mine";
    }
}
