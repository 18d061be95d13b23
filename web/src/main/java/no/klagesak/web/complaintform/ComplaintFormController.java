package no.klagesak.web.complaintform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public form: what the routine promises first, then the questions the routine asks, in the person's language.
 * A refused complaint comes back with an error summary that has the focus, and nothing was stored.
 */
@Controller
class ComplaintFormController {

    private final IntakeClient intake;
    private final TenantServiceClient tenants;
    private final ComplaintFields fields;

    ComplaintFormController(IntakeClient intake, TenantServiceClient tenants, ComplaintFields fields) {
        this.intake = intake;
        this.tenants = tenants;
        this.fields = fields;
    }

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
        String key = ComplaintFields.submissionKey(form);
        return switch (intake.submit(tenantId, key, fields.complaint(form, locale.getLanguage()))) {
            case IntakeClient.Sent.Received received -> {
                model.addAttribute("reference", received.reference());
                model.addAttribute(
                        "receiptCode",
                        received.receiptCode() == null
                                ? null
                                : received.receiptCode().replaceAll("(\\d{4})(?!$)", "$1 "));
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
                        fields.errors(refused.problems(), form.toSingleValueMap(), locale),
                        key);
        };
    }

    private String page(
            String tenantId,
            Locale locale,
            Model model,
            Map<String, String> values,
            List<ComplaintFields.Error> errors,
            String submissionKey) {
        fields.describe(model, tenantId, locale, values, errors);
        model.addAttribute("submission", submissionKey);
        return "complaintform/form";
    }
}
