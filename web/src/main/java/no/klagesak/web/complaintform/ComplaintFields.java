package no.klagesak.web.complaintform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.web.LanguageConfiguration;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the public form and staff registration ask alike: who, what it concerns, the text, and the person. Both pages
 * show these fields from {@code complaintform/fields.html} and send them the same way; refusals come back as one
 * summary in the order of the page.
 */
@Component
public class ComplaintFields {

    /** The fields in the order they are asked, so the summary reads in the same order as the page. */
    private static final List<String> ORDER = List.of(
            "complainantRole",
            "category",
            "subject",
            "description",
            "desiredChange",
            "concerns",
            "concernsName",
            "concernsService",
            "chosenReceiver",
            "attachments",
            "name",
            "email",
            "phone",
            "relation",
            "consented",
            "medium",
            "helpedBy",
            "confirmedByComplainant",
            "offeredWrittenForm");

    private final MessageSource messages;
    private final IntakeClient intake;
    private final TenantServiceClient tenants;

    ComplaintFields(MessageSource messages, IntakeClient intake, TenantServiceClient tenants) {
        this.messages = messages;
        this.intake = intake;
        this.tenants = tenants;
    }

    /**
     * Puts the tenant's current form in the model, with the values sent and the errors found; 404 for a tenant that
     * has no form.
     */
    public IntakeClient.FormRules describe(
            Model model, String tenantId, Locale locale, Map<String, String> values, List<Error> errors) {
        var rules = intake.rules(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var tenant = tenants.published(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        describe(model, rules, tenant, locale.getLanguage(), values, errors);
        return rules;
    }

    /**
     * The receipt page: the reference, and the code to follow the complaint up with, shown this once (in groups of
     * four digits).
     */
    public String receipt(String tenantId, IntakeClient.Sent.Received received, Locale locale, Model model) {
        model.addAttribute("reference", received.reference());
        model.addAttribute("rawCode", received.receiptCode() == null ? "" : received.receiptCode());
        model.addAttribute("receiptTrack", received.track());
        model.addAttribute(
                "receiptCode",
                received.receiptCode() == null ? null : received.receiptCode().replaceAll("(\\d{4})(?!$)", "$1 "));
        var tenant = tenants.published(tenantId).orElseThrow();
        model.addAttribute("tenant", tenant);
        model.addAttribute("lang", locale.getLanguage());
        // The written acknowledgement states the expected handling time (routine 000): this page is one.
        var deadlines = tenant.routines().getLast().routine().deadlines();
        model.addAttribute(
                "answerWithin",
                "WHISTLEBLOWING".equals(received.track())
                        ? deadlines.whistleblowing().handling()
                        : deadlines.complaint().handling());
        model.addAttribute(
                "extraLanguages",
                LanguageConfiguration.extraLanguagesOf(
                        tenant.routines().getLast().routine()));
        // The code is shown once: the language menu posts the receipt back to be shown in another language.
        model.addAttribute("languageForm", "language-switch");
        model.addAttribute("languageAction", "/t/" + tenantId + "/klage/kvittering");
        model.addAttribute("languageStay", "receipt");
        return "complaintform/receipt";
    }

    /** The key that makes a repeated send one complaint: the page's own, or a new one when it sent none. */
    public static String submissionKey(MultiValueMap<String, String> form) {
        String key = form.getFirst("submission");
        return key != null && key.matches("[A-Za-z0-9-]{8,100}")
                ? key
                : UUID.randomUUID().toString();
    }

    /** One error in the summary: the field's id in the page, and the message. */
    public record Error(String field, String message) {}

    /** A category offered, with its name and its easy-read name in the person's language. */
    public record Choice(String code, String name, String easyName, boolean whistleblowing) {}

    /** Puts what the fields fragment needs in the model: the routine of the version a complaint sent now gets. */
    private void describe(
            Model model,
            IntakeClient.FormRules rules,
            TenantServiceClient.PublishedTenant tenant,
            String language,
            Map<String, String> values,
            List<Error> errors) {
        Routine routine = tenant.version(rules.version())
                .orElse(tenant.routines().getLast())
                .routine();
        model.addAttribute("tenant", tenant);
        model.addAttribute("rules", rules);
        model.addAttribute("routine", routine);
        model.addAttribute("lang", language);
        model.addAttribute(
                "roles",
                Arrays.stream(Routine.ComplainantType.values())
                        .map(Enum::name)
                        .filter(rules.complainantRoles()::contains)
                        .toList());
        model.addAttribute(
                "categories",
                routine.categories().stream()
                        .filter(c -> rules.categories().containsKey(c.code()))
                        .map(c -> new Choice(
                                c.code(),
                                c.names().in(language),
                                c.easyName(language),
                                c.track() == Routine.Track.WHISTLEBLOWING))
                        .toList());
        model.addAttribute("extraLanguages", LanguageConfiguration.extraLanguagesOf(routine));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldsInError", errors.stream().map(Error::field).toList());
    }

    /** The complaint as intake's JSON takes it; no person when the complainant chose to be anonymous. */
    public Map<String, Object> complaint(MultiValueMap<String, String> form, String language) {
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("complainantRole", form.getFirst("complainantRole"));
        complaint.put("category", form.getFirst("category"));
        complaint.put("subject", form.getFirst("subject"));
        complaint.put("description", form.getFirst("description"));
        complaint.put("desiredChange", form.getFirst("desiredChange"));
        String concerns = form.getFirst("concerns");
        complaint.put("concernsLineManager", "LINE_MANAGER".equals(concerns));
        if ("LINE_MANAGER".equals(concerns) && blankToNull(form.getFirst("ownUnit")) != null) {
            // Their own unit, when they say: its leader is the nearest leader the complaint is about.
            complaint.put("concerns", Map.of("kind", "LINE_MANAGER", "id", String.valueOf(form.getFirst("ownUnit"))));
        } else if ("PERSON".equals(concerns)) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("kind", "PERSON");
            person.put("name", blankToNull(form.getFirst("concernsName")));
            complaint.put("concerns", person);
        } else if (concerns != null
                && List.of("MANAGING_DIRECTOR", "BOARD_MEMBER", "OUTSIDE").contains(concerns)) {
            complaint.put("concerns", Map.of("kind", concerns));
        } else if ("UNIT".equals(concerns)) {
            complaint.put("concerns", Map.of("kind", "UNIT", "id", String.valueOf(form.getFirst("concernsUnit"))));
        } else if ("SERVICE".equals(concerns)) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("kind", "SERVICE");
            service.put("service", blankToNull(form.getFirst("concernsService")));
            complaint.put("concerns", service);
        }
        complaint.put("chosenReceiver", blankToNull(form.getFirst("chosenReceiver")));
        // The complainant's language, for the acknowledgement; one the platform does not know is sent as Bokmål.
        complaint.put(
                "language",
                List.of("nb", "nn", "en").contains(language)
                                || LanguageConfiguration.EXTRA_LANGUAGES.containsKey(language)
                        ? language
                        : "nb");
        if (!form.containsKey("anonymous")) {
            Map<String, Object> complainant = new LinkedHashMap<>();
            complainant.put("name", form.getFirst("name"));
            complainant.put("email", blankToNull(form.getFirst("email")));
            complainant.put("phone", blankToNull(form.getFirst("phone")));
            if ("REPRESENTATIVE".equals(form.getFirst("complainantRole"))) {
                Map<String, Object> representing = new LinkedHashMap<>();
                representing.put("relation", blankToNull(form.getFirst("relation")));
                representing.put("consented", form.containsKey("consented"));
                complainant.put("representing", representing);
            }
            complaint.put("complainant", complainant);
        }
        return complaint;
    }

    /** The service's problems, as sentences in the person's language, in the order of the form. */
    public List<Error> errors(Map<String, String> problems, Map<String, String> values, Locale locale) {
        return problems.entrySet().stream()
                .map(p -> {
                    String field = fieldId(p.getKey());
                    boolean notChosen =
                            (field.equals("complainantRole") || field.equals("category") || field.equals("medium"))
                                    && (values.get(field) == null
                                            || values.get(field).isBlank());
                    String code = notChosen ? "choose" : p.getValue();
                    return new Error(
                            field,
                            label(p.getKey(), locale) + " – "
                                    + messages.getMessage(
                                            "form.problem." + p.getKey() + "." + code,
                                            null,
                                            messages.getMessage("form.problem." + code, null, code, locale),
                                            locale));
                })
                .sorted(Comparator.comparingInt(
                        e -> ORDER.indexOf(e.field()) < 0 ? ORDER.size() : ORDER.indexOf(e.field())))
                .toList();
    }

    /** The field's name as the page asks for it; a file by its number: "Vedlegg 2". */
    private String label(String key, Locale locale) {
        var file = Pattern.compile("attachments\\[(\\d+)]").matcher(key);
        if (file.matches()) {
            return messages.getMessage(
                    "form.field.attachment", new Object[] {Integer.parseInt(file.group(1)) + 1}, locale);
        }
        return messages.getMessage("form.field." + key, null, key, locale);
    }

    /** The id of the input a problem belongs to, so the summary links to it. */
    private static String fieldId(String field) {
        return switch (field) {
            case "complainant", "complainant.name" -> "name";
            case "complainant.email" -> "email";
            case "complainant.phone" -> "phone";
            case "staffRegistration", "staffRegistration.medium" -> "medium";
            case "concerns.service" -> "concernsService";
            case "concerns.name" -> "concernsName";
            case "complainant.representing.relation" -> "relation";
            case "complainant.representing.consented" -> "consented";
            case "concerns.id", "concerns.kind" -> "concerns";
            case String file when file.startsWith("attachments") -> "attachments";
            default -> field.startsWith("staffRegistration.") ? field.substring("staffRegistration.".length()) : field;
        };
    }

    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
