package no.klagesak.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix of a running service, generated from its own request mappings: every endpoint, for every role,
 * with a token of the tenant that owns the data and with a token of another tenant. Reads (GET) are tried on the
 * owner's data with both; changes (POST, PUT, PATCH, DELETE) with an empty body, by the other tenant on the owner's
 * data and by the owner on a resource of theirs that does not exist, so the test changes nothing of the owner's data
 * unless there is a leak to find. The statuses are compared with the service's approved
 * matrix ({@code src/test/resources/access-matrix.approved.md}): a new endpoint, or a changed status, fails until the
 * new matrix is reviewed and approved (copy {@code target/access-matrix.received.md} over it). Separately, no cell of
 * the other tenant may answer 2xx with anything of the owner's in it: those are counted as leaks and must be 0.
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of(
            "receiver", "handler", "managing-director", "management", "tenant-admin", "board", "platform-operator");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

    private AccessMatrix() {}

    /**
     * @param ids values for path variables by name (e.g. {@code complaintId} → a complaint of {@code owner}); any
     *     other variable gets an id that exists nowhere
     * @param owned strings that only the owner's data contains (ids, names): found in another tenant's 2xx answer,
     *     they are a leak
     * @param acrossTenants roles whose work spans tenants by design (the platform operator onboards tenants and reads
     *     their configuration, never their complaints): not counted as leaks, still in the matrix
     */
    public static void assertApproved(
            int port,
            RequestMappingHandlerMapping mappings,
            String owner,
            String other,
            Map<String, String> ids,
            List<String> owned,
            Set<String> acrossTenants) {
        Map<String, String> rows = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        for (var endpoint : TokenAttacks.mapped(mappings)) {
            if (!endpoint.path().startsWith("/api/")) continue;
            String method = endpoint.method();
            String pattern = endpoint.path();
            String path = fill(pattern, ids);
            boolean read = method.equals("GET");
            // The owner's own changes are tried where they change nothing: on a resource of the owner's tenant that
            // does not exist (the tenant itself stays), with an empty body. Allowed roles then get what the resource
            // or the body is refused with (404, 400, 409), others 403: the role check is in the matrix, the data safe.
            String ownChange = fill(pattern, keepOnly(ids, OWNER_SCOPE));
            StringBuilder row = new StringBuilder();
            for (String tenant : List.of(owner, other)) {
                row.append(" |");
                for (String role : ROLES) {
                    // The test organisation's people: the managing director is "<tenant>-director".
                    String user = tenant + "-" + (role.equals("managing-director") ? "director" : role);
                    String token = TestIssuer.shared().token(tenant, user, role);
                    HttpResponse<String> response = TokenAttacks.send(
                            port,
                            method,
                            !read && tenant.equals(owner) ? ownChange : path,
                            token,
                            Duration.ofSeconds(30));
                    int status = response.statusCode();
                    row.append(' ').append(status);
                    if (tenant.equals(other)
                            && !acrossTenants.contains(role)
                            && status / 100 == 2
                            && owned.stream().anyMatch(response.body()::contains)) {
                        leaks.add(method + " " + pattern + " as " + tenant + "-" + role + ": " + status);
                        row.append('!');
                    }
                }
            }
            rows.put(method + " " + pattern, row.toString());
        }
        StringBuilder matrix = new StringBuilder();
        matrix.append("# Access matrix\n\n")
                .append("Generated by AccessMatrix from the service's request mappings. Roles in each group: ")
                .append(String.join(", ", ROLES))
                .append(". First group: a token of the tenant that owns the data; second: another tenant's. ")
                .append(
                        "The owner's changes are tried on a resource of theirs that does not exist, with an empty body, ")
                .append("so they change nothing. ! = a leak.\n\n")
                .append("| endpoint | owner | another tenant |\n|---|---|---|\n");
        rows.forEach((endpoint, cells) ->
                matrix.append("| ").append(endpoint).append(cells).append(" |\n"));
        String received = matrix.toString();

        assertThat(leaks).as("answers to another tenant with the owner's data").isEmpty();
        Path approved = Path.of("src/test/resources/access-matrix.approved.md");
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/access-matrix.received.md"), received);
            String expected = Files.exists(approved) ? Files.readString(approved) : "";
            assertThat(received)
                    .as(
                            "the access matrix differs from %s; review target/access-matrix.received.md and copy it over"
                                    + " the approved file when it is right",
                            approved)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Path variables that name the tenant, kept for the owner's changes; every other id is one that exists nowhere. */
    private static final Set<String> OWNER_SCOPE = Set.of("tenantId", "tenant");

    private static Map<String, String> keepOnly(Map<String, String> ids, Set<String> names) {
        Map<String, String> kept = new TreeMap<>();
        ids.forEach((name, value) -> {
            if (names.contains(name)) kept.put(name, value);
        });
        return kept;
    }

    private static String fill(String pattern, Map<String, String> ids) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1).split(":")[0];
            variable.appendReplacement(path, Matcher.quoteReplacement(ids.getOrDefault(name, UNKNOWN_ID)));
        }
        return variable.appendTail(path).toString();
    }
}
