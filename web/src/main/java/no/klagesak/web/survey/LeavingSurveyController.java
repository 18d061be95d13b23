package no.klagesak.web.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.web.LanguageConfiguration;
import no.klagesak.web.LanguageConfiguration.Language;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Routine 004: "du har rett til å gjennomføre anonym brukerundersøkelse før du slutter hos oss". A staff member makes a
 * one-time link for a participant who leaves, in the participant's language, and hands it over as a QR code on paper or
 * in a message. The link is shown in the answer to the POST only, never kept in the session: nothing records who asked
 * for it or for whom.
 */
@Controller
class LeavingSurveyController {

    static final String PAGE = "/undersokelse-ved-avslutning";

    private final NotificationServiceClient notifications;
    private final TenantServiceClient tenants;
    private final MessageSource messages;

    LeavingSurveyController(
            NotificationServiceClient notifications, TenantServiceClient tenants, MessageSource messages) {
        this.notifications = notifications;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal OidcUser user, Model model) {
        show(model, routine(StaffTenant.of(user)));
        return "survey/leaving";
    }

    @PostMapping(PAGE)
    String handOut(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(defaultValue = "nb") String language,
            Model model,
            HttpServletResponse response) {
        var routine = routine(StaffTenant.of(user));
        List<Language> languages = show(model, routine);
        Language chosen = languages.stream()
                .filter(l -> l.code().equals(language))
                .findFirst()
                .orElse(languages.getFirst());
        model.addAttribute("chosen", chosen.code());
        // The link is never stored by the browser or a proxy, and is gone once the page is left.
        response.setHeader("Cache-Control", "no-store");
        var handOut = routine.isEmpty()
                ? new NotificationServiceClient.HandOut(null, NotificationServiceClient.NoLink.NOT_OFFERED)
                : notifications.handOutLeavingSurvey();
        if (handOut.link() == null) {
            // Notification's copy of the routine does not offer it (yet), or this person made the day's most links.
            boolean tooMany = handOut.refused() == NotificationServiceClient.NoLink.TOO_MANY_TODAY;
            model.addAttribute("offered", tooMany);
            model.addAttribute("refused", true);
            model.addAttribute("tooMany", tooMany);
            response.setStatus(tooMany ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.CONFLICT.value());
            return "survey/leaving";
        }
        String url = handOut.link().url();
        model.addAttribute("validDays", handOut.link().validDays());
        String link = chosen.code().equals("nb") ? url : url + "?lang=" + chosen.code();
        model.addAttribute("url", link);
        model.addAttribute("qr", QrCodeSvg.of(link));
        model.addAttribute("paperLanguage", chosen.code());
        model.addAttribute(
                "paper", messages.getMessage("survey.leaving.paper", null, Locale.forLanguageTag(chosen.code())));
        return "survey/leaving";
    }

    /** Whether the routine offers it, and the languages a participant may be asked in: Bokmål first. */
    private List<Language> show(Model model, Optional<Routine> routine) {
        model.addAttribute("offered", routine.isPresent());
        List<Language> languages = new ArrayList<>(
                List.of(new Language("nb", "Bokmål"), new Language("nn", "Nynorsk"), new Language("en", "English")));
        routine.ifPresent(r -> languages.addAll(LanguageConfiguration.extraLanguagesOf(r)));
        model.addAttribute("languages", languages);
        model.addAttribute("chosen", "nb");
        return languages;
    }

    /** The tenant's routine in force, where it offers the survey when leaving. */
    private Optional<Routine> routine(String tenantId) {
        return tenants.published(tenantId)
                .flatMap(t -> t.version(t.currentVersion()))
                .map(v -> v.routine())
                .filter(r -> r.notices().leavingSurvey());
    }
}
