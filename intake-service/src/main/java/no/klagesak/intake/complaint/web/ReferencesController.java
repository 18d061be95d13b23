package no.klagesak.intake.complaint.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference numbers for complaint ids, and the id of a reference number, in the caller's tenant, for the tenant admin's
 * audit log page (searched by reference, shown by reference). No content; at most 500 ids at a time.
 */
@RestController
class ReferencesController {

    private final Complaints complaints;

    ReferencesController(Complaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/api/complaint-references")
    Map<String, String> references(
            Authentication authentication,
            @RequestParam(required = false) @Nullable List<String> ids,
            @RequestParam(required = false) @Nullable String reference) {
        Roles.require(authentication, "The tenant admin only", "tenant-admin");
        List<String> wanted = ids == null ? List.of() : ids.stream().limit(500).toList();
        String ref = reference == null || reference.isBlank()
                ? null
                : reference.strip().toUpperCase(Locale.ROOT);
        return complaints.references(CurrentTenant.of(authentication), wanted, ref);
    }
}
