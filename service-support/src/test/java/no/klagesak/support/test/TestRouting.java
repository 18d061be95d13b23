package no.klagesak.support.test;

import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * routing-service's need-to-know answer ({@code GET /api/cases/{id}/access}) and legal holds ({@code GET
 * /api/cases/{id}/retention}) over real HTTP, for services under test
 * that ask it. Every caller may read and ask unless a test says otherwise for a complaint and user; the token each
 * request relayed is kept, so a test can see it was the caller's own.
 */
public final class TestRouting {

    private static final Pattern ACCESS = Pattern.compile("/api/cases/([^/]+)/access");

    private static final String HIDDEN = "hidden";

    private static final Pattern RETENTION = Pattern.compile("/api/cases/([^/]+)/retention");

    private static final Pattern CONCERNED_NOTES = Pattern.compile("/api/cases/([^/]+)/concerned/([^/]+)/notes");

    private final Map<String, String> concernedNotes = new ConcurrentHashMap<>();

    private static TestRouting shared;

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> relayedTokens = new ConcurrentHashMap<>();
    private final Map<String, String> held = new ConcurrentHashMap<>();

    private TestRouting() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/cases/", exchange -> {
            var matcher = ACCESS.matcher(exchange.getRequestURI().getPath());
            var retention = RETENTION.matcher(exchange.getRequestURI().getPath());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String answer = null;
            var notes = CONCERNED_NOTES.matcher(exchange.getRequestURI().getPath());
            if (notes.matches() && authorization != null) {
                // Routing's case concerns the person only where a test says so.
                answer = concernedNotes.get(notes.group(1) + "/" + notes.group(2));
            } else if (retention.matches() && authorization != null) {
                // No case, no hold: 404, as routing answers before it has the case.
                answer = held.get(retention.group(1));
            } else if (matcher.matches() && authorization != null && authorization.startsWith("Bearer ")) {
                String token = authorization.substring("Bearer ".length());
                String complaintId = matcher.group(1);
                relayedTokens.put(complaintId, token);
                answer = answers.getOrDefault(
                        complaintId + "/" + usernameIn(token), "{\"read\":true,\"ask\":true,\"because\":\"HANDLER\"}");
                if (answer.equals(HIDDEN)) answer = null;
            }
            byte[] body = answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static synchronized TestRouting shared() {
        if (shared == null) {
            try {
                shared = new TestRouting();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The user may not see the case: routing answers 404. */
    public void hideFrom(String complaintId, String username) {
        answers.put(complaintId + "/" + username, HIDDEN);
    }

    /** A legal hold is on the complaint's case ({@code GET /api/cases/{id}/retention}); else it has no case yet. */
    public void holdOn(String complaintId) {
        held.put(complaintId, "{\"hold\":{\"reason\":\"Tvist\"}}");
    }

    /**
     * Routing's case concerns the person (as routing placed it), with these notes of the case file as JSON ({@code
     * [{"at":…,"what":…,"text":…}]}); else it answers 404, as for a person it does not concern.
     */
    public void concerns(String complaintId, String personId, String notesJson) {
        concernedNotes.put(complaintId + "/" + personId, notesJson);
    }

    /** The user sees the case as one of the designated receivers of whistleblowing reports. */
    public void receiverFor(String complaintId, String username) {
        answers.put(
                complaintId + "/" + username, "{\"read\":true,\"ask\":true,\"because\":\"WHISTLEBLOWING_RECEIVER\"}");
    }

    /** The user sees the case but may not handle it. */
    public void readOnlyFor(String complaintId, String username) {
        answers.put(complaintId + "/" + username, "{\"read\":true,\"ask\":false,\"because\":\"LINE_MANAGER\"}");
    }

    private static String usernameIn(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("preferred_username");
        } catch (ParseException notAToken) {
            return "";
        }
    }

    /** The token routing was asked with, last time, for the complaint. */
    public String relayedToken(String complaintId) {
        return relayedTokens.get(complaintId);
    }
}
