package no.klagesak.routing.assignment;

import java.util.Optional;
import no.klagesak.contracts.TenantSnapshot;

/** Looks up a tenant: every routine version it has had, and its organisation now. */
public interface RoutingRoutines {

    Optional<TenantSnapshot> find(String tenantId);
}
