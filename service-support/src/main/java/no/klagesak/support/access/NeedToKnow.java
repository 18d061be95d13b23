package no.klagesak.support.access;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.klagesak.support.security.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may read what a service holds about a complaint (its text and files in intake, its notices in notification), and
 * ask its complainant: routing-service decides, since it knows the
 * handler, the line of managers, the designated receivers and whom the complaint concerns. It is asked with the
 * caller's own token on every read. Someone who may not see the case gets 404, as if the complaint did not exist; when
 * routing cannot answer, nothing is shown (503).
 */
public class NeedToKnow {

    private final RestClient routing;
    private final AuditLog audit;

    public NeedToKnow(RestClient.Builder builder, String routingServiceUrl, AuditLog audit) {
        this.audit = audit;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.routing =
                builder.baseUrl(routingServiceUrl).requestFactory(requests).build();
    }

    /**
     * Throws 404 unless the caller may read the complaint; the read, or the refused attempt, goes into the audit log.
     *
     * @param what what of the complaint is read, for the audit log: {@code COMPLAINT}, {@code ATTACHMENT}, ...
     */
    public void mayRead(Authentication caller, String complaintId, String what) {
        logged(caller, complaintId, what, false);
    }

    /**
     * As {@link #mayRead}, for several parts read in one request (the case page's complaint and conversation): routing
     * is asked once, and each part read, or the refused attempt at the first, goes into the audit log.
     */
    public void mayRead(Authentication caller, String complaintId, List<String> whats) {
        ContentAccess access = accessLoggingRefusal(caller, complaintId, whats.getFirst());
        for (String what : whats) read(caller, complaintId, what, access);
    }

    /**
     * Throws 404 unless the caller may read the complaint, and 403 unless they may also handle it; logged as a read
     * of {@code what}, or as refused.
     */
    public void mayAsk(Authentication caller, String complaintId, String what) {
        logged(caller, complaintId, what, true);
    }

    /**
     * The identity of a whistleblowing report's reporter, kept apart from the report: disclosed only to those whose
     * reason to see the case ({@code because}: {@code HANDLER}, {@code WHISTLEBLOWING_RECEIVER}) the tenant's routine
     * lets know it (404 for others who may not see the case, 403 for those who may). Every disclosure, and every refusal, is in the audit log ({@code REPORTER_IDENTITY}).
     */
    public void mayDiscloseReporter(Authentication caller, String complaintId, Set<String> mayKnow) {
        String tenantId = CurrentTenant.of(caller);
        String who = caller.getName();
        ContentAccess access = accessLoggingRefusal(caller, complaintId, REPORTER);
        if (access.because() == null || !mayKnow.contains(access.because())) {
            audit.append(tenantId, who, "REFUSED", REPORTER, complaintId, "NOT_INVESTIGATING");
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "The tenant's routine does not let you see who reported it");
        }
        audit.append(tenantId, who, "DISCLOSED", REPORTER, complaintId, access.because());
    }

    /**
     * Throws 409 when a legal hold is on the complaint's case (routing keeps the holds; the tenant admin asks with
     * their own token), and 503 when routing cannot say. A complaint routing has no case for yet has no hold.
     */
    public void mayErase(Authentication caller, String complaintId) {
        if (!(caller instanceof JwtAuthenticationToken token)) throw hidden();
        Retention retention;
        try {
            retention = askRouting(token, "/api/cases/{id}/retention", complaintId, Retention.class);
        } catch (HttpClientErrorException.NotFound noCase) {
            return;
        } catch (RestClientException unavailable) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Whether the case is held cannot be checked now; try again shortly");
        }
        if (retention != null && retention.hold() != null) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "A legal hold is on the case; it is not erased while the hold is on");
        }
    }

    /** Routing's retention answer, of which only whether a hold is on matters here. */
    record Retention(@Nullable Object hold) {}

    /** What the audit log calls a disclosure of who reported. */
    public static final String REPORTER = "REPORTER_IDENTITY";

    private void logged(Authentication caller, String complaintId, String what, boolean asking) {
        String tenantId = CurrentTenant.of(caller);
        String who = caller.getName();
        ContentAccess access = accessLoggingRefusal(caller, complaintId, what);
        if (asking && !access.ask()) {
            audit.append(tenantId, who, "REFUSED", what, complaintId, "NOT_HANDLER");
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the handler and the managers above may ask");
        }
        read(caller, complaintId, what, access);
    }

    /** A read of {@code what} the caller was let make, in the audit log with why routing let them. */
    private void read(Authentication caller, String complaintId, String what, ContentAccess access) {
        audit.append(
                CurrentTenant.of(caller),
                caller.getName(),
                "READ",
                what,
                complaintId,
                access.because() == null ? "?" : access.because());
    }

    /** Routing's answer; a caller who may not see the case is logged as refused {@code what}, then gets 404. */
    private ContentAccess accessLoggingRefusal(Authentication caller, String complaintId, String what) {
        try {
            return access(caller, complaintId);
        } catch (ResponseStatusException e) {
            if (e.getStatusCode().value() == 404) {
                audit.append(CurrentTenant.of(caller), caller.getName(), "REFUSED", what, complaintId, "NOT_ALLOWED");
            }
            throw e;
        }
    }

    private ContentAccess access(Authentication caller, String complaintId) {
        if (!(caller instanceof JwtAuthenticationToken token)) throw hidden();
        try {
            ContentAccess access = askRouting(token, "/api/cases/{id}/access", complaintId, ContentAccess.class);
            if (access == null || !access.read()) throw hidden();
            return access;
        } catch (HttpClientErrorException.NotFound notVisible) {
            throw hidden();
        } catch (RestClientException unavailable) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "Access to the complaint cannot be checked now; try again shortly");
        }
    }

    /**
     * Whether routing's case concerns the person (by id in the organisation), and the case file's notes about them,
     * without the organisation's other names, for their access request (the tenant admin asks). 409 while an exception
     * not to tell them is in force; 503 when routing cannot say.
     */
    public ConcernedNotes concernedNotes(Authentication caller, String complaintId, String personId) {
        if (!(caller instanceof JwtAuthenticationToken token)) throw hidden();
        try {
            List<ConcernedNotes.Note> notes = routing.get()
                    .uri("/api/cases/{id}/concerned/{person}/notes", complaintId, personId)
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            "Bearer " + token.getToken().getTokenValue())
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<ConcernedNotes.Note>>() {});
            return new ConcernedNotes(true, notes == null ? List.of() : notes);
        } catch (HttpClientErrorException.NotFound notConcerned) {
            return new ConcernedNotes(false, List.of());
        } catch (HttpClientErrorException.Forbidden concernsTheCaller) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The case concerns you; someone else answers");
        } catch (HttpClientErrorException.Conflict excepted) {
            var problem = excepted.getResponseBodyAs(ProblemDetail.class);
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, problem == null ? "An exception is in force" : problem.getDetail());
        } catch (RestClientException unavailable) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "The case file cannot be read now; try again shortly");
        }
    }

    /**
     * Routing's answer for a person's access request.
     *
     * @param concerned the case concerns them
     * @param notes the case file's notes, with the organisation's other names removed
     */
    public record ConcernedNotes(boolean concerned, List<Note> notes) {

        public record Note(Instant at, String what, String text) {}
    }

    /** A GET to routing about the complaint, with the caller's own token, so routing applies its rules to them. */
    private <T> @Nullable T askRouting(
            JwtAuthenticationToken caller, String path, String complaintId, Class<T> answer) {
        return routing.get()
                .uri(path, complaintId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.getToken().getTokenValue())
                .retrieve()
                .body(answer);
    }

    private static ResponseStatusException hidden() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    record ContentAccess(
            boolean read, boolean ask, @Nullable String because) {}
}
