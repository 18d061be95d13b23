package no.klagesak.tenants.tenant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Organisation.Unit;
import org.jspecify.annotations.Nullable;

/** What keeps an organisation sound: known references, unique e-mails, and reporting lines without cycles. */
public final class OrganisationRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private OrganisationRules() {}

    /** How many active people with a login administer the tenant. */
    public static long admins(Organisation organisation) {
        return organisation.people().stream()
                .filter(p -> p.active() && p.username() != null && p.has(Organisation.Person.ADMIN))
                .count();
    }

    public static List<Problem> problems(Organisation organisation) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Unit> units = new HashMap<>();
        for (Unit unit : organisation.units()) {
            if (blank(unit.id()) || blank(unit.name())) {
                problems.add(new Problem("units", "required", "En enhet mangler id eller navn."));
            } else if (units.putIfAbsent(unit.id(), unit) != null) {
                problems.add(new Problem("units", "duplicate", "Enheten " + unit.id() + " finnes to ganger."));
            }
        }
        Map<String, Person> people = new HashMap<>();
        Set<String> emails = new HashSet<>();
        for (Person person : organisation.people()) {
            String field = "people." + person.id();
            if (blank(person.id()) || blank(person.name())) {
                problems.add(new Problem("people", "required", "En person mangler id eller navn."));
                continue;
            }
            if (people.putIfAbsent(person.id(), person) != null) {
                problems.add(new Problem(field, "duplicate", "Personen " + person.id() + " finnes to ganger."));
            }
            if (blank(person.email()) || !EMAIL.matcher(person.email()).matches()) {
                problems.add(new Problem(field + ".email", "invalid", person.name() + " mangler gyldig e-post."));
            } else if (!emails.add(person.email().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(
                        field + ".email", "duplicate-email", "E-posten " + person.email() + " er brukt av flere."));
            }
        }
        for (Unit unit : organisation.units()) {
            if (unit.parentId() != null && !units.containsKey(unit.parentId())) {
                problems.add(new Problem(
                        "units." + unit.id() + ".parentId", "unknown-unit", "Overordnet enhet finnes ikke."));
            }
            if (unit.leaderId() != null && !people.containsKey(unit.leaderId())) {
                problems.add(new Problem(
                        "units." + unit.id() + ".leaderId",
                        "unknown-person",
                        "Lederen av " + unit.name() + " finnes ikke."));
            }
            if (cycle(unit.id(), id -> units.containsKey(id) ? units.get(id).parentId() : null)) {
                problems.add(new Problem(
                        "units." + unit.id() + ".parentId", "cycle", unit.name() + " ligger under seg selv."));
            }
        }
        for (Person person : people.values()) {
            String field = "people." + person.id();
            if (person.unitId() != null && !units.containsKey(person.unitId())) {
                problems.add(new Problem(
                        field + ".unitId", "unknown-unit", "Enheten til " + person.name() + " finnes ikke."));
            }
            if (person.lineManagerId() != null && !people.containsKey(person.lineManagerId())) {
                problems.add(new Problem(
                        field + ".lineManagerId",
                        "unknown-manager",
                        "Nærmeste leder for " + person.name() + " finnes ikke."));
            } else if (cycle(
                    person.id(), id -> people.containsKey(id) ? people.get(id).lineManagerId() : null)) {
                problems.add(new Problem(
                        field + ".lineManagerId", "cycle", "Lederlinjen fra " + person.name() + " går i ring."));
            }
        }
        if (!people.containsKey(organisation.managingDirector())) {
            problems.add(new Problem(
                    "managingDirector", "unknown-person", "Daglig leder må være en person i organisasjonen."));
        }
        for (String member : organisation.managementGroup()) {
            if (!people.containsKey(member)) {
                problems.add(new Problem(
                        "managementGroup", "unknown-person", "Medlemmet " + member + " av ledergruppa finnes ikke."));
            }
        }
        if (!blank(organisation.boardContact()) && !people.containsKey(organisation.boardContact())) {
            problems.add(new Problem(
                    "boardContact", "unknown-person", "Styrets kontaktperson må være en person i organisasjonen."));
        }
        return problems;
    }

    /** Follows the parent links from {@code start}; true when they come back to a node already seen. */
    private static boolean cycle(String start, Function<String, @Nullable String> parent) {
        Set<String> seen = new HashSet<>();
        String current = start;
        while (current != null) {
            if (!seen.add(current)) return true;
            current = parent.apply(current);
        }
        return false;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
