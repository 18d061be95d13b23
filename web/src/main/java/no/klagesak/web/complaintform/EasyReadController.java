package no.klagesak.web.complaintform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The easy-read form at {@code /t/{tenant}/klage/lettlest}: plain words, one question per page, a pictogram for each,
 * and a page to check everything before sending. The answers so far travel in hidden fields, so it needs neither
 * JavaScript nor a session; what it sends is the same complaint as the ordinary form.
 */
@Controller
class EasyReadController {

    /** The questions, in order. */
    enum Step {
        WHO,
        WHAT,
        HAPPENED,
        CHANGE,
        YOU,
        CHECK
    }

    /** Every answer the steps collect; carried from page to page. */
    static final List<String> ANSWERS = List.of(
            "complainantRole", "category", "description", "desiredChange", "anonymous", "name", "email", "phone");

    private final IntakeClient intake;
    private final ComplaintFields fields;
    private final MessageSource messages;

    EasyReadController(IntakeClient intake, ComplaintFields fields, MessageSource messages) {
        this.intake = intake;
        this.fields = fields;
        this.messages = messages;
    }

    @GetMapping("/t/{tenantId}/klage/lettlest")
    String start(@PathVariable String tenantId, Locale locale, Model model) {
        var rules = fields.describe(model, tenantId, locale, Map.of(), List.of());
        model.addAttribute("submission", UUID.randomUUID().toString());
        return show(rules, first(rules), Map.of(), List.of(), model);
    }

    @PostMapping("/t/{tenantId}/klage/lettlest")
    String step(
            @PathVariable String tenantId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "WHO") Step step,
            @RequestParam(defaultValue = "next") String action,
            Locale locale,
            Model model,
            HttpServletRequest http) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String answer : ANSWERS) {
            String value = form.getFirst(answer);
            if (value != null && !value.isBlank()) answers.put(answer, value);
        }
        var rules = fields.describe(model, tenantId, locale, answers, List.of());
        model.addAttribute("submission", ComplaintFields.submissionKey(form));
        if (rules.complainantRoles().size() == 1) {
            answers.put("complainantRole", rules.complainantRoles().iterator().next());
        }
        if (action.startsWith("goto-")) {
            return show(rules, Step.valueOf(action.substring(5)), answers, List.of(), model);
        }
        if (action.equals("back")) {
            return show(rules, previous(step, rules), answers, List.of(), model);
        }
        List<String> missing = missing(step, answers, rules, locale);
        if (!missing.isEmpty()) return show(rules, step, answers, missing, model);
        if (step != Step.CHECK) return show(rules, next(step), answers, List.of(), model);

        MultiValueMap<String, String> complaint = new LinkedMultiValueMap<>();
        // Anonymous only when the person said so ("yes"); the ordinary form's checkbox means the same.
        answers.forEach((answer, value) -> {
            if (!answer.equals("anonymous") || value.equals("yes")) complaint.add(answer, value);
        });
        Map<String, Object> sent = fields.complaint(complaint, locale.getLanguage());
        sent.put(
                "subject",
                messages.getMessage("easy.subject", null, locale) + " "
                        + categoryName(model, answers, ComplaintFields.Choice::name));
        String key = ComplaintFields.submissionKey(form);
        return switch (intake.submit(tenantId, key, sent, List.of(), http.getRemoteAddr())) {
            case IntakeClient.Sent.Received received -> {
                fields.receipt(tenantId, received, locale, model);
                // Its own receipt, in the same easy words, that speaks of anonymity only to someone who chose it.
                model.addAttribute("anonymous", "yes".equals(answers.get("anonymous")));
                model.addAttribute("gaveEmail", answers.containsKey("email"));
                model.addAttribute("easy", true);
                yield "complaintform/easy-receipt";
            }
            case IntakeClient.Sent.Refused refused ->
                show(
                        rules,
                        Step.CHECK,
                        answers,
                        fields.errors(refused.problems(), answers, locale).stream()
                                .map(ComplaintFields.Error::message)
                                .toList(),
                        model);
        };
    }

    private String show(
            IntakeClient.FormRules rules, Step step, Map<String, String> answers, List<String> errors, Model model) {
        // Pages are counted from the first one this person sees: where only one kind of person may complain, the
        // question who they are is never asked, and the form still starts at page 1.
        int skipped = first(rules).ordinal();
        model.addAttribute("step", step.name());
        model.addAttribute("stepNumber", step.ordinal() - skipped + 1);
        model.addAttribute("stepCount", Step.values().length - skipped);
        model.addAttribute("answers", answers);
        model.addAttribute("easyErrors", errors);
        model.addAttribute("categoryName", categoryName(model, answers, ComplaintFields.Choice::easyName));
        model.addAttribute("easy", true);
        // The language menu sends the answers along and shows this step again in the language chosen.
        model.addAttribute("languageForm", "easy");
        var tenant = (TenantServiceClient.PublishedTenant) model.getAttribute("tenant");
        model.addAttribute("languageAction", "/t/" + (tenant == null ? "" : tenant.id()) + "/klage/lettlest");
        model.addAttribute("languageStay", "goto-" + step.name());
        model.addAttribute("languageDefault", "next");
        return "complaintform/easy";
    }

    @SuppressWarnings("unchecked")
    private static String categoryName(
            Model model, Map<String, String> answers, Function<ComplaintFields.Choice, String> name) {
        var categories = (List<ComplaintFields.Choice>) model.getAttribute("categories");
        if (categories == null) return "";
        return categories.stream()
                .filter(c -> c.code().equals(answers.get("category")))
                .map(name)
                .findFirst()
                .orElse("");
    }

    /** What the step still needs, in easy words. */
    private List<String> missing(Step step, Map<String, String> answers, IntakeClient.FormRules rules, Locale locale) {
        List<String> missing = new ArrayList<>();
        switch (step) {
            case WHO -> need(missing, answers, "complainantRole", "easy.missing.who", locale);
            case WHAT -> need(missing, answers, "category", "easy.missing.what", locale);
            case HAPPENED -> need(missing, answers, "description", "easy.missing.happened", locale);
            case CHANGE -> {
                if (rules.desiredChangeRequired())
                    need(missing, answers, "desiredChange", "easy.missing.change", locale);
            }
            case YOU -> {
                boolean anonymous = rules.anonymousAllowed() && "yes".equals(answers.get("anonymous"));
                if (!anonymous) need(missing, answers, "name", "easy.missing.name", locale);
                if (!anonymous
                        && rules.contactRequired()
                        && !answers.containsKey("email")
                        && !answers.containsKey("phone")) {
                    missing.add(messages.getMessage("easy.missing.contact", null, locale));
                }
            }
            case CHECK -> {}
        }
        return missing;
    }

    private void need(List<String> missing, Map<String, String> answers, String answer, String key, Locale locale) {
        if (!answers.containsKey(answer)) missing.add(messages.getMessage(key, null, locale));
    }

    private static Step first(IntakeClient.FormRules rules) {
        return rules.complainantRoles().size() == 1 ? Step.WHAT : Step.WHO;
    }

    private static Step next(Step step) {
        return Step.values()[Math.min(step.ordinal() + 1, Step.values().length - 1)];
    }

    private static Step previous(Step step, IntakeClient.FormRules rules) {
        Step previous = Step.values()[Math.max(step.ordinal() - 1, 0)];
        return previous == Step.WHO && rules.complainantRoles().size() == 1 ? Step.WHAT : previous;
    }
}
