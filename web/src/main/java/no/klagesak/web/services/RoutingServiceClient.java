package no.klagesak.web.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.json.JsonMapper;

/** The routing service, called with the logged-in user's own access token. */
@Component
public class RoutingServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

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

    /** The kinds of deviation from the routine a report names, in the order the form and the figures show them. */
    public static final List<String> DEVIATION_KINDS =
            List.of("ACKNOWLEDGEMENT", "DEADLINE", "LEVEL", "INFORMATION", "CONFIDENTIALITY", "OTHER");

    /**
     * A deviation from the routine as its reporter wrote it (routine 001: reported to the managing director, or to the
     * routine's alternative receiver when it concerns the director); kept in the session while a refused form is shown
     * again.
     *
     * @param id the form's own id, so the same form sent twice is one report
     */
    public record DeviationDraft(
            String id,
            @Nullable String kind,
            @Nullable String what,
            @Nullable LocalDate happenedOn,
            @Nullable String caseReference,
            boolean concernsDirector)
            implements Serializable {}

    /**
     * A reported deviation.
     *
     * @param reportedBy {@code STAFF} or {@code COMPLAINANT} (from the follow-up page)
     * @param reporter the staff member's user name; null for a complainant
     * @param reporterName the reporter's name in the organisation; null when unknown, and for a complainant
     * @param complaintId the case it is about, when the complainant reported it or a staff member named a case
     *     reference that exists
     * @param handling null until its receiver has written what was done
     */
    public record Deviation(
            String id,
            String kind,
            String what,
            @Nullable LocalDate happenedOn,
            @Nullable String caseReference,
            boolean concernsDirector,
            String reportedBy,
            @Nullable String reporter,
            @Nullable String reporterName,
            @Nullable String complaintId,
            String receiver,
            String receiverName,
            LocalDate deadline,
            Instant reportedAt,
            @Nullable DeviationHandling handling) {

        /** Past its deadline: not handled by the end of it, or handled after it (as routing counts it). */
        public boolean late(LocalDate today) {
            return handling == null
                    ? today.isAfter(deadline)
                    : handling.handledAt().atZone(OSLO).toLocalDate().isAfter(deadline);
        }

        /** Who reported it as the page says it: the name when routing knows it, else the user name. */
        public @Nullable String reporterShown() {
            return reporterName != null ? reporterName : reporter;
        }

        /** Reported by the complainant, from the follow-up page (who does not see what was done). */
        public boolean byComplainant() {
            return "COMPLAINANT".equals(reportedBy);
        }

        /** {@code OPEN}, {@code LATE} (open past its deadline), {@code HANDLED} or {@code HANDLED_LATE}. */
        public String status(LocalDate today) {
            if (handling == null) return late(today) ? "LATE" : "OPEN";
            return late(today) ? "HANDLED_LATE" : "HANDLED";
        }
    }

    /** What the receiver wrote was done, by whom (a user name) and when. */
    public record DeviationHandling(String measures, String handledBy, Instant handledAt) {}

    /**
     * A year's reported deviations: by kind, how many are handled and how many were or are late.
     *
     * @param late those not handled by the end of their deadline: still waiting past it, or handled after it
     */
    public record DeviationCounts(int year, Map<String, Long> byKind, long total, long handled, long late) {

        /** Not handled yet: with those handled, the total. */
        public long waiting() {
            return Math.max(0, total - handled);
        }

        public long of(String kind) {
            return byKind.getOrDefault(kind, 0L);
        }
    }

    /** What a deviation form was refused for: the field and routing's code, said in the reader's language. */
    public record Problem(String field, String code) implements Serializable {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problems(List<Problem> problems) {}

    /** What routing said to a report or its handling. */
    public sealed interface DeviationAnswer {}

    /** Stored: the report as it now is. */
    public record Done(Deviation deviation) implements DeviationAnswer {}

    /** Refused, nothing stored: every problem. */
    public record Refused(List<Problem> problems) implements DeviationAnswer {}

    /** A report's form sent before with other words, or a report handled already: nothing changed. */
    public record Conflict() implements DeviationAnswer {}

    /** Only the report's receiver handles it. */
    public record NotTheReceiver() implements DeviationAnswer {}

    /** No such report that the user may read. */
    public record NotFound() implements DeviationAnswer {}

    /** Reports a deviation; the same form (its id) sent again unchanged is the one report. */
    public DeviationAnswer reportDeviation(DeviationDraft draft) {
        return answer(() -> routing.reportDeviation(draft));
    }

    /** The receiver writes what was done about a report, once. */
    public DeviationAnswer handleDeviation(String id, String measures) {
        return answer(() -> routing.handleDeviation(id, Map.of("measures", measures)));
    }

    private static DeviationAnswer answer(Supplier<Deviation> call) {
        try {
            return new Done(call.get());
        } catch (HttpClientErrorException.BadRequest refused) {
            return new Refused(JSON.readValue(refused.getResponseBodyAsByteArray(), Problems.class)
                    .problems());
        } catch (HttpClientErrorException.Conflict conflict) {
            return new Conflict();
        } catch (HttpClientErrorException.Forbidden forbidden) {
            return new NotTheReceiver();
        } catch (HttpClientErrorException.NotFound none) {
            return new NotFound();
        }
    }

    /** The year's reports the user may read (its receiver, the managing director, its reporter), newest first. */
    public List<Deviation> deviations(int year) {
        return routing.deviations(year);
    }

    /** One report, or empty when there is none the user may read. */
    public Optional<Deviation> deviation(String id) {
        try {
            return Optional.ofNullable(routing.deviation(id));
        } catch (HttpClientErrorException.NotFound hidden) {
            return Optional.empty();
        }
    }

    /** The year's reported deviations in figures (the managing director, management, the board, the admins). */
    public DeviationCounts deviationCounts(int year) {
        return routing.deviationCounts(year);
    }
}
