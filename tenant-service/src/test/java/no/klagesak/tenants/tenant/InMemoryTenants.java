package no.klagesak.tenants.tenant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tenants in memory, with the same revision check as the store, for the domain's tests. */
public class InMemoryTenants implements Tenants {

    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();

    @Override
    public Optional<Tenant> findBy(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    @Override
    public List<Tenant> findAll() {
        return List.copyOf(tenants.values());
    }

    @Override
    public List<Name> names() {
        return tenants.values().stream()
                .map(t -> new Name(t.id(), t.name(), t.active()))
                .toList();
    }

    @Override
    public boolean addIfAbsent(Tenant tenant) {
        return tenants.putIfAbsent(tenant.id(), tenant) == null;
    }

    @Override
    public void update(Tenant tenant, long expectedRevision) {
        if (tenants.computeIfPresent(
                        tenant.id(), (id, stored) -> stored.revision() == expectedRevision ? tenant : stored)
                != tenant) {
            throw new ConcurrentChange(tenant.id());
        }
    }
}
