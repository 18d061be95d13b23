package no.klagesak.reporting.statistics.export;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.support.tenant.TenantCopy;
import org.springframework.stereotype.Component;

/**
 * Names for what the statistics count by code, from this service's copy of the tenant: they follow the routine and
 * organisation as they are now, so the board reads names, not codes.
 */
@Component
public class TenantNames {

    private final TenantCopy tenants;

    TenantNames(TenantCopy tenants) {
        this.tenants = tenants;
    }

    public String displayName(String tenantId) {
        return tenants.find(tenantId)
                .map(t -> t.current().routine().presentation().displayName())
                .orElse(tenantId);
    }

    /** Category codes by their Bokmål names, retired categories included. */
    public Map<String, String> categories(String tenantId) {
        Map<String, String> names = new HashMap<>(tenants.find(tenantId)
                .map(t -> t.current().routine().categories().stream()
                        .collect(Collectors.toMap(
                                Routine.Category::code, c -> c.names().nb(), (a, b) -> a)))
                .orElse(Map.of()));
        // Every tenant that serves participants receives these; the board sees them counted apart.
        names.putIfAbsent(ComplaintReceived.NAV_DECISION, "Uenig i vedtak fra NAV (egen uttalelse)");
        return names;
    }

    /** Unit ids by their names; units removed since keep their id. */
    public Map<String, String> units(String tenantId) {
        return tenants.find(tenantId)
                .map(t -> t.organisation().units().stream()
                        .collect(Collectors.toMap(Organisation.Unit::id, Organisation.Unit::name, (a, b) -> a)))
                .orElse(Map.of());
    }
}
