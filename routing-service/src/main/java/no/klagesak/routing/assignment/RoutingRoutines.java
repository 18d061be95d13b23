package no.klagesak.routing.assignment;

import java.util.Optional;

/** Looks up a tenant's routine. */
public interface RoutingRoutines {

    Optional<RoutingRoutine> find(String tenantId);
}
