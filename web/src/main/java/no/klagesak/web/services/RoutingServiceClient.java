package no.klagesak.web.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.json.JsonMapper;

/** The routing service, called with the logged-in user's own access token. */
@Component
public class RoutingServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RoutingApi routing;

    RoutingServiceClient(RoutingApi routing) {
        this.routing = routing;
    }

    /**
     * A page of one handler's cases (a user name): {@code show} {@code OPEN} soonest deadline first, {@code CLOSED}
     * latest deadline first, {@code ALL} by deadline.
     *
     * @param page from 0
     */
    public CaseList casesOf(String handler, String show, int page) {
        return routing.cases(handler, show, page, 50);
    }

    /** The open cases of one handler (up to 200): those to give to others when they leave. */
    public List<CaseLine> openCasesOf(String handler) {
        return routing.cases(handler, "OPEN", 0, 200).lines();
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
        return routing.improvements(year);
    }

    /**
     * The cases the managing director and management look after: the open and escalated ones, and closed ones whose
     * person is not yet told.
     */
    public List<OverviewLine> overview() {
        return routing.overview();
    }

    /**
     * A page of every case the manager may see, the latest received first, narrowed by the year received, the track
     * and the outcome ({@code NONE}: none yet); each null for any.
     *
     * @param page from 0
     */
    public ReceivedList received(@Nullable Integer year, @Nullable String track, @Nullable String outcome, int page) {
        return routing.received(year, track, outcome, page);
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
            @Nullable Map<String, String> names,
            CaseLine assignment) {

        /**
         * Who took a step, as the page names them: a member of staff by name (routing names those in the timeline),
         * the complainant as such, else as routing gave it.
         */
        public String nameOf(String by) {
            return names != null && names.containsKey(by) ? names.get(by) : by;
        }

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
            return Optional.ofNullable(routing.workflow(complaintId));
        } catch (HttpClientErrorException.NotFound hidden) {
            return Optional.empty();
        }
    }

    /** A step of the workflow; empty when it was done, else routing's reason (409) in words. */
    public Optional<String> step(String complaintId, Map<String, Object> step) {
        try {
            routing.step(complaintId, step);
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
            return Optional.ofNullable(routing.retention(complaintId));
        } catch (HttpClientErrorException.NotFound none) {
            return Optional.empty();
        }
    }

    /** The tenant's audit log in routing: refused attempts to read a case file; of one complaint when it is given. */
    public List<AuditEntry> audit(@Nullable String complaintId) {
        return routing.audit(complaintId);
    }

    /** The tenant's cases under a legal hold, longest held first. */
    public List<Retention> legalHolds() {
        return routing.legalHolds();
    }

    /** Places ({@code release} false) or releases a legal hold; empty when done, else why not in words. */
    public Optional<String> legalHold(String complaintId, boolean release, String reason) {
        try {
            if (release) {
                routing.releaseLegalHold(complaintId, Map.of("reason", reason));
            } else {
                routing.placeLegalHold(complaintId, Map.of("reason", reason));
            }
            return Optional.empty();
        } catch (HttpClientErrorException.Conflict | HttpClientErrorException.BadRequest refused) {
            return Optional.of(JSON.readTree(refused.getResponseBodyAsString())
                    .path("detail")
                    .asString());
        }
    }
}
