package no.klagesak.web.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.complaintform.ComplaintFields;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A staff member registers a complaint for someone, in their own tenant (from their token). The same questions as the
 * public form, and how it came: in person, by phone, letter or e-mail, who helped, and whether the complainant
 * confirmed what was written down.
 */
@Controller
class RegistrationController {

    /** How a complaint reached the staff member, in the order the page offers them. */
    static final List<String> MEDIA = List.of("IN_PERSON", "PHONE", "LETTER", "EMAIL");

    private final IntakeClient intake;
    private final TenantServiceClient tenants;
    private final ComplaintFields fields;

    RegistrationController(IntakeClient intake, TenantServiceClient tenants, ComplaintFields fields) {
        this.intake = intake;
        this.tenants = tenants;
        this.fields = fields;
    }

    @GetMapping("/registrering")
    String form(@AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        return page(
                StaffTenant.of(user),
                locale,
                model,
                new LinkedHashMap<>(),
                List.of(),
                UUID.randomUUID().toString());
    }

    @PostMapping("/registrering")
    String register(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model) {
        String tenantId = StaffTenant.of(user);
        String key = ComplaintFields.submissionKey(form);
        String language = form.getFirst("complaintLanguage") == null ? "nb" : form.getFirst("complaintLanguage");
        Map<String, Object> complaint = fields.complaint(form, language);
        Map<String, Object> staff = new LinkedHashMap<>();
        staff.put("medium", ComplaintFields.blankToNull(form.getFirst("medium")));
        staff.put("helpedBy", ComplaintFields.blankToNull(form.getFirst("helpedBy")));
        staff.put("confirmedByComplainant", form.containsKey("confirmedByComplainant"));
        staff.put("offeredWrittenForm", form.containsKey("offeredWrittenForm"));
        complaint.put("staffRegistration", staff);
        return switch (intake.register(key, complaint)) {
            case IntakeClient.Sent.Received received -> {
                model.addAttribute("reference", received.reference());
                model.addAttribute("tenant", tenants.published(tenantId).orElseThrow());
                model.addAttribute("lang", locale.getLanguage());
                yield "registration/registered";
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
        model.addAttribute("media", MEDIA);
        // The fields speak of the complainant, not to them: staff fill them in.
        model.addAttribute("staffVoice", true);
        model.addAttribute("submission", submissionKey);
        return "registration/form";
    }
}
