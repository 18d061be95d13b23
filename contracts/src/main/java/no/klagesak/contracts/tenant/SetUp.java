package no.klagesak.contracts.tenant;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.tenant.Organisation.Person;

/**
 * What a company must still do before it stands on its own feet: until then the first admin receives and handles
 * complaints. Shown to the admin as a checklist and to the platform operator as what is missing.
 */
public final class SetUp {

    /** One step of the set-up, in the order an admin would take them. */
    public enum Step {
        /** Someone besides the admins can log in and handle cases. */
        HANDLERS,
        /** Every unit has a leader who can log in: complaints about a unit go to its leader. */
        UNIT_LEADERS,
        /** The board has a contact who can log in: complaints about the managing director go there. */
        BOARD_CONTACT
    }

    public record Item(Step step, boolean done) {}

    private SetUp() {}

    public static List<Item> checklist(Organisation organisation, Routine routine) {
        return List.of(
                new Item(
                        Step.HANDLERS,
                        organisation.people().stream()
                                .anyMatch(p -> !p.has(Person.ADMIN) && StaffRoles.mayHandle(p, organisation, routine))),
                new Item(
                        Step.UNIT_LEADERS,
                        organisation.units().stream()
                                .allMatch(u ->
                                        withLogin(organisation, u.leaderId()).isPresent())),
                new Item(
                        Step.BOARD_CONTACT,
                        withLogin(organisation, organisation.boardContact()).isPresent()));
    }

    /** The steps not yet done. */
    public static List<Step> open(Organisation organisation, Routine routine) {
        return checklist(organisation, routine).stream()
                .filter(i -> !i.done())
                .map(Item::step)
                .toList();
    }

    private static Optional<Person> withLogin(Organisation organisation, String personId) {
        if (personId == null || personId.isBlank()) return Optional.empty();
        return organisation.person(personId).filter(p -> p.active() && p.hasLogin());
    }
}
