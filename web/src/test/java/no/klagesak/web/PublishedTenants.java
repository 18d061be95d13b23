package no.klagesak.web;

import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.TenantServiceClient;

/** Tenants as the tenant service publishes them, for the web's page tests. */
public final class PublishedTenants {

    private PublishedTenants() {}

    /** "AS {id}" with one routine version from the template. */
    public static TenantServiceClient.PublishedTenant of(String id, Template template) {
        var routine = template.routine("AS " + id, "p-1");
        return new TenantServiceClient.PublishedTenant(
                id, "AS " + id, 1, List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)));
    }
}
