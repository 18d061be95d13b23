package no.klagesak.web.survey;

import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Routine 004: "du har rett til å gjennomføre anonym brukerundersøkelse før du slutter hos oss". A staff member makes a
 * one-time link for a participant who leaves and hands it over as a QR code on paper or in a message. The page shows
 * the link once, after the POST; nothing records who asked for it or for whom.
 */
@Controller
class LeavingSurveyController {

    static final String PAGE = "/undersokelse-ved-avslutning";

    private final NotificationServiceClient notifications;
    private final TenantServiceClient tenants;

    LeavingSurveyController(NotificationServiceClient notifications, TenantServiceClient tenants) {
        this.notifications = notifications;
        this.tenants = tenants;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal OidcUser user, Model model) {
        String tenantId = StaffTenant.of(user);
        boolean offered = tenants.published(tenantId)
                .flatMap(t -> t.version(t.currentVersion()))
                .map(v -> v.routine().notices().leavingSurvey())
                .orElse(false);
        model.addAttribute("offered", offered);
        if (model.getAttribute("url") instanceof String url) {
            model.addAttribute("qr", QrCodeSvg.of(url));
        }
        return "survey/leaving";
    }

    @PostMapping(PAGE)
    String handOut(@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        StaffTenant.of(user);
        @Nullable String url = notifications.handOutLeavingSurvey().orElse(null);
        if (url != null) redirect.addFlashAttribute("url", url);
        return "redirect:" + PAGE;
    }
}
