package no.klagesak.tenants.tenant;

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
import org.jspecify.annotations.Nullable;

/**
 * An organisation read from a CSV file, one person per row. All or nothing: every bad row gets a message with its row
 * number, and a file with any problem changes nothing. People already known keep their id (the routine refers to
 * them); people missing from the file are kept as having left, so their history stays.
 *
 * <p>Columns (header row, any order, comma or semicolon): {@code navn}, {@code epost}, {@code enhet} (a path such as
 * {@code Fjordvekst AS / Verkstedet}) are required; {@code brukernavn}, {@code tittel}, {@code leder} (the line
 * manager's e-mail) and {@code roller} ({@code daglig-leder}, {@code ledergruppe}, {@code enhetsleder},
 * {@code styrekontakt}, separated by spaces) are optional.
 */
public final class OrganisationImport {

    static final List<String> REQUIRED = List.of("navn", "epost", "enhet");
    static final List<String> OPTIONAL = List.of("brukernavn", "tittel", "leder", "roller");
    private static final Set<String> ROLES = Set.of("daglig-leder", "ledergruppe", "enhetsleder", "styrekontakt");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private OrganisationImport() {}

    /**
     * @param leaving the people of the current organisation who are not in the file: they are kept as having left
     */
    public record Result(Organisation organisation, List<Problem> problems, List<String> leaving) {}

    private record Row(int number, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    public static Result read(String csv, Organisation current) {
        List<Problem> problems = new ArrayList<>();
        List<String> lines = csv.lines().toList();
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return failed(current, List.of(problem(1, "Fila er tom. Første rad skal være overskriftene.")));
        }
        String separator = lines.getFirst().contains(";") ? ";" : ",";
        List<String> header = split(lines.getFirst(), separator).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String column : REQUIRED) {
            if (!header.contains(column)) problems.add(problem(1, "Mangler kolonnen «" + column + "»."));
        }
        if (!problems.isEmpty()) return failed(current, problems);

        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> cells = split(lines.get(i), separator);
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) values.put(header.get(c), cells.get(c));
            rows.add(new Row(i + 1, values));
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
        for (Row row : rows) {
            String manager = row.get("leder").toLowerCase(Locale.ROOT);
            if (!manager.isEmpty() && !byEmail.containsKey(manager)) {
                problems.add(problem(row.number, "Lederen " + manager + " finnes ikke i fila."));
            }
        }
        for (Row row : rows) {
            if (cycle(row, byEmail)) {
                problems.add(problem(row.number, "Lederlinjen fra " + row.get("navn") + " går i ring."));
            }
        }
        List<Row> directors =
                rows.stream().filter(r -> roles(r).contains("daglig-leder")).toList();
        if (directors.size() != 1) {
            problems.add(problem(
                    directors.isEmpty() ? 2 : directors.get(1).number,
                    "Nøyaktig én person skal ha rollen daglig-leder (fant " + directors.size() + ")."));
        }
        if (!problems.isEmpty()) return failed(current, problems);
        return build(rows, byEmail, current);
    }

    private static Result build(List<Row> rows, Map<String, Row> byEmail, Organisation current) {
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
        Map<String, String> unitIdByPath = new HashMap<>();
        Set<String> unitIds = new HashSet<>();
        current.units().forEach(u -> unitIds.add(u.id()));
        Map<String, String> currentUnitByPath = pathsOf(current.units());
        List<Person> people = new ArrayList<>();
        String director = null;
        List<String> management = new ArrayList<>();
        String boardContact = "";
        Map<String, String> leaderOf = new HashMap<>();
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
                    units.put(unitId, new Unit(unitId, name, parentId, null));
                }
                parentId = unitId;
            }
            String email = row.get("epost").toLowerCase(Locale.ROOT);
            String id = idByEmail.get(email);
            String manager = row.get("leder").isEmpty()
                    ? null
                    : idByEmail.get(row.get("leder").toLowerCase(Locale.ROOT));
            people.add(new Person(
                    id,
                    row.get("navn"),
                    email,
                    emptyToNull(row.get("brukernavn")),
                    emptyToNull(row.get("tittel")),
                    parentId,
                    manager,
                    true));
            Set<String> roles = roles(row);
            if (roles.contains("daglig-leder")) director = id;
            if (roles.contains("ledergruppe")) management.add(id);
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
            if (!inFile.contains(person.id())) {
                if (person.active()) leaving.add(person.name());
                people.add(new Person(
                        person.id(),
                        person.name(),
                        person.email(),
                        person.username(),
                        person.title(),
                        null,
                        null,
                        false));
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
        for (String role : row.get("roller").toLowerCase(Locale.ROOT).split("[\\s|]+")) {
            if (!role.isBlank()) roles.add(role);
        }
        return roles;
    }

    /** Splits one CSV line; a cell in double quotes may hold the separator, and "" is a quote. */
    static List<String> split(String line, String separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (line.startsWith(separator, i)) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) id = base + "-" + n;
        return id;
    }

    private static String slug(String text) {
        String slug = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
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

    private static Problem problem(int row, String message) {
        return new Problem("rad " + row, "import", "Rad " + row + ": " + message);
    }

    private static Result failed(Organisation current, List<Problem> problems) {
        return new Result(current, problems, List.of());
    }
}
