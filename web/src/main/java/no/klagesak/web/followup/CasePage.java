package no.klagesak.web.followup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.web.LanguageConfiguration;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.IntakeClient.FollowUpAction;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The complainant's case page, as the follow-up page shows it with the receipt code and "Klagene dine" shows it to a
 * complainant logged in with ID-porten: the state in plain words, when the answer is due, the answer or the final
 * decision, the conversation, and only the steps the case's state allows.
 */
@Component
public class CasePage {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final MessageSource messages;

    CasePage(MessageSource messages) {
        this.messages = messages;
    }

    /** One message as shown: who wrote it, when, and the text (always escaped). */
    record ShownMessage(String id, boolean fromComplainant, String kind, String when, String text) {}

    /**
     * Asks before a complaint is withdrawn, which cannot be undone: the reason they wrote is kept in the form, "yes"
     * sends the withdrawal, "no" goes back to the case with nothing sent. Works without JavaScript.
     *
     * @param code the receipt code (the follow-up page), or null for a complainant logged in with ID-porten
     * @param back where "no" goes for a logged-in complainant (the follow-up page goes back by posting the code)
     */
    public String confirmWithdrawal(
            TenantServiceClient.PublishedTenant tenant,
            @Nullable String code,
            String formAction,
            String back,
            @Nullable String text,
            Locale locale,
            Model model) {
        model.addAttribute("tenant", tenant);
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("code", code);
        model.addAttribute("formAction", formAction);
        model.addAttribute("back", back);
        model.addAttribute("text", text == null ? "" : text.strip());
        return "followup/confirm-withdrawal";
    }

    /**
     * @param code the receipt code, sent again with each step from a hidden field; null for a complainant logged in
     *     with ID-porten, whose steps are theirs by their login
     * @param formAction where the page's forms post
     */
    public String show(
            TenantServiceClient.PublishedTenant tenant,
            @Nullable String code,
            String formAction,
            IntakeClient.FollowUpView view,
            @Nullable FollowUpAction done,
            List<String> errors,
            Locale locale,
            Model model) {
        String language = locale.getLanguage();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
        Routine routine = tenant.routines().getLast().routine();
        String category = routine.categories().stream()
                .filter(c -> c.code().equals(view.category()))
                .findFirst()
                .map(c -> c.names().in(language))
                .orElse(view.category());
        model.addAttribute("tenant", tenant);
        model.addAttribute("lang", language);
        model.addAttribute("view", view);
        model.addAttribute("code", code);
        model.addAttribute("formAction", formAction);
        model.addAttribute("category", category);
        model.addAttribute("receivedOn", dates.format(view.receivedAt().atZone(OSLO)));
        model.addAttribute(
                "conversation",
                view.messages().stream()
                        .map(m -> new ShownMessage(
                                m.id(), m.fromComplainant(), m.kind(), times.format(m.at().atZone(OSLO)), m.text()))
                        .toList());
        model.addAttribute(
                "minutes",
                view.messages().stream()
                        .filter(m -> m.id().equals(view.openMinutes()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "question",
                view.messages().stream()
                        .filter(m -> m.id().equals(view.openQuestion()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("deadline", view.deadline() == null ? null : dates.format(view.deadline()));
        var answer = view.answer().orElse(null);
        model.addAttribute("answer", answer);
        model.addAttribute(
                "answerWhen", answer == null ? null : times.format(answer.at().atZone(OSLO)));
        model.addAttribute("done", done == null ? null : message("follow-up.done." + done.name(), locale));
        // The deviation form (routine 001), with what was written when it comes back refused; a new id otherwise.
        if (!model.containsAttribute("deviationForm") || done == FollowUpAction.DEVIATION) {
            model.addAttribute(
                    "deviationForm",
                    new IntakeClient.DeviationReport(UUID.randomUUID().toString(), null, null, null, false));
        }
        model.addAttribute("deviationKinds", RoutingServiceClient.DEVIATION_KINDS);
        model.addAttribute("errors", errors);
        model.addAttribute("extraLanguages", LanguageConfiguration.extraLanguagesOf(routine));
        if (code != null) {
            // The page came from a post with the code: the language menu posts the code again (a hidden form), so a
            // reader who switches language stays on their case instead of being asked for the code again.
            model.addAttribute("languageForm", "language-switch");
            model.addAttribute("languageAction", formAction);
            model.addAttribute("languageStay", "OPEN");
        }
        return "followup/case";
    }

    public List<String> errors(Map<String, String> problems, Locale locale) {
        return problems.entrySet().stream()
                .map(p -> messages.getMessage(
                        "follow-up.problem." + p.getKey() + "." + p.getValue(),
                        null,
                        message("follow-up.problem.other", locale),
                        locale))
                .toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
