package no.klagesak.tenants.tenant;

import java.util.List;
import java.util.Optional;

/** The tenants this service owns. */
public interface Tenants {

    Optional<Tenant> findBy(String tenantId);

    List<Tenant> findAll();

    /** Every tenant's id, name and whether it is active, read without the rest (the start page's list). */
    List<Name> names();

    /** A tenant as a list names it. */
    record Name(String id, String name, boolean active) {}

    /**
     * Stores a new tenant and its snapshot event in one write. Returns false, storing nothing, when the id is taken.
     */
    boolean addIfAbsent(Tenant tenant);

    /**
     * Stores the tenant's next revision and its snapshot event in one write, only if the stored revision is still
     * {@code expectedRevision}; otherwise throws {@link ConcurrentChange}.
     */
    void update(Tenant tenant, long expectedRevision);

    /** Someone else changed the tenant in between; reload and try again. */
    class ConcurrentChange extends RuntimeException {
        public ConcurrentChange(String tenantId) {
            super("Tenant " + tenantId + " was changed by someone else");
        }
    }
}
