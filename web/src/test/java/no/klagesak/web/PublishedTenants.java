package no.klagesak.web;

import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.TenantServiceClient;

/** Tenants as the tenant service publishes them, for the web's page tests. */
public final class PublishedTenants {

    private PublishedTenants() {}

    /** What intake says the form asks under a routine: participants and employees may complain, in these units. */
    public static no.klagesak.web.services.IntakeClient.FormRules rules(
            no.klagesak.contracts.tenant.Routine routine,
            boolean anonymous,
            java.util.Map<String, String> units,
            java.util.Map<String, String> receivers) {
        java.util.Map<String, String> categories = new java.util.LinkedHashMap<>();
        routine.categories().forEach(c -> categories.put(c.code(), c.track().name()));
        return new no.klagesak.web.services.IntakeClient.FormRules(
                1,
                anonymous,
                routine.who().nameRequired(),
                routine.who().contactRequired(),
                routine.who().desiredChangeRequired(),
                routine.who().writtenOnly(),
                java.util.Set.of("PARTICIPANT", "EMPLOYEE"),
                categories,
                units,
                receivers);
    }

    /** "AS {id}" with one routine version from the template. */
    public static TenantServiceClient.PublishedTenant of(String id, Template template) {
        var routine = template.routine("AS " + id, "p-1");
        return new TenantServiceClient.PublishedTenant(
                id, "AS " + id, 1, List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)));
    }
}
