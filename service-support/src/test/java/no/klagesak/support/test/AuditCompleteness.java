package no.klagesak.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every read of a complaint's content is in the audit log (ASVS 16.3.2). From the service's own request mappings,
 * every {@code GET /api/**} endpoint is either a content read, which is made for a real complaint by someone allowed
 * and must then be found in the log, or named as holding no content, with why. A new endpoint fails the test until it
 * is put in one of the two, so no read of content can be added without its log entry being tested.
 */
public final class AuditCompleteness {

    private AuditCompleteness() {}

    /** A read of content: the path with the complaint's ids filled in, and the token of someone allowed to make it. */
    public record Read(String path, String token) {}

    /**
     * @param reads by path pattern as mapped (e.g. {@code /api/complaints/{id}}), the request that reads the complaint
     * @param noContent by path pattern, why it holds no content of a complaint
     * @param adminToken the tenant admin's token, which reads the audit log
     */
    public static void assertEveryContentReadIsAudited(
            int port,
            RequestMappingHandlerMapping mappings,
            String complaintId,
            String adminToken,
            Map<String, Read> reads,
            Map<String, String> noContent) {
        var gets = new TreeSet<String>();
        TokenAttacks.mapped(mappings).stream()
                .filter(e -> e.method().equals("GET") && e.path().startsWith("/api/"))
                .forEach(e -> gets.add(e.path()));
        assertThat(gets)
                .as("every GET endpoint is a content read or named as holding no content")
                .allMatch(p -> reads.containsKey(p) || noContent.containsKey(p));
        assertThat(reads.keySet()).as("reads that are endpoints").isSubsetOf(gets);

        List<String> unlogged = new ArrayList<>();
        for (var read : reads.entrySet()) {
            int before = entries(port, complaintId, adminToken);
            var response = TokenAttacks.send(
                    port, "GET", read.getValue().path(), read.getValue().token(), TIMEOUT);
            assertThat(response.statusCode())
                    .as(read.getKey() + " read by someone allowed: " + response.body())
                    .isBetween(200, 299);
            if (entries(port, complaintId, adminToken) <= before) unlogged.add(read.getKey());
        }
        assertThat(unlogged).as("content reads not in the audit log").isEmpty();
    }

    // The first call to an endpoint may be slow on a busy machine; a request that hangs still fails the test.
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static int entries(int port, String complaintId, String adminToken) {
        var log = TokenAttacks.send(port, "GET", "/api/audit?complaintId=" + complaintId, adminToken, TIMEOUT);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        return TestHttp.json(log).size();
    }
}
