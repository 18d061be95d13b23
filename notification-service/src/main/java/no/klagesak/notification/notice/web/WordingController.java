package no.klagesak.notification.notice.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klagesak.notification.notice.Languages;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.NoticeKind;
import no.klagesak.notification.notice.Samples;
import no.klagesak.notification.notice.templates.MustacheTemplates;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.text.Lix;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For the tenant admin who words the notices: the wording in use (the tenant's own, or the platform's to start from),
 * and a preview filled with sample data, with the readability index of what a complainant reads in Bokmål. Any of the
 * seven languages complainants are written in is accepted; staff read nb, nn or en, so a staff notice worded in
 * another language is never sent, and the platform's Bokmål is what it starts from.
 */
@RestController
class WordingController {

    private final MustacheTemplates templates;
    private final TenantCopy tenants;

    WordingController(MustacheTemplates templates, TenantCopy tenants) {
        this.templates = templates;
        this.tenants = tenants;
    }

    record Wording(
            NoticeKind kind,
            String language,
            String subject,
            String text,
            boolean own,
            String audience,
            List<String> values) {}

    record Draft(
            @Nullable NoticeKind kind,
            @Nullable String language,
            @Nullable String subject,
            @Nullable String text) {}

    record Preview(String subject, String text, @Nullable Double lix) {}

    @GetMapping("/api/notices/wording")
    Wording wording(Authentication authentication, @RequestParam NoticeKind kind, @RequestParam String language) {
        String tenantId = admin(authentication);
        known(language);
        var own = tenants.find(tenantId)
                .flatMap(t -> t.current().routine().presentation().wording(kind.name(), language));
        var wording = own.orElseGet(() -> templates.platformWording(kind, language));
        return new Wording(
                kind,
                language,
                wording.subject(),
                wording.text(),
                own.isPresent(),
                kind.audience().name(),
                Samples.names());
    }

    @PostMapping("/api/notices/wording/preview")
    Preview preview(Authentication authentication, @RequestBody Draft draft) {
        String tenantId = admin(authentication);
        if (draft.kind() == null || draft.subject() == null || draft.text() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind, subject and text are needed");
        }
        String language = draft.language() == null ? "nb" : draft.language();
        known(language);
        String name = tenants.find(tenantId)
                .map(t -> t.current().routine().presentation().displayName())
                .orElse(tenantId);
        Map<String, Object> values = Samples.values(name, language);
        Letter letter = templates.preview(draft.subject(), draft.text(), values);
        // The platform holds what complainants read in Bokmål to LIX 30; the handler's own words are left out.
        Double lix = draft.kind().audience() == NoticeKind.Audience.COMPLAINANT && "nb".equals(language)
                ? Lix.of(templates
                                .preview(draft.subject(), draft.text(), withoutHandlersWords(values))
                                .subject()
                        + ".\n"
                        + templates
                                .preview(draft.subject(), draft.text(), withoutHandlersWords(values))
                                .text()
                                .replaceAll("https?://\\S+", ""))
                : null;
        return new Preview(letter.subject(), letter.text(), lix);
    }

    @ExceptionHandler
    ProblemDetail invalid(MustacheTemplates.InvalidWording invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }

    private static Map<String, Object> withoutHandlersWords(Map<String, Object> values) {
        var copy = new HashMap<>(values);
        copy.put("reason", "");
        copy.put("response", "");
        return copy;
    }

    private static void known(String language) {
        if (!Languages.COMPLAINANT.contains(language)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "language is one of " + String.join(", ", Languages.COMPLAINANT));
        }
    }

    private static String admin(Authentication authentication) {
        Roles.require(authentication, "Tenant admins only", "tenant-admin");
        return CurrentTenant.of(authentication);
    }
}
