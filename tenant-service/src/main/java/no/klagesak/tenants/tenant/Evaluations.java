package no.klagesak.tenants.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The routine's evaluations, one document each, kept per tenant. */
public interface Evaluations {

    /**
     * Records it; false when the tenant has one with the same id (the same form sent twice), which stays as it was.
     * Another tenant's ids are not seen.
     */
    boolean add(Evaluation evaluation);

    /** The tenant's evaluation with this id (the form's). */
    Optional<Evaluation> find(String tenantId, String id);

    /** The tenant's evaluations, the latest held first. */
    List<Evaluation> of(String tenantId);

    /** When the tenant's latest evaluation was held; read alone, for the published routine. */
    Optional<LocalDate> lastHeldOn(String tenantId);
}
