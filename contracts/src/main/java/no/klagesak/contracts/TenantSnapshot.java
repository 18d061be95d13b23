package no.klagesak.contracts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.RoutineVersion;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: a tenant's whole current state, published on the compacted topic {@code klagesak.tenants.v1} keyed
 * by tenant id. Every routine version is included, so a complaint received under an older version keeps its
 * deadlines after a change. A consumer keeps the snapshot with the highest {@link #revision}.
 *
 * @param tenantId the Keycloak organization alias
 * @param revision grows by one with every change to the tenant
 * @param active false when the tenant is closed: its form refuses new complaints
 * @param lastEvaluatedOn when the routine's latest yearly evaluation was held (routine 001); null before the first, and
 *     in snapshots from before it was published
 */
public record TenantSnapshot(
        String tenantId,
        String name,
        long revision,
        boolean active,
        List<RoutineVersion> routines,
        Organisation organisation,
        @Nullable LocalDate lastEvaluatedOn)
        implements IntegrationEvent {

    public static final String TYPE = "tenant.snapshot.v1";

    public TenantSnapshot {
        routines = List.copyOf(routines);
    }

    /** A tenant whose routine has not been evaluated. */
    public TenantSnapshot(
            String tenantId,
            String name,
            long revision,
            boolean active,
            List<RoutineVersion> routines,
            Organisation organisation) {
        this(tenantId, name, revision, active, routines, organisation, null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The version new complaints are received under. */
    public RoutineVersion current() {
        return routines.stream()
                .max(Comparator.comparingInt(RoutineVersion::version))
                .orElseThrow(() -> new IllegalStateException("Tenant " + tenantId + " has no routine"));
    }

    public Optional<RoutineVersion> version(int version) {
        return routines.stream().filter(r -> r.version() == version).findFirst();
    }
}
