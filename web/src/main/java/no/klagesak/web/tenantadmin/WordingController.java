package no.klagesak.web.tenantadmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.web.LanguageConfiguration;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wording of the notices, per kind and language: the platform's by default, the tenant's own where the admin wrote
 * one. A draft is shown filled with sample data before it is saved; saving makes a new routine version, and the wording
 * applies to notices sent from then on.
 */
@Controller
class WordingController {

    /** Every notice notification-service sends, in the order a case meets them. */
    static final List<String> KINDS = List.of(
            "ACKNOWLEDGEMENT",
            "QUESTION",
            "MINUTES",
            "DELAY",
            "RESPONSE",
            "ESCALATION_RECEIVED",
            "DECISION",
            "ASSIGNMENT",
            "QUEUED",
            "COMPLAINANT_WROTE",
            "COMPLAINANT_AWAITED",
            "CONCERNED_REVIEW_DUE",
            "ESCALATED",
            "NEW_COMPLAINT",
            "DAILY_DIGEST",
            "REMINDER",
            "BREACH",
            "CHECK_IN_DUE",
            "ACKNOWLEDGEMENT_OVERDUE",
            "CONCERNED_NOTICE",
            "DEVIATION_REPORTED",
            "DEVIATION_OVERDUE",
            "EVALUATION_DUE",
            "SURVEY");

    /**
     * What the complainant reads, in any language the tenant offers; the rest goes to staff (and the person concerned),
     * who read nb, nn or en only, so those have no wording in the extra languages.
     */
    static final Set<String> TO_COMPLAINANTS = Set.of(
            "ACKNOWLEDGEMENT", "QUESTION", "MINUTES", "DELAY", "RESPONSE", "ESCALATION_RECEIVED", "DECISION", "SURVEY");

    /** Whether a kind has wording in a language: staff kinds in nb, nn and en only. */
    static boolean offered(String kind, String language) {
        return TO_COMPLAINANTS.contains(kind) || List.of("nb", "nn", "en").contains(language);
    }

    private final TenantServiceClient tenants;
    private final NotificationServiceClient notifications;
    private final MessageSource messages;

    WordingController(TenantServiceClient tenants, NotificationServiceClient notifications, MessageSource messages) {
        this.tenants = tenants;
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/admin/tekster")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        var presentation = tenant.currentRoutine().routine().presentation();
        model.addAttribute("kinds", KINDS);
        model.addAttribute("languages", languages(presentation));
        model.addAttribute("languageNames", languageNames());
        model.addAttribute("toComplainants", TO_COMPLAINANTS);
        model.addAttribute(
                "own",
                presentation.noticeWording().stream()
                        .map(w -> w.kind() + "." + w.language())
                        .toList());
        return "tenantadmin/wording-list";
    }

    @GetMapping("/admin/tekster/{kind}/{language}")
    String edit(
            @AuthenticationPrincipal OidcUser user,
            @PathVariable String kind,
            @PathVariable String language,
            Model model) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        check(tenant, kind, language);
        var wording = notifications.wording(kind, language);
        return page(
                model,
                kind,
                language,
                Placeholders.toNorwegian(wording.subject()),
                Placeholders.toNorwegian(wording.text()),
                wording,
                null);
    }

    @PostMapping("/admin/tekster/{kind}/{language}")
    String change(
            @AuthenticationPrincipal OidcUser user,
            @PathVariable String kind,
            @PathVariable String language,
            @RequestParam(defaultValue = "preview") String action,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        check(tenant, kind, language);
        var routine = tenant.currentRoutine().routine();
        List<Routine.NoticeWording> wording =
                new ArrayList<>(routine.presentation().noticeWording());
        wording.removeIf(w -> w.kind().equals(kind) && w.language().equals(language));
        // The admin writes the values under their Norwegian names; they are stored under the names filled in.
        String storedSubject = Placeholders.fromNorwegian(subject);
        String storedText = Placeholders.fromNorwegian(text);
        if (!action.equals("reset")) {
            var preview = notifications.preview(kind, language, storedSubject, storedText);
            if (action.equals("preview") || preview.error() != null || subject.isBlank() || text.isBlank()) {
                return page(model, kind, language, subject, text, notifications.wording(kind, language), preview);
            }
            wording.add(new Routine.NoticeWording(kind, language, storedSubject.strip(), storedText.strip()));
        }
        try {
            tenants.changeRoutine(
                    tenant.id(),
                    routine.withPresentation(routine.presentation().withNoticeWording(wording)),
                    tenant.currentRoutine().agreedWith());
        } catch (TenantServiceClient.Refused refused) {
            model.addAttribute("problems", refused.problems());
            return page(model, kind, language, subject, text, notifications.wording(kind, language), null);
        }
        redirect.addFlashAttribute(
                "notice",
                messages.getMessage(action.equals("reset") ? "wording.reset" : "wording.saved", null, locale));
        return "redirect:/admin/tekster";
    }

    private static String page(
            Model model,
            String kind,
            String language,
            String subject,
            String text,
            NotificationServiceClient.Wording inUse,
            NotificationServiceClient.Preview preview) {
        model.addAttribute("kind", kind);
        model.addAttribute("language", language);
        model.addAttribute("languageName", languageNames().getOrDefault(language, language));
        model.addAttribute("subject", subject);
        model.addAttribute("text", text);
        model.addAttribute("inUse", inUse);
        model.addAttribute("valueNames", Placeholders.names(inUse.values()));
        model.addAttribute("preview", preview);
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "tenantadmin/wording";
    }

    private static Map<String, String> languageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("nb", "Bokmål");
        names.put("nn", "Nynorsk");
        names.put("en", "English");
        names.putAll(LanguageConfiguration.EXTRA_LANGUAGES);
        return names;
    }

    private static Set<String> languages(Routine.Presentation presentation) {
        Set<String> languages = new LinkedHashSet<>(List.of("nb", "nn", "en"));
        languages.addAll(presentation.extraLanguages());
        return languages;
    }

    private static void check(TenantServiceClient.TenantView tenant, String kind, String language) {
        if (!KINDS.contains(kind)
                || !languages(tenant.currentRoutine().routine().presentation()).contains(language)
                || !offered(kind, language)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
