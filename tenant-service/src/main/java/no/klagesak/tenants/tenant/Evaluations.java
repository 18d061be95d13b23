package no.klagesak.tenants.tenant;

import java.util.List;

/** The routine's evaluations, one document each. */
public interface Evaluations {

    /** Records it; false when one with the same id was recorded before (the same form sent twice), which stays. */
    boolean add(Evaluation evaluation);

    /** The tenant's evaluations, the latest held first. */
    List<Evaluation> of(String tenantId);
}
