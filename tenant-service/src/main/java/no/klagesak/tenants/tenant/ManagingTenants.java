package no.klagesak.tenants.tenant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Template;
import org.jspecify.annotations.Nullable;

/** The use cases of the tenant admin and the platform operator: onboard, change the routine, change the organisation. */
public class ManagingTenants {

    private static final Pattern ALIAS = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int ATTEMPTS = 3;

    private final Tenants tenants;
    private final Clock clock;

    public ManagingTenants(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Creates the tenant from a template, with an organisation of one unit and one person: the first admin, who stands
     * in as managing director and receiver until the admin names the real people, and logs in with their e-mail (the
     * identity provider's user name for them), so a complaint that comes before the set-up reaches their list. Safe to repeat: the same request again returns
     * the tenant already made; a different one for a taken alias is refused.
     */
    public Tenant onboard(String alias, String name, Template template, String adminEmail, String by) {
        List<Problem> problems = new ArrayList<>();
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            problems.add(new Problem(
                    "alias",
                    "invalid",
                    "Kortnavnet må være 2–40 små bokstaver, tall eller bindestrek, og starte med en bokstav."));
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            problems.add(new Problem("name", "required", "Virksomheten trenger et navn (høyst 120 tegn)."));
        }
        if (template == null) {
            problems.add(new Problem("template", "required", "Velg en mal for rutinen."));
        }
        if (adminEmail == null || !EMAIL.matcher(adminEmail).matches()) {
            problems.add(new Problem("adminEmail", "invalid", "Oppgi e-posten til den første administratoren."));
        }
        if (!problems.isEmpty()) throw new InvalidSettings(problems);
        String email = adminEmail.strip().toLowerCase(Locale.ROOT);
        var existing = tenants.findBy(alias);
        if (existing.isPresent()) return sameOnboarding(existing.get(), name.strip(), template, email);

        String admin = "p-1";
        var organisation = new Organisation(
                List.of(new Organisation.Unit("u-1", name.strip(), null, admin)),
                List.of(new Organisation.Person(
                        admin,
                        email,
                        email,
                        email,
                        "Administrator",
                        "u-1",
                        null,
                        true,
                        null,
                        List.of(Organisation.Person.ADMIN))),
                admin,
                List.of(admin),
                "");
        Tenant tenant = Tenant.onboard(
                alias,
                name.strip(),
                template,
                email,
                organisation,
                template.routine(name.strip(), admin),
                by,
                clock.instant());
        if (tenants.addIfAbsent(tenant)) return tenant;
        return sameOnboarding(tenants.findBy(alias).orElseThrow(), name.strip(), template, email);
    }

    private static Tenant sameOnboarding(Tenant existing, String name, Template template, String email) {
        if (existing.name().equals(name)
                && existing.template() == template
                && existing.adminEmail().equals(email)) {
            return existing;
        }
        throw new InvalidSettings(List.of(new Problem(
                "alias", "taken", "Kortnavnet " + existing.id() + " er allerede i bruk av " + existing.name() + ".")));
    }

    public Tenant changeRoutine(String tenantId, Routine routine, List<String> agreedWith, String by) {
        return change(tenantId, t -> t.changeRoutine(routine, agreedWith, by, clock.instant()));
    }

    public Tenant changeOrganisation(String tenantId, Organisation organisation, String by) {
        return change(tenantId, t -> t.changeOrganisation(organisation, by, clock.instant()));
    }

    /**
     * The routine was evaluated on {@code heldOn}: the tenant's latest evaluation moves on (and its snapshot with it,
     * for the yearly reminder), unless a later one was recorded before.
     */
    public Tenant evaluated(String tenantId, java.time.LocalDate heldOn, String by) {
        return change(tenantId, t -> t.evaluated(heldOn, by, clock.instant()));
    }

    /** Reads an organisation from CSV against the tenant's current one, without changing anything. */
    public OrganisationImport.Result previewImport(String tenantId, String csv) {
        return previewImport(tenantId, csv, OrganisationImport.Mode.REPLACE, null);
    }

    /**
     * Reads an organisation from CSV against the tenant's current one, without changing anything.
     *
     * @param by the admin who imports; in {@link OrganisationImport.Mode#REPLACE} they must be in the file
     */
    public OrganisationImport.Result previewImport(
            String tenantId, String csv, OrganisationImport.Mode mode, @Nullable String by) {
        Tenant tenant = tenants.findBy(tenantId).orElseThrow(() -> new UnknownTenant(tenantId));
        var result = OrganisationImport.read(csv, tenant.organisation(), mode, by);
        if (!result.problems().isEmpty()) return result;
        // The routine must still fit: its receivers must be in the new organisation.
        return new OrganisationImport.Result(
                result.organisation(),
                RoutineRules.problems(tenant.currentRoutine().routine(), result.organisation()),
                result.leaving());
    }

    /** Imports an organisation from CSV, the whole of it: all or nothing. */
    public Tenant importOrganisation(String tenantId, String csv, String by) {
        return importOrganisation(tenantId, csv, OrganisationImport.Mode.REPLACE, by);
    }

    /** Imports an organisation from CSV: all or nothing. */
    public Tenant importOrganisation(String tenantId, String csv, OrganisationImport.Mode mode, String by) {
        var result = previewImport(tenantId, csv, mode, by);
        if (!result.problems().isEmpty()) throw new InvalidSettings(result.problems());
        return changeOrganisation(tenantId, result.organisation(), by);
    }

    /** Applies a change to the latest revision; when another change got there first, tries again on top of it. */
    private Tenant change(String tenantId, UnaryOperator<Tenant> change) {
        for (int attempt = 1; ; attempt++) {
            Tenant current = tenants.findBy(tenantId).orElseThrow(() -> new UnknownTenant(tenantId));
            Tenant next = change.apply(current);
            if (next == current) return current;
            try {
                tenants.update(next, current.revision());
                return next;
            } catch (Tenants.ConcurrentChange e) {
                if (attempt == ATTEMPTS) throw e;
            }
        }
    }

    /** No tenant by that id. */
    public static class UnknownTenant extends RuntimeException {
        public UnknownTenant(String tenantId) {
            super("Unknown tenant " + tenantId);
        }
    }
}
