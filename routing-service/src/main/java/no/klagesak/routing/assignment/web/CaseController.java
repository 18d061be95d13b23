package no.klagesak.routing.assignment.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CaseController {

    private final Cases cases;
    private final CaseAccess access;

    CaseController(Cases cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    /** A case the complaint concerns the caller in answers 404, as if it did not exist. */
    @GetMapping("/api/cases/{complaintId}")
    ComplaintCase show(Authentication authentication, @PathVariable String complaintId) {
        return access.opened(authentication, complaintId, "CASE");
    }

    /**
     * Need to know, for intake-service, which holds the complaint's text and files: the caller may read them when
     * they may see the case (else 404, as if it did not exist), and may ask the complainant a question when they may
     * handle it.
     */
    @GetMapping("/api/cases/{complaintId}/access")
    ContentAccess access(Authentication authentication, @PathVariable String complaintId) {
        ComplaintCase visible = access.visible(authentication, complaintId);
        String tenantId = CurrentTenant.of(authentication);
        return new ContentAccess(
                true,
                access.refusal(tenantId, CaseAction.QUESTION_ASKED, visible, authentication) == null,
                access.because(authentication, complaintId));
    }

    /** @param because why the caller may read it, for the reading service's audit log */
    record ContentAccess(boolean read, boolean ask, String because) {}

    /**
     * The tenant's cases, soonest deadline first; with {@code handler}, only that handler's, for example to reassign the
     * cases of someone who has left. (Every case is open until the case workflow can close one.)
     */
    @GetMapping("/api/cases")
    List<Listed> list(Authentication authentication, @RequestParam(required = false) @Nullable String handler) {
        String tenantId = CurrentTenant.of(authentication);
        boolean tenantAdmin = Roles.has(authentication, "tenant-admin");
        // A tenant admin lists one handler's cases to reassign them when that person leaves; no text is listed.
        if (tenantAdmin && handler != null) {
            return cases.findAll(tenantId).stream()
                    .filter(c -> handler.equals(c.handler()))
                    .map(c -> new Listed(c, null))
                    .toList();
        }
        return access.visibleCases(authentication).stream()
                .filter(s -> handler == null
                        || handler.equals(s.file().complaintCase().handler()))
                .map(s -> new Listed(s.file().complaintCase(), s.file().state()))
                .toList();
    }

    /**
     * A case in a list, with where its handling stands (so "Mine saker" can tell an open case from a closed one);
     * the state is absent in the admin's list of a leaver's cases, which reads only the assignments.
     */
    record Listed(@JsonUnwrapped ComplaintCase complaintCase, no.klagesak.contracts.@Nullable CaseState state) {}
}
