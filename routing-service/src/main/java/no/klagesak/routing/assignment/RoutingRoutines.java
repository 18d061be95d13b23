package no.klagesak.routing.assignment;

import java.util.Optional;
import no.klagesak.contracts.TenantSnapshot;

/** Looks up a tenant: every routine version it has had, and its organisation now. */
public interface RoutingRoutines {

    Optional<TenantSnapshot> find(String tenantId);

    /**
     * The tenant once this service knows the routine version a complaint was received under. The tenant topic may
     * bring it after the complaint's event (a new tenant's first complaint, a version saved a moment before), so the
     * service's own copy waits for it a while; this default does not wait.
     */
    default Optional<TenantSnapshot> findWithVersion(String tenantId, int version) {
        return find(tenantId).filter(tenant -> tenant.version(version).isPresent());
    }
}
