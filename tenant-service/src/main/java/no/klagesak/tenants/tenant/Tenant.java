package no.klagesak.tenants.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import org.jspecify.annotations.Nullable;

/**
 * A tenant: a company served by the platform. Its routine is versioned, so every complaint keeps the rules it was
 * received under; its organisation is current. Every change is one entry in its history and one new revision.
 *
 * @param id the Keycloak organization alias, e.g. {@code fjordvekst}
 * @param revision grows by one with every change; consumers keep the highest they have seen
 * @param adminEmail the first tenant admin's e-mail, as given at onboarding
 * @param lastEvaluatedOn when the routine's latest yearly evaluation was held; null before the first
 */
public record Tenant(
        String id,
        String name,
        boolean active,
        long revision,
        Template template,
        String adminEmail,
        List<RoutineVersion> routines,
        Organisation organisation,
        List<Change> history,
        @Nullable LocalDate lastEvaluatedOn) {

    public Tenant {
        routines = List.copyOf(routines);
        history = List.copyOf(history);
    }

    /** A new tenant from a template; refused when the template does not fit the organisation. */
    public static Tenant onboard(
            String id,
            String name,
            Template template,
            String adminEmail,
            Organisation organisation,
            Routine routine,
            String by,
            Instant at) {
        check(OrganisationRules.problems(organisation));
        check(RoutineRules.problems(routine, organisation));
        var first = new RoutineVersion(1, at, by, List.of(), routine);
        var change = new Change(at, by, "onboarded", 1, Change.between(null, routine));
        return new Tenant(id, name, true, 1, template, adminEmail, List.of(first), organisation, List.of(change), null);
    }

    public RoutineVersion currentRoutine() {
        return routines.stream()
                .max(Comparator.comparingInt(RoutineVersion::version))
                .orElseThrow();
    }

    /**
     * A new routine version, valid for complaints received from now on. Unchanged settings make no new version.
     *
     * @param agreedWith who took part in agreeing this version (tillitsvalgte, verneombud)
     */
    public Tenant changeRoutine(Routine routine, List<String> agreedWith, String by, Instant at) {
        check(RoutineRules.problems(routine, organisation));
        RoutineVersion current = currentRoutine();
        var fields = Change.between(current.routine(), routine);
        if (fields.isEmpty() && agreedWith.equals(current.agreedWith())) return this;
        int version = current.version() + 1;
        List<RoutineVersion> versions = new ArrayList<>(routines);
        versions.add(new RoutineVersion(version, at, by, agreedWith, routine));
        String newName = routine.presentation().displayName();
        return new Tenant(
                id,
                newName,
                active,
                revision + 1,
                template,
                adminEmail,
                versions,
                organisation,
                append(new Change(at, by, "routine", version, fields)),
                lastEvaluatedOn);
    }

    /** The organisation now; the current routine must still fit it (its receivers must exist and be active). */
    public Tenant changeOrganisation(Organisation next, String by, Instant at) {
        List<Problem> problems = new ArrayList<>(OrganisationRules.problems(next));
        if (problems.isEmpty())
            problems.addAll(RoutineRules.problems(currentRoutine().routine(), next));
        if (OrganisationRules.admins(organisation) > 0 && OrganisationRules.admins(next) == 0) {
            problems.add(
                    new Problem(
                            "people",
                            "last-admin",
                            "Virksomheten må ha minst én administrator som kan logge inn. Gi en annen rollen administrator først."));
        }
        check(problems);
        var fields = Change.between(organisation, next);
        if (fields.isEmpty()) return this;
        return new Tenant(
                id,
                name,
                active,
                revision + 1,
                template,
                adminEmail,
                routines,
                next,
                append(new Change(at, by, "organisation", null, fields)),
                lastEvaluatedOn);
    }

    /**
     * The routine was evaluated on {@code heldOn} (recorded by {@code by}): the latest evaluation's day moves on, so the
     * yearly reminder counts from it. An evaluation held before the latest changes nothing.
     */
    public Tenant evaluated(LocalDate heldOn, String by, Instant at) {
        if (lastEvaluatedOn != null && !heldOn.isAfter(lastEvaluatedOn)) return this;
        var field = new Change.FieldChange(
                "evaluation.heldOn", lastEvaluatedOn == null ? null : lastEvaluatedOn.toString(), heldOn.toString());
        return new Tenant(
                id,
                name,
                active,
                revision + 1,
                template,
                adminEmail,
                routines,
                organisation,
                append(new Change(at, by, "evaluation", null, List.of(field))),
                heldOn);
    }

    public TenantSnapshot snapshot() {
        return new TenantSnapshot(id, name, revision, active, routines, organisation, lastEvaluatedOn);
    }

    private List<Change> append(Change change) {
        List<Change> all = new ArrayList<>(history);
        all.add(change);
        return all;
    }

    private static void check(List<Problem> problems) {
        if (!problems.isEmpty()) throw new InvalidSettings(problems);
    }
}
