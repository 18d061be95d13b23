package no.klagesak.intake.complaint;

import java.util.Optional;

/** What intake needs to know of a tenant's routine. */
public interface TenantRules {

    /** Empty when no such tenant is served; otherwise whether it receives anonymous complaints. */
    Optional<Boolean> anonymousAllowed(String tenantId);
}
