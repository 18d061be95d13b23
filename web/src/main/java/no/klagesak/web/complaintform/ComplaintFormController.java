package no.klagesak.web.complaintform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.web.services.IntakeClient;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public form: what the routine promises first, then the questions the routine asks, in the person's language.
 * A refused complaint comes back with an error summary that has the focus, and nothing was stored.
 */
@Controller
class ComplaintFormController {

    private final IntakeClient intake;
    private final ComplaintFields fields;
    private final MessageSource messages;

    ComplaintFormController(IntakeClient intake, ComplaintFields fields, MessageSource messages) {
        this.intake = intake;
        this.fields = fields;
        this.messages = messages;
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

    /** The same form for a complainant logged in with ID-porten: what they send is listed among their complaints. */
    @GetMapping("/t/{tenantId}/mine-saker/klage")
    String signedInForm(@PathVariable String tenantId, Locale locale, Model model) {
        model.addAttribute("signedIn", true);
        return form(tenantId, locale, model);
    }

    @PostMapping("/t/{tenantId}/mine-saker/klage")
    String signedInSubmit(
            @PathVariable String tenantId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            Locale locale,
            Model model,
            HttpServletRequest http)
            throws IOException {
        model.addAttribute("signedIn", true);
        return submit(tenantId, form, attachments, locale, model, http);
    }

    @PostMapping("/t/{tenantId}/klage")
    String submit(
            @PathVariable String tenantId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            Locale locale,
            Model model,
            HttpServletRequest http)
            throws IOException {
        String key = ComplaintFields.submissionKey(form);
        List<IntakeClient.File> files = new ArrayList<>();
        if (attachments != null) {
            for (MultipartFile file : attachments) {
                if (!file.isEmpty()) {
                    files.add(new IntakeClient.File(
                            file.getOriginalFilename() == null ? "vedlegg" : file.getOriginalFilename(),
                            file.getBytes()));
                }
            }
        }
        model.addAttribute("filesSent", !files.isEmpty());
        var complaint = fields.complaint(form, locale.getLanguage());
        var sent = Boolean.TRUE.equals(model.getAttribute("signedIn"))
                ? intake.submit(tenantId, key, complaint, files, http.getRemoteAddr(), true)
                : intake.submit(tenantId, key, complaint, files, http.getRemoteAddr());
        return switch (sent) {
            case IntakeClient.Sent.Received received -> {
                model.addAttribute("anonymous", form.containsKey("anonymous"));
                model.addAttribute(
                        "gaveEmail",
                        !form.getOrDefault("email", List.of("")).getFirst().isBlank());
                yield fields.receipt(tenantId, received, locale, model);
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

    /**
     * The receipt again, in the language the reader switched to: the page posts back what it showed (the code is never
     * stored readable, so it cannot be shown any other way). Only what a receipt can hold is taken.
     */
    @PostMapping("/t/{tenantId}/klage/kvittering")
    String receiptAgain(
            @PathVariable String tenantId,
            @RequestParam String reference,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "COMPLAINT") String track,
            @RequestParam(defaultValue = "false") boolean easy,
            @RequestParam(required = false) @Nullable Boolean anonymous,
            @RequestParam(defaultValue = "false") boolean gaveEmail,
            Locale locale,
            Model model) {
        if (!reference.matches("[A-Z0-9]{1,12}-\\d{4}-\\d{1,10}")
                || !(code.isEmpty() || code.matches("\\d{20}"))
                || !List.of("COMPLAINT", "WHISTLEBLOWING").contains(track)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("anonymous", anonymous);
        model.addAttribute("gaveEmail", gaveEmail);
        model.addAttribute("easy", easy);
        String page = fields.receipt(
                tenantId,
                new IntakeClient.Sent.Received(reference, track, code.isEmpty() ? null : code),
                locale,
                model);
        return easy ? "complaintform/easy-receipt" : page;
    }

    /**
     * Disagreement with a decision by NAV: not for the company to decide. The page says how to appeal to NAV and by
     * when, and takes the participant's own statement for the company's next report to NAV (routine 004).
     */
    @GetMapping("/t/{tenantId}/klage/nav")
    String navDecision(@PathVariable String tenantId, Locale locale, Model model) {
        return navPage(
                tenantId, locale, model, Map.of(), List.of(), UUID.randomUUID().toString());
    }

    @PostMapping("/t/{tenantId}/klage/nav")
    String navStatement(
            @PathVariable String tenantId,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model,
            HttpServletRequest http) {
        String key = ComplaintFields.submissionKey(form);
        Map<String, Object> statement = fields.complaint(form, locale.getLanguage());
        statement.put("complainantRole", "PARTICIPANT");
        statement.put("category", ComplaintReceived.NAV_DECISION);
        statement.put("subject", messages.getMessage("nav.statement.subject", null, locale));
        return switch (intake.submit(tenantId, key, statement, List.of(), http.getRemoteAddr())) {
            case IntakeClient.Sent.Received received -> fields.receipt(tenantId, received, locale, model);
            case IntakeClient.Sent.Refused refused ->
                navPage(
                        tenantId,
                        locale,
                        model,
                        form.toSingleValueMap(),
                        fields.errors(refused.problems(), form.toSingleValueMap(), locale),
                        key);
        };
    }

    private String navPage(
            String tenantId,
            Locale locale,
            Model model,
            Map<String, String> values,
            List<ComplaintFields.Error> errors,
            String submissionKey) {
        var rules = fields.describe(model, tenantId, locale, values, errors);
        if (!rules.complainantRoles().contains("PARTICIPANT")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("submission", submissionKey);
        return "complaintform/nav";
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
        model.addAttribute(
                "formPath",
                Boolean.TRUE.equals(model.getAttribute("signedIn"))
                        ? "/t/" + tenantId + "/mine-saker/klage"
                        : "/t/" + tenantId + "/klage");
        return "complaintform/form";
    }
}
