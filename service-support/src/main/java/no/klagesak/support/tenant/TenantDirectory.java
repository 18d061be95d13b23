package no.klagesak.support.tenant;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every tenant's routine, keyed by the tenant id, which is the Keycloak organization alias. Read from configuration
 * ({@code klagesak.tenants.*}); the demo tenants live in {@code klagesak-tenants.yml}.
 */
@ConfigurationProperties("klagesak")
public record TenantDirectory(Map<String, TenantRoutine> tenants) {

    public TenantDirectory {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }

    public Optional<TenantRoutine> find(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }
}
