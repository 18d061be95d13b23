package no.klagesak.web.followup;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klagesak.web.LanguageConfiguration;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.IntakeClient.FollowUpAction;
import no.klagesak.web.services.IntakeClient.FollowedUp;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The complainant's follow-up page. Each step sends the code again (from a hidden field), so there is no session and no
 * cookie; a wrong code, too many tries or a text that is refused come back in an error summary that has the focus.
 */
@Controller
class FollowUpController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final IntakeClient intake;
    private final TenantServiceClient tenants;
    private final MessageSource messages;
    private final CasePage page;

    FollowUpController(IntakeClient intake, TenantServiceClient tenants, MessageSource messages, CasePage page) {
        this.intake = intake;
        this.tenants = tenants;
        this.messages = messages;
        this.page = page;
    }

    @GetMapping("/t/{tenantId}/oppfolging")
    String codePage(@PathVariable String tenantId, Locale locale, Model model) {
        return codePage(tenantId, locale, model, List.of());
    }

    @PostMapping("/t/{tenantId}/oppfolging")
    String step(
            @PathVariable String tenantId,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "OPEN") FollowUpAction action,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String answers,
            @RequestParam(required = false) @Nullable String desiredChange,
            @RequestParam(required = false) @Nullable Boolean agreed,
            @RequestParam(defaultValue = "false") boolean retaliation,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(required = false) @Nullable String formId,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String happenedOn,
            @RequestParam(required = false) @Nullable String concernsDirector,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        var tenant = tenant(tenantId);
        if (action == FollowUpAction.DEVIATION) {
            var report = new IntakeClient.DeviationReport(
                    formId == null || formId.isBlank() ? UUID.randomUUID().toString() : formId,
                    kind,
                    text,
                    happenedOn,
                    concernsDirector != null);
            return deviation(tenantId, code, report, request.getRemoteAddr(), locale, model);
        }
        if (action == FollowUpAction.WITHDRAWAL && !confirmed && !retaliation) {
            String formAction = "/t/" + tenantId + "/oppfolging";
            return page.confirmWithdrawal(tenant, code, formAction, formAction, text, locale, model);
        }
        String source = request.getRemoteAddr();
        FollowedUp result = retaliation
                ? intake.reportRetaliation(tenantId, code, text, desiredChange, source)
                : intake.followUp(tenantId, action, code, text, answers, agreed, source);
        return switch (result) {
            case FollowedUp.Reported reported -> {
                model.addAttribute("tenant", tenant);
                model.addAttribute("lang", locale.getLanguage());
                model.addAttribute("reference", reported.reference());
                model.addAttribute("receiptCode", reported.receiptCode().replaceAll("(\\d{4})(?!$)", "$1 "));
                yield "followup/retaliation";
            }
            case FollowedUp.Shown shown ->
                casePage(
                        tenantId,
                        code,
                        shown.view(),
                        action == FollowUpAction.OPEN ? null : action,
                        List.of(),
                        locale,
                        model);
            case FollowedUp.WrongCode wrong ->
                codePage(tenantId, locale, model, List.of(message("follow-up.code.wrong", locale)));
            case FollowedUp.TooManyTries tooMany ->
                codePage(
                        tenantId,
                        locale,
                        model,
                        List.of(messages.getMessage(
                                "follow-up.code.too-many", new Object[] {tooMany.minutes()}, locale)));
            case FollowedUp.Refused refused
            when refused.problems().containsKey("code") ->
                codePage(tenantId, locale, model, List.of(message("follow-up.code.invalid", locale)));
            case FollowedUp.Refused refused ->
                reopen(tenantId, code, source, errors(refused.problems(), locale), locale, model);
            case FollowedUp.Withdrawn withdrawn ->
                reopen(tenantId, code, source, List.of(message("follow-up.withdrawn.already", locale)), locale, model);
            // Only the deviation form reports one, and it does not come this way.
            case FollowedUp.DeviationReported reported -> reopen(tenantId, code, source, List.of(), locale, model);
        };
    }

    /**
     * A deviation reported from the follow-up page (routine 001): the case is shown again with the confirmation; a
     * refused form comes back with what was written and every problem.
     */
    private String deviation(
            String tenantId,
            String code,
            IntakeClient.DeviationReport report,
            String source,
            Locale locale,
            Model model) {
        return switch (intake.reportDeviation(tenantId, code, report, source)) {
            case FollowedUp.DeviationReported reported -> {
                if (intake.followUp(tenantId, FollowUpAction.OPEN, code, null, null, null, source)
                        instanceof FollowedUp.Shown shown) {
                    yield casePage(tenantId, code, shown.view(), FollowUpAction.DEVIATION, List.of(), locale, model);
                }
                yield codePage(tenantId, locale, model, List.of());
            }
            case FollowedUp.Refused refused
            when !refused.problems().containsKey("code") -> {
                model.addAttribute("deviationForm", report);
                yield reopen(tenantId, code, source, errors(refused.problems(), locale), locale, model);
            }
            case FollowedUp.TooManyTries tooMany ->
                codePage(
                        tenantId,
                        locale,
                        model,
                        List.of(messages.getMessage(
                                "follow-up.code.too-many", new Object[] {tooMany.minutes()}, locale)));
            default -> codePage(tenantId, locale, model, List.of(message("follow-up.code.wrong", locale)));
        };
    }

    private String reopen(
            String tenantId, String code, String source, List<String> errors, Locale locale, Model model) {
        if (intake.followUp(tenantId, FollowUpAction.OPEN, code, null, null, null, source)
                instanceof FollowedUp.Shown shown) {
            return casePage(tenantId, code, shown.view(), null, errors, locale, model);
        }
        return codePage(tenantId, locale, model, errors);
    }

    private String codePage(String tenantId, Locale locale, Model model, List<String> errors) {
        var tenant = tenant(tenantId);
        model.addAttribute("tenant", tenant);
        model.addAttribute(
                "extraLanguages",
                LanguageConfiguration.extraLanguagesOf(
                        tenant.routines().getLast().routine()));
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("errors", errors);
        return "followup/code";
    }

    private String casePage(
            String tenantId,
            String code,
            IntakeClient.FollowUpView view,
            @Nullable FollowUpAction done,
            List<String> errors,
            Locale locale,
            Model model) {
        return page.show(tenant(tenantId), code, "/t/" + tenantId + "/oppfolging", view, done, errors, locale, model);
    }

    private List<String> errors(Map<String, String> problems, Locale locale) {
        return page.errors(problems, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private TenantServiceClient.PublishedTenant tenant(String tenantId) {
        return tenants.published(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
