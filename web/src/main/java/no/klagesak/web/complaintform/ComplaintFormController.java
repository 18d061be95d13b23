package no.klagesak.web.complaintform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public form: what the routine promises first, then the questions the routine asks, in the person's language.
 * A refused complaint comes back with an error summary that has the focus, and nothing was stored.
 */
@Controller
class ComplaintFormController {

    private final IntakeClient intake;
    private final TenantServiceClient tenants;
    private final MessageSource messages;

    ComplaintFormController(IntakeClient intake, TenantServiceClient tenants, MessageSource messages) {
        this.intake = intake;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** One error in the summary: the field's id in the page, and the message. */
    record Error(String field, String message) {}

    /** A category offered, with its name in the person's language. */
    record Choice(String code, String name, boolean whistleblowing) {}

    @GetMapping("/t/{tenantId}/klage")
    String form(@PathVariable String tenantId, Locale locale, Model model) {
        return page(
                tenantId,
                locale,
                model,
                new LinkedHashMap<>(),
                List.of(),
                UUID.randomUUID().toString());
    }

    @PostMapping("/t/{tenantId}/klage")
    String submit(
            @PathVariable String tenantId,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model) {
        String key = valid(form.getFirst("submission"))
                ? form.getFirst("submission")
                : UUID.randomUUID().toString();
        boolean anonymous = form.containsKey("anonymous");
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("complainantRole", form.getFirst("complainantRole"));
        complaint.put("category", form.getFirst("category"));
        complaint.put("subject", form.getFirst("subject"));
        complaint.put("description", form.getFirst("description"));
        complaint.put("desiredChange", form.getFirst("desiredChange"));
        complaint.put("concernsLineManager", form.containsKey("concernsLineManager"));
        complaint.put("language", locale.getLanguage());
        if (!anonymous) {
            Map<String, Object> complainant = new LinkedHashMap<>();
            complainant.put("name", form.getFirst("name"));
            complainant.put("email", blankToNull(form.getFirst("email")));
            complainant.put("phone", blankToNull(form.getFirst("phone")));
            complaint.put("complainant", complainant);
        }
        return switch (intake.submit(tenantId, key, complaint)) {
            case IntakeClient.Sent.Received received -> {
                model.addAttribute("reference", received.reference());
                model.addAttribute("tenant", tenants.published(tenantId).orElseThrow());
                model.addAttribute("lang", locale.getLanguage());
                yield "complaintform/receipt";
            }
            case IntakeClient.Sent.Refused refused ->
                page(
                        tenantId,
                        locale,
                        model,
                        form.toSingleValueMap(),
                        errors(refused.problems(), form.toSingleValueMap(), locale),
                        key);
        };
    }

    private String page(
            String tenantId,
            Locale locale,
            Model model,
            Map<String, String> values,
            List<Error> errors,
            String submissionKey) {
        var rules = intake.rules(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var tenant = tenants.published(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Routine routine = tenant.version(rules.version())
                .orElse(tenant.routines().getLast())
                .routine();
        String language = locale.getLanguage();
        model.addAttribute("tenant", tenant);
        model.addAttribute("rules", rules);
        model.addAttribute("routine", routine);
        model.addAttribute("lang", language);
        model.addAttribute(
                "roles",
                java.util.Arrays.stream(Routine.ComplainantType.values())
                        .map(Enum::name)
                        .filter(rules.complainantRoles()::contains)
                        .toList());
        model.addAttribute(
                "categories",
                routine.categories().stream()
                        .filter(c -> rules.categories().containsKey(c.code()))
                        .map(c ->
                                new Choice(c.code(), c.names().in(language), c.track() == Routine.Track.WHISTLEBLOWING))
                        .toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldsInError", errors.stream().map(Error::field).toList());
        model.addAttribute("submission", submissionKey);
        return "complaintform/form";
    }

    /** The form's fields in the order they are asked, so the summary reads in the same order as the page. */
    private static final List<String> ORDER =
            List.of("complainantRole", "category", "subject", "description", "desiredChange", "name", "email", "phone");

    /** The service's problems, as sentences in the person's language, in the order of the form. */
    private List<Error> errors(Map<String, String> problems, Map<String, String> values, Locale locale) {
        return problems.entrySet().stream()
                .map(p -> {
                    String field = fieldId(p.getKey());
                    boolean notChosen = (field.equals("complainantRole") || field.equals("category"))
                            && (values.get(field) == null || values.get(field).isBlank());
                    String code = notChosen ? "choose" : p.getValue();
                    return new Error(
                            field,
                            messages.getMessage("form.field." + p.getKey(), null, p.getKey(), locale) + " – "
                                    + messages.getMessage("form.problem." + code, null, code, locale));
                })
                .sorted(java.util.Comparator.comparingInt(
                        e -> ORDER.indexOf(e.field()) < 0 ? ORDER.size() : ORDER.indexOf(e.field())))
                .toList();
    }

    /** The id of the input a problem belongs to, so the summary links to it. */
    private static String fieldId(String field) {
        return switch (field) {
            case "complainant", "complainant.name" -> "name";
            case "complainant.email" -> "email";
            case "complainant.phone" -> "phone";
            default -> field;
        };
    }

    private static boolean valid(@Nullable String key) {
        return key != null && key.matches("[A-Za-z0-9-]{8,100}");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
