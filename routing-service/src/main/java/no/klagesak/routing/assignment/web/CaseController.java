package no.klagesak.routing.assignment.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.CasePage;
import no.klagesak.routing.assignment.CaseSummary;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.security.TenantAuthentication;
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
     * One handler's cases a page at a time ({@code handler}; the caller's own when left out): the open ones soonest
     * deadline first, the closed ones latest deadline first, or all by deadline ({@code show}); only those the caller
     * may see. A tenant admin lists the cases of someone who has left, to give them to others; no text is listed.
     *
     * @param page from 0
     * @param size at most {@value CasePage#LARGEST} lines
     */
    @GetMapping("/api/cases")
    Listing list(
            Authentication authentication,
            @RequestParam(required = false) @Nullable String handler,
            @RequestParam(defaultValue = "OPEN") Cases.Showing show,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + CasePage.USUAL) int size) {
        String tenantId = CurrentTenant.of(authentication);
        String caller = username(authentication);
        String whose = handler != null ? handler : caller;
        boolean own = whose.equals(caller);
        // Another's cases, whatever the caller may see of them, only for a tenant admin giving a leaver's cases away.
        boolean leaversCases = !own && Roles.has(authentication, "tenant-admin");
        Predicate<CaseSummary> keep = leaversCases ? s -> true : access.visibleTo(authentication);
        var found = cases.handledBy(tenantId, whose, show, keep, page, size)
                .map(s -> new Listed(s.file().complaintCase(), s.file().state()));
        // The count covers cases the caller may not see (a report about them): only of their own, or for the admin.
        long overdue = own || leaversCases ? cases.overdue(tenantId, whose, LocalDate.now(OSLO)) : 0;
        return new Listing(found.lines(), found.page(), found.size(), found.more(), overdue);
    }

    private static String username(Authentication authentication) {
        return authentication instanceof TenantAuthentication token ? token.username() : authentication.getName();
    }

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /**
     * A page of one handler's cases.
     *
     * @param more whether a next page has lines
     * @param overdue how many of the handler's open cases are past their deadline today, on every page; 0 when the
     *     caller lists someone else's cases (other than a tenant admin)
     */
    record Listing(List<Listed> lines, int page, int size, boolean more, long overdue) {}

    /**
     * A case in a list, with where its handling stands (so "Mine saker" can tell an open case from a closed one);
     * the admin's list of a leaver's cases has it too.
     */
    record Listed(@JsonUnwrapped ComplaintCase complaintCase, no.klagesak.contracts.@Nullable CaseState state) {}
}
