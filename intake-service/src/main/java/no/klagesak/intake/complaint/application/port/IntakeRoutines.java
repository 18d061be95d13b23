package no.klagesak.intake.complaint.application.port;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Track;

/** Reads the rules intake applies from a tenant as the tenant service shares it. */
public final class IntakeRoutines {

    private IntakeRoutines() {}

    /** The current routine version, as far as intake applies it. */
    public static TenantRules.IntakeRoutine of(TenantSnapshot tenant) {
        var current = tenant.current();
        Routine.WhoMayComplain who = current.routine().who();
        var units = tenant.organisation().units().stream()
                .collect(Collectors.toMap(Organisation.Unit::id, Organisation.Unit::name, (a, b) -> a));
        return new TenantRules.IntakeRoutine(
                current.version(),
                current.routine().presentation().referencePrefix(),
                who.anonymousAllowed(),
                who.nameRequired(),
                who.contactRequired(),
                who.desiredChangeRequired(),
                who.writtenOnly(),
                who.complainantTypes().stream()
                        .map(type -> ComplainantRole.valueOf(type.name()))
                        .collect(Collectors.toSet()),
                current.routine().categories().stream()
                        .filter(c -> !c.retired())
                        .collect(Collectors.toMap(
                                Routine.Category::code,
                                c -> Track.valueOf(c.track().name()))),
                current.routine().notices().escalationOffered(),
                units,
                current.routine().receivers().complainantMayChooseReceiver()
                        ? receivers(tenant.organisation(), units)
                        : Map.of(),
                tenant.organisation().people().stream()
                        .filter(Organisation.Person::active)
                        .collect(Collectors.toMap(Organisation.Person::id, Organisation.Person::name, (a, b) -> a)));
    }

    /**
     * Whom a complainant may choose (routine 003: the nearest superior, the contact person or a department leader):
     * the active leaders of units and the people the admin marked as contact persons, named with their title and unit.
     */
    private static Map<String, String> receivers(Organisation organisation, Map<String, String> units) {
        var leaders = organisation.units().stream()
                .map(Organisation.Unit::leaderId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return organisation.people().stream()
                // Someone who cannot log in would never see a complaint sent to them.
                .filter(p ->
                        p.active() && (leaders.contains(p.id()) || p.has(Organisation.Person.CONTACT)) && p.hasLogin())
                .collect(Collectors.toMap(
                        Organisation.Person::id,
                        p -> p.name()
                                + (p.title() == null ? "" : ", " + p.title())
                                + (p.unitId() == null || !units.containsKey(p.unitId())
                                        ? ""
                                        : ", " + units.get(p.unitId())),
                        (a, b) -> a));
    }
}
