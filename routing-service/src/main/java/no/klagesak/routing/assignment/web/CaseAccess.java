package no.klagesak.routing.assignment.web;

import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.TenantAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see a case: in the caller's tenant only, and never the person it concerns. A case the caller may not see
 * answers 404, as if it did not exist.
 */
@Component
class CaseAccess {

    private final Cases cases;
    private final RoutingRoutines tenants;

    CaseAccess(Cases cases, RoutingRoutines tenants) {
        this.cases = cases;
        this.tenants = tenants;
    }

    ComplaintCase visible(Authentication authentication, String complaintId) {
        String tenantId = CurrentTenant.of(authentication);
        String caller = personOf(tenantId, authentication);
        return cases.findBy(tenantId, complaintId)
                .filter(c -> !c.concerns(caller))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The caller's person id in the tenant's organisation, by their user name; null when they are not in it. */
    @Nullable
    String personOf(String tenantId, Authentication authentication) {
        if (!(authentication instanceof TenantAuthentication token)) return null;
        return tenants.find(tenantId)
                .flatMap(t -> t.organisation().people().stream()
                        .filter(p -> token.username().equals(p.username()))
                        .findFirst())
                .map(Organisation.Person::id)
                .orElse(null);
    }
}
