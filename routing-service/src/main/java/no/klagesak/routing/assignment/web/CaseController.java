package no.klagesak.routing.assignment.web;

import java.util.List;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.TenantAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class CaseController {

    private final Cases cases;
    private final RoutingRoutines tenants;

    CaseController(Cases cases, RoutingRoutines tenants) {
        this.cases = cases;
        this.tenants = tenants;
    }

    /** A case the complaint concerns the caller in answers 404, as if it did not exist. */
    @GetMapping("/api/cases/{complaintId}")
    ComplaintCase show(Authentication authentication, @PathVariable String complaintId) {
        String tenantId = CurrentTenant.of(authentication);
        String caller = personOf(tenantId, authentication);
        return cases.findBy(tenantId, complaintId)
                .filter(c -> !c.concerns(caller))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The caller's person id in the tenant's organisation, found by their user name; null when they are not in it. */
    private @Nullable String personOf(String tenantId, Authentication authentication) {
        if (!(authentication instanceof TenantAuthentication token)) return null;
        return tenants.find(tenantId)
                .flatMap(t -> t.organisation().people().stream()
                        .filter(p -> token.username().equals(p.username()))
                        .findFirst())
                .map(no.klagesak.contracts.tenant.Organisation.Person::id)
                .orElse(null);
    }

    /**
     * The tenant's cases, soonest deadline first; with {@code handler}, only that handler's, for example to reassign the
     * cases of someone who has left. (Every case is open until the case workflow can close one.)
     */
    @GetMapping("/api/cases")
    List<ComplaintCase> list(Authentication authentication, @RequestParam(required = false) @Nullable String handler) {
        String tenantId = CurrentTenant.of(authentication);
        String caller = personOf(tenantId, authentication);
        return cases.findAll(tenantId).stream()
                .filter(c -> !c.concerns(caller))
                .filter(c -> handler == null || handler.equals(c.handler()))
                .toList();
    }
}
