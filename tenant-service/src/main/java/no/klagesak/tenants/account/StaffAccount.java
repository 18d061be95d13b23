package no.klagesak.tenants.account;

import java.util.Set;
import java.util.TreeSet;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.StaffRoles;

/**
 * The login a person should have, as the organisation says: one name for each person, the organisation's.
 *
 * @param language the language of Keycloak's pages and mails to them
 * @param enabled false once they have left
 */
public record StaffAccount(
        String personId,
        String username,
        String email,
        String firstName,
        String lastName,
        String language,
        Set<String> roles,
        boolean enabled) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }

    /** The account of a person with a login. */
    public static StaffAccount of(Person person, Organisation organisation, Routine routine) {
        if (person.username() == null) throw new IllegalArgumentException("No login: " + person.id());
        String name = person.name().strip();
        int space = name.lastIndexOf(' ');
        return new StaffAccount(
                person.id(),
                person.username(),
                person.email(),
                space < 0 ? name : name.substring(0, space).strip(),
                space < 0 ? "" : name.substring(space + 1),
                person.languageOrDefault(),
                StaffRoles.of(person, organisation, routine),
                person.active());
    }

    /** Changes when anything the identity provider keeps of the account changes. */
    public String fingerprint() {
        return String.join(
                "\u001f",
                username,
                email,
                firstName,
                lastName,
                language,
                String.join(",", new TreeSet<>(roles)),
                Boolean.toString(enabled));
    }
}
