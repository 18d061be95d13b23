package no.klagesak.tenants.tenant;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Organisation.Unit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * An organisation read from a CSV file, one person per row, as Excel saves it in Norway (Apache Commons CSV: a
 * byte-order mark, semicolons or commas, quoted cells with line breaks). All or nothing: every bad row gets a message
 * with its row number, and a file with any problem changes nothing. People already known keep their id (the routine
 * refers to them).
 *
 * <p>Two modes. {@link Mode#UPDATE} (the default) adds the people in the file and updates those already there; everyone
 * else stays as they are. {@link Mode#REPLACE} makes the file the whole organisation: people missing from it are kept
 * as having left, so their history stays, and the preview lists them; the admin who imports cannot leave that way.
 *
 * <p>Columns (header row, any order): {@code navn}, {@code epost}, {@code enhet} (a path such as {@code Fjordvekst AS /
 * Verkstedet}) are required; {@code brukernavn}, {@code tittel}, {@code leder} (the line manager's e-mail) and {@code
 * roller} ({@code daglig-leder}, {@code ledergruppe}, {@code enhetsleder}, {@code styrekontakt}, {@code
 * administrator}, {@code mottaker}, {@code behandler}, {@code styremedlem}, {@code kontaktperson}, several separated by comma or space) are
 * optional. A person gets a login, with the e-mail as user name unless {@code brukernavn} says otherwise, when the file
 * gives them a role or names them someone's leader; without a {@code roller} column, known people keep the roles the
 * admin gave them.
 */
public final class OrganisationImport {

    static final List<String> REQUIRED = List.of("navn", "epost", "enhet");
    static final List<String> OPTIONAL = List.of("brukernavn", "tittel", "leder", "roller");
    /** The roles an admin gives, by the words of the file. */
    private static final Map<String, String> GIVEN = Map.of(
            "administrator", Person.ADMIN,
            "mottaker", Person.RECEIVER,
            "behandler", Person.HANDLER,
            "styremedlem", Person.BOARD,
            "kontaktperson", Person.CONTACT);

    private static final Set<String> ROLES = Set.of(
            "daglig-leder",
            "ledergruppe",
            "enhetsleder",
            "styrekontakt",
            "administrator",
            "mottaker",
            "behandler",
            "styremedlem",
            "kontaktperson");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private OrganisationImport() {}

    /**
     * @param leaving the people of the current organisation who are not in the file: they are kept as having left
     */
    public record Result(Organisation organisation, List<Problem> problems, List<String> leaving) {}

    /** Whether the file adds to the organisation or is all of it. */
    public enum Mode {
        /** Adds the people in the file and updates those already there; no one else changes. */
        UPDATE,
        /** The file is the whole organisation: everyone not in it is registered as having left. */
        REPLACE
    }

    private record Row(int number, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    /** As {@link #read(String, Organisation, Mode, String)}: the whole organisation, by no one in particular. */
    public static Result read(String csv, Organisation current) {
        return read(csv, current, Mode.REPLACE, null);
    }

    /**
     * @param importer the user name of the admin who imports: in {@link Mode#REPLACE} they must be in the file
     */
    public static Result read(String csv, Organisation current, Mode mode, @Nullable String importer) {
        List<Problem> problems = new ArrayList<>();
        // Excel writes a byte-order mark first: without this, the first column's name would not be known.
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            return failed(current, List.of(problem(1, "Fila er tom. Første rad skal være overskriftene.")));
        }
        char separator = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            var records = parser.iterator();
            header = records.next().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String column : REQUIRED) {
                if (!header.contains(column)) problems.add(problem(1, "Mangler kolonnen «" + column + "»."));
            }
            if (!problems.isEmpty()) return failed(current, problems);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) continue;
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < header.size() && c < record.size(); c++) values.put(header.get(c), record.get(c));
                // As Excel numbers rows: a cell with line breaks is still one row.
                rows.add(new Row((int) record.getRecordNumber(), values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return failed(
                    current,
                    List.of(problem(
                            1, "Fila kan ikke leses som CSV (et anførselstegn som ikke lukkes?). Lagre den på nytt.")));
        }
        if (rows.isEmpty()) return failed(current, List.of(problem(2, "Fila har ingen personer.")));

        Map<String, Row> byEmail = new LinkedHashMap<>();
        for (Row row : rows) {
            for (String column : REQUIRED) {
                if (row.get(column).isEmpty()) problems.add(problem(row.number, "Mangler «" + column + "»."));
            }
            String email = row.get("epost").toLowerCase(Locale.ROOT);
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                problems.add(problem(row.number, "«" + row.get("epost") + "» er ikke en gyldig e-post."));
            } else if (!email.isEmpty()) {
                Row earlier = byEmail.putIfAbsent(email, row);
                if (earlier != null) {
                    problems.add(problem(row.number, "E-posten " + email + " står også i rad " + earlier.number + "."));
                }
            }
            for (String role : roles(row)) {
                if (!ROLES.contains(role)) {
                    problems.add(problem(
                            row.number, "Ukjent rolle «" + role + "». Gyldige: " + String.join(", ", ROLES) + "."));
                }
            }
        }
        // Adding to the organisation, a leader may be someone already in it; replacing it, only someone in the file.
        Set<String> known = new HashSet<>();
        if (mode == Mode.UPDATE) {
            current.people().stream()
                    .filter(Person::active)
                    .forEach(p -> known.add(p.email().toLowerCase(Locale.ROOT)));
        }
        for (Row row : rows) {
            String manager = row.get("leder").toLowerCase(Locale.ROOT);
            if (!manager.isEmpty() && !byEmail.containsKey(manager) && !known.contains(manager)) {
                problems.add(problem(
                        row.number,
                        mode == Mode.UPDATE
                                ? "Lederen " + manager + " finnes ikke i fila eller i organisasjonen."
                                : "Lederen " + manager + " finnes ikke i fila."));
            }
        }
        for (Row row : rows) {
            if (cycle(row, byEmail)) {
                problems.add(problem(row.number, "Lederlinjen fra " + row.get("navn") + " går i ring."));
            }
        }
        boolean rolesInFile = header.contains("roller");
        if (mode == Mode.REPLACE && importer != null) {
            current.people().stream()
                    .filter(p -> p.active()
                            && (importer.equals(p.username()) || importer.equalsIgnoreCase(p.email()))
                            && !byEmail.containsKey(p.email().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .ifPresent(self -> problems.add(fileProblem(
                            "Du (" + self.email() + ") står ikke i fila, og kan ikke registrere deg selv som sluttet."
                                    + " Ta deg med i fila.")));
        }
        List<Row> directors =
                rows.stream().filter(r -> roles(r).contains("daglig-leder")).toList();
        if (mode == Mode.REPLACE ? directors.size() != 1 : directors.size() > 1) {
            if (directors.isEmpty()) {
                problems.add(fileProblem("Ingen i fila har rollen daglig-leder. Når fila erstatter hele organisasjonen,"
                        + " må nøyaktig én person ha den."));
            } else {
                problems.add(problem(
                        directors.get(1).number,
                        "Bare én person kan ha rollen daglig-leder; rad " + directors.getFirst().number
                                + " har den også."));
            }
        }
        if (!problems.isEmpty()) return failed(current, problems);
        return build(rows, byEmail, current, mode, rolesInFile);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static Result build(
            List<Row> rows, Map<String, Row> byEmail, Organisation current, Mode mode, boolean rolesInFile) {
        Set<String> namedLeaders = new HashSet<>();
        rows.forEach(r -> namedLeaders.add(r.get("leder").toLowerCase(Locale.ROOT)));
        Map<String, String> idByEmail = new HashMap<>();
        Set<String> taken = new HashSet<>();
        current.people().forEach(p -> {
            idByEmail.put(p.email().toLowerCase(Locale.ROOT), p.id());
            taken.add(p.id());
        });
        for (String email : byEmail.keySet()) {
            idByEmail.computeIfAbsent(email, e -> unique("p-" + slug(e.substring(0, e.indexOf('@'))), taken));
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        // Adding to the organisation keeps every unit it has, with its leader.
        if (mode == Mode.UPDATE) current.units().forEach(u -> units.put(u.id(), u));
        Map<String, String> unitIdByPath = new HashMap<>();
        Set<String> unitIds = new HashSet<>();
        current.units().forEach(u -> unitIds.add(u.id()));
        Map<String, String> currentUnitByPath = pathsOf(current.units());
        List<Person> people = new ArrayList<>();
        String director = mode == Mode.UPDATE ? current.managingDirector() : null;
        List<String> management = mode == Mode.UPDATE ? new ArrayList<>(current.managementGroup()) : new ArrayList<>();
        String boardContact = mode == Mode.UPDATE ? current.boardContact() : "";
        Map<String, String> leaderOf = new HashMap<>();
        if (mode == Mode.UPDATE) current.units().forEach(u -> leaderOf.put(u.id(), u.leaderId()));
        for (Row row : rows) {
            String path = null;
            String parentId = null;
            for (String part : row.get("enhet").split("/")) {
                String name = part.strip();
                path = path == null ? name : path + " / " + name;
                String unitId = unitIdByPath.get(path);
                if (unitId == null) {
                    unitId = currentUnitByPath.containsKey(path)
                            ? currentUnitByPath.get(path)
                            : unique("u-" + slug(name), unitIds);
                    unitIdByPath.put(path, unitId);
                    if (!units.containsKey(unitId)) units.put(unitId, new Unit(unitId, name, parentId, null));
                }
                parentId = unitId;
            }
            String email = row.get("epost").toLowerCase(Locale.ROOT);
            String id = idByEmail.get(email);
            String manager = row.get("leder").isEmpty()
                    ? null
                    : idByEmail.get(row.get("leder").toLowerCase(Locale.ROOT));
            var known = current.person(id);
            Set<String> roles = roles(row);
            List<String> given = rolesInFile
                    ? roles.stream()
                            .filter(GIVEN::containsKey)
                            .map(GIVEN::get)
                            .sorted()
                            .toList()
                    : known.map(Person::roles).orElse(List.of());
            String username = emptyToNull(row.get("brukernavn"));
            if (username == null) username = known.map(Person::username).orElse(null);
            if (username == null && (!roles.isEmpty() || namedLeaders.contains(email))) username = email;
            people.add(new Person(
                    id,
                    row.get("navn"),
                    email,
                    username,
                    emptyToNull(row.get("tittel")),
                    parentId,
                    manager,
                    true,
                    known.map(Person::language).orElse(null),
                    given));
            if (roles.contains("daglig-leder")) director = id;
            if (roles.contains("ledergruppe") && !management.contains(id)) management.add(id);
            if (roles.contains("styrekontakt")) boardContact = id;
            if (roles.contains("enhetsleder")) leaderOf.put(parentId, id);
        }
        List<Unit> withLeaders = units.values().stream()
                .map(u -> new Unit(u.id(), u.name(), u.parentId(), leaderOf.get(u.id())))
                .toList();
        Set<String> inFile = new HashSet<>(idByEmail.entrySet().stream()
                .filter(e -> byEmail.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList());
        List<String> leaving = new ArrayList<>();
        for (Person person : current.people()) {
            if (!inFile.contains(person.id()) && mode == Mode.UPDATE) {
                // Not in the file: as they are.
                people.add(person);
            } else if (!inFile.contains(person.id())) {
                if (person.active()) leaving.add(person.name());
                people.add(new Person(
                        person.id(),
                        person.name(),
                        person.email(),
                        person.username(),
                        person.title(),
                        null,
                        null,
                        false,
                        person.language(),
                        person.roles()));
            }
        }
        if (!management.contains(director)) management.addFirst(director);
        var organisation = new Organisation(withLeaders, people, director, management, boardContact);
        return new Result(organisation, OrganisationRules.problems(organisation), leaving);
    }

    private static Map<String, String> pathsOf(List<Unit> units) {
        Map<String, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<String, String> paths = new HashMap<>();
        for (Unit unit : units) {
            StringBuilder path = new StringBuilder(unit.name());
            Set<String> seen = new HashSet<>();
            for (Unit up = unit; up.parentId() != null && byId.containsKey(up.parentId()) && seen.add(up.id()); ) {
                up = byId.get(up.parentId());
                path.insert(0, up.name() + " / ");
            }
            paths.put(path.toString(), unit.id());
        }
        return paths;
    }

    private static boolean cycle(Row start, Map<String, Row> byEmail) {
        Set<Integer> seen = new HashSet<>();
        Row current = start;
        while (current != null) {
            if (!seen.add(current.number)) return true;
            String manager = current.get("leder").toLowerCase(Locale.ROOT);
            current = manager.isEmpty() ? null : byEmail.get(manager);
        }
        return false;
    }

    private static Set<String> roles(Row row) {
        Set<String> roles = new HashSet<>();
        // Several roles, as a person writes them: separated by comma, space or semicolon.
        for (String role : row.get("roller").toLowerCase(Locale.ROOT).split("[\\s|,;]+")) {
            if (!role.isBlank()) roles.add(role);
        }
        return roles;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) id = base + "-" + n;
        return id;
    }

    private static String slug(String text) {
        String slug = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A problem with the file as a whole, not one row. */
    private static Problem fileProblem(String message) {
        return new Problem("fil", "import", message);
    }

    private static Problem problem(int row, String message) {
        return new Problem("rad " + row, "import", "Rad " + row + ": " + message);
    }

    private static Result failed(Organisation current, List<Problem> problems) {
        return new Result(current, problems, List.of());
    }
}
