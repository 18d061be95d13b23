package no.klagesak.contracts.tenant;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.klagesak.contracts.tenant.Organisation.Person;

/**
 * The roles of a person's login: those their place in the organisation gives, and those the admin gave them. The
 * managing director and the management group see every case their role allows; a unit's leader, a line manager and
 * anyone the routine names to receive complaints or reports handle cases, and so does a contact person complainants
 * may choose; the board's contact sees the board's figures.
 */
public final class StaffRoles {

    public static final String MANAGING_DIRECTOR = "managing-director";
    public static final String MANAGEMENT = "management";

    /** Every role the platform gives and takes away; never the platform operator's. */
    public static final List<String> MANAGED =
            List.of(Person.ADMIN, MANAGING_DIRECTOR, MANAGEMENT, Person.HANDLER, Person.RECEIVER, Person.BOARD);

    /** The roles whose holders may be given a case to handle. */
    public static final List<String> HANDLING = List.of(MANAGING_DIRECTOR, MANAGEMENT, Person.HANDLER, Person.RECEIVER);

    private StaffRoles() {}

    /** Whether the person can log in and has a role that handles cases: only they may be given one. */
    public static boolean mayHandle(Person person, Organisation organisation, Routine routine) {
        return person.active()
                && person.hasLogin()
                && of(person, organisation, routine).stream().anyMatch(HANDLING::contains);
    }

    public static Set<String> of(Person person, Organisation organisation, Routine routine) {
        Set<String> roles = new TreeSet<>(person.roles());
        roles.retainAll(List.of(Person.ADMIN, Person.RECEIVER, Person.HANDLER, Person.BOARD));
        if (person.id().equals(organisation.managingDirector())) {
            roles.add(MANAGING_DIRECTOR);
        } else if (organisation.managementGroup().contains(person.id())) {
            roles.add(MANAGEMENT);
        } else if (leads(person, organisation) || receives(person, routine) || person.has(Person.CONTACT)) {
            roles.add(Person.HANDLER);
        }
        if (person.id().equals(organisation.boardContact())) roles.add(Person.BOARD);
        return roles;
    }

    /** Leads a unit, or is someone's line manager. */
    static boolean leads(Person person, Organisation organisation) {
        return organisation.units().stream().anyMatch(u -> person.id().equals(u.leaderId()))
                || organisation.people().stream()
                        .anyMatch(p -> p.active() && person.id().equals(p.lineManagerId()));
    }

    /** The routine names them to receive complaints, whistleblowing reports, or those about the receivers. */
    static boolean receives(Person person, Routine routine) {
        var receivers = routine.receivers();
        return (receivers.defaultReceiver().kind() == Routine.ReceiverKind.PERSON
                        && person.id().equals(receivers.defaultReceiver().ref()))
                || receivers.whistleblowingReceivers().contains(person.id())
                || person.id().equals(receivers.alternativeReceiver());
    }
}
