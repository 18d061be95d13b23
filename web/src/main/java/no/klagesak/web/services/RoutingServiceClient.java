package no.klagesak.web.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The routing service, called with the logged-in user's own access token. */
@Component
public class RoutingServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient asUser;

    RoutingServiceClient(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager authorizedClients,
            @Value("${klagesak.web.routing-service-url}") String routingService) {
        this.asUser = UserToken.client(builder, authorizedClients, routingService);
    }

    /**
     * A page of one handler's cases (a user name): {@code show} {@code OPEN} soonest deadline first, {@code CLOSED}
     * latest deadline first, {@code ALL} by deadline.
     *
     * @param page from 0
     */
    public CaseList casesOf(String handler, String show, int page) {
        return casesOf(handler, show, page, 50);
    }

    private CaseList casesOf(String handler, String show, int page, int size) {
        return asUser.get()
                .uri(uri -> uri.path("/api/cases")
                        .queryParam("handler", handler)
                        .queryParam("show", show)
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build())
                .retrieve()
                .body(CaseList.class);
    }

    /** The open cases of one handler (up to 200): those to give to others when they leave. */
    public List<CaseLine> openCasesOf(String handler) {
        return casesOf(handler, "OPEN", 0, 200).lines();
    }

    /**
     * A page of a handler's cases.
     *
     * @param more whether a next page has lines
     * @param overdue how many of the handler's open cases are past their deadline today
     */
    public record CaseList(List<CaseLine> lines, int page, int size, boolean more, long overdue) {}

    /** What a list of cases shows: never the complaint's text. */
    public record CaseLine(
            String complaintId,
            String reference,
            String category,
            @Nullable String handler,
            LocalDate deadline,
            @Nullable String track,
            @Nullable String explanation,
            @Nullable LocalDate acknowledgeBy,
            @Nullable String acknowledgement,
            @Nullable String state) {

        /** Still being handled (routing says where it stands; a line without a state counts as open). */
        public boolean open() {
            return state == null || CaseState.valueOf(state).open();
        }
    }

    /** A line of the managers' overview: the case's state, and whether it is overdue or a deviation. */
    public record OverviewLine(
            String complaintId,
            String reference,
            String category,
            String track,
            @Nullable String handler,
            @Nullable String handlerName,
            String handlerLevel,
            LocalDate deadline,
            String state,
            boolean overdue,
            boolean deviation,
            @Nullable List<String> deviations,
            java.time.@Nullable Instant receivedAt,
            @Nullable String outcome,
            @Nullable LocalDate waitingSince,
            boolean waitingLong) {

        /**
         * Which deviations: {@code DEADLINE}, {@code ACKNOWLEDGEMENT}, {@code CONCERNED_NOTICE}, {@code DISCUSSION}.
         */
        public List<String> deviationsOrNone() {
            return deviations == null ? List.of() : deviations;
        }
    }

    /** An improvement recorded when a case was answered, for the routine's yearly review. */
    public record Improvement(
            String complaintId, String reference, String category, LocalDate on, String improvements) {}

    /** The improvements recorded in the year's answered cases (managers only). */
    public List<Improvement> improvements(int year) {
        return asUser.get()
                .uri(uri -> uri.path("/api/cases/improvements")
                        .queryParam("year", year)
                        .build())
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /**
     * The cases the managing director and management look after: the open and escalated ones, and closed ones whose
     * person is not yet told.
     */
    public List<OverviewLine> overview() {
        return asUser.get().uri("/api/cases/overview").retrieve().body(new ParameterizedTypeReference<>() {});
    }

    /**
     * A page of every case the manager may see, the latest received first, narrowed by the year received, the track
     * and the outcome ({@code NONE}: none yet); each null for any.
     *
     * @param page from 0
     */
    public ReceivedList received(@Nullable Integer year, @Nullable String track, @Nullable String outcome, int page) {
        return asUser.get()
                .uri(uri -> uri.path("/api/cases/received")
                        .queryParamIfPresent("year", Optional.ofNullable(year))
                        .queryParamIfPresent("track", Optional.ofNullable(track))
                        .queryParamIfPresent("outcome", Optional.ofNullable(outcome))
                        .queryParam("page", page)
                        .build())
                .retrieve()
                .body(ReceivedList.class);
    }

    /**
     * A page of every case.
     *
     * @param years the years the tenant has received cases in, the latest first
     */
    public record ReceivedList(List<OverviewLine> lines, int page, int size, boolean more, List<Integer> years) {}

    /** A case's workflow: its state, the version to act against, and its timeline. */
    public record Workflow(
            String complaintId,
            String state,
            long version,
            @Nullable String handler,
            @Nullable String handlerName,
            LocalDate deadline,
            @Nullable LocalDate pausedOn,
            List<Step> timeline,
            @Nullable String discussWith,
            boolean navCaseworkerOffered,
            @Nullable List<Candidate> candidates,
            @Nullable List<CheckIn> checkIns,
            @Nullable Linked retaliationFor,
            @Nullable List<Linked> retaliationReports,
            @Nullable LocalDate concernedNoticeBy,
            @Nullable Boolean concernedNoticeHandled,
            @Nullable LocalDate concernedExceptionReviewOn,
            @Nullable List<Person> people,
            CaseLine assignment) {

        /** The person the case names still has to be told (or the exception justified). */
        public boolean concernedNoticeOwed() {
            return concernedNoticeBy != null && !Boolean.TRUE.equals(concernedNoticeHandled);
        }
    }

    /** Another case by its reference: the report a retaliation report follows, or one that follows this. */
    public record Linked(String complaintId, String reference) {}

    /** A planned talk with a whistleblower about their working environment; due when its day came and it was not held. */
    public record CheckIn(LocalDate on, boolean held, boolean due) {}

    /** Someone in the organisation the case may be said to concern; {@code concerned} when it does now. */
    public record Person(String id, String name, @Nullable String title, boolean concerned) {}

    /** Someone the case may be given to. */
    public record Candidate(
            String username, String name, @Nullable String title) {}

    public record Step(
            Instant at,
            String by,
            String action,
            String from,
            String to,
            @Nullable String text,
            @Nullable String reason,
            @Nullable String handler,
            @Nullable LocalDate deadline,
            @Nullable String outcome,
            @Nullable String improvements) {}

    public Optional<Workflow> workflow(String complaintId) {
        try {
            return Optional.ofNullable(asUser.get()
                    .uri("/api/cases/{id}/workflow", complaintId)
                    .retrieve()
                    .body(Workflow.class));
        } catch (HttpClientErrorException.NotFound hidden) {
            return Optional.empty();
        }
    }

    /** A step of the workflow; empty when it was done, else routing's reason (409) in words. */
    public Optional<String> step(String complaintId, Map<String, Object> step) {
        try {
            asUser.post()
                    .uri("/api/cases/{id}/workflow", complaintId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(step)
                    .retrieve()
                    .toBodilessEntity();
            return Optional.empty();
        } catch (HttpClientErrorException.Conflict | HttpClientErrorException.Forbidden refused) {
            return Optional.of(JSON.readTree(refused.getResponseBodyAsString())
                    .path("detail")
                    .asString());
        }
    }

    /**
     * How long a case is kept and its legal holds (tenant admin, managing director): dates and reasons, no content.
     *
     * @param endedOn null while the case is open
     * @param eraseOn null while the case is open
     * @param hold the hold that is on, if any
     */
    public record Retention(
            String complaintId,
            String reference,
            String track,
            String state,
            @Nullable LocalDate endedOn,
            int years,
            @Nullable LocalDate eraseOn,
            @Nullable Instant erasedAt,
            @Nullable Hold hold,
            @Nullable List<Hold> holds) {}

    /** A legal hold; released when it has a release. */
    public record Hold(
            Instant placedAt,
            String placedBy,
            String reason,
            @Nullable Instant releasedAt,
            @Nullable String releasedBy,
            @Nullable String releaseReason) {}

    /** The case's retention, or empty when the tenant has no such case (yet). */
    public Optional<Retention> retention(String complaintId) {
        try {
            return Optional.ofNullable(asUser.get()
                    .uri("/api/cases/{id}/retention", complaintId)
                    .retrieve()
                    .body(Retention.class));
        } catch (HttpClientErrorException.NotFound none) {
            return Optional.empty();
        }
    }

    /** The tenant's cases under a legal hold, longest held first. */
    /** The tenant's audit log in routing: refused attempts to read a case file; of one complaint when it is given. */
    public List<AuditEntry> audit(@Nullable String complaintId) {
        return asUser.get()
                .uri(uri -> uri.path("/api/audit")
                        .queryParamIfPresent("complaintId", Optional.ofNullable(complaintId))
                        .build())
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    public List<Retention> legalHolds() {
        return asUser.get().uri("/api/legal-holds").retrieve().body(new ParameterizedTypeReference<>() {});
    }

    /** Places ({@code release} false) or releases a legal hold; empty when done, else why not in words. */
    public Optional<String> legalHold(String complaintId, boolean release, String reason) {
        try {
            asUser.post()
                    .uri(release ? "/api/cases/{id}/legal-hold/release" : "/api/cases/{id}/legal-hold", complaintId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", reason))
                    .retrieve()
                    .toBodilessEntity();
            return Optional.empty();
        } catch (HttpClientErrorException.Conflict | HttpClientErrorException.BadRequest refused) {
            return Optional.of(JSON.readTree(refused.getResponseBodyAsString())
                    .path("detail")
                    .asString());
        }
    }
}
