package no.klagesak.routing.assignment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.klagesak.contracts.CaseState;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.CaseFile;
import no.klagesak.routing.assignment.CasePage;
import no.klagesak.routing.assignment.CaseSummary;
import no.klagesak.routing.assignment.CaseWorkflow;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.CheckIn;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.ConcernedNotice;
import no.klagesak.routing.assignment.HandlingCase;
import no.klagesak.routing.assignment.InvalidTransition;
import no.klagesak.routing.assignment.Outcome;
import no.klagesak.routing.assignment.TimelineEntry;
import no.klagesak.routing.assignment.Transition;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.security.TenantAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case workflow over HTTP: the state, version and timeline of a case, and a step against the version the user
 * saw. An impossible step or a concurrent change answers 409 with the reason.
 */
@RestController
class WorkflowController {

    private final Cases cases;
    private final HandlingCase handling;
    private final CaseAccess visibility;

    WorkflowController(Cases cases, HandlingCase handling, CaseAccess visibility) {
        this.cases = cases;
        this.handling = handling;
        this.visibility = visibility;
    }

    /**
     * A case's workflow as the case page shows it, with the case itself ({@code assignment}), so the page needs one
     * call to routing; {@code names} are the names of the staff in its timeline by user name, so the page shows who
     * acted, not their login.
     */
    record WorkflowView(
            String complaintId,
            CaseState state,
            long version,
            @Nullable String handler,
            @Nullable String handlerName,
            LocalDate deadline,
            @Nullable LocalDate pausedOn,
            List<TimelineEntry> timeline,
            @Nullable String discussWith,
            boolean navCaseworkerOffered,
            List<Candidate> candidates,
            List<CheckIn> checkIns,
            @Nullable Linked retaliationFor,
            List<Linked> retaliationReports,
            @Nullable LocalDate concernedNoticeBy,
            boolean concernedNoticeHandled,
            @Nullable LocalDate concernedExceptionReviewOn,
            List<Person> people,
            Map<String, String> names,
            ComplaintCase assignment) {}

    /**
     * Someone the receiver may say the case concerns: everyone active in the organisation, those it concerns now
     * marked (the explanation names them already).
     */
    record Person(String id, String name, @Nullable String title, boolean concerned) {}

    /** Another case by its reference: the report a retaliation report follows, or one that follows this. */
    record Linked(String complaintId, String reference) {
        static Linked of(ComplaintCase c) {
            return new Linked(c.complaintId(), c.reference());
        }
    }

    /** Someone who may be given the case: a person with a login, not one it concerns. */
    record Candidate(String username, String name, @Nullable String title) {}

    /** A step: the action, the version the user saw, and what the action needs. */
    record StepRequest(
            @Nullable CaseAction action,
            @Nullable Long version,
            @Nullable String handler,
            @Nullable String text,
            @Nullable String reason,
            @Nullable Outcome outcome,
            @Nullable String improvements,
            @Nullable LocalDate newDeadline,
            @Nullable Boolean minutesAgreed,
            @Nullable List<String> concerned) {}

    /** A line of the managers' overview. */
    record OverviewLine(
            String complaintId,
            String reference,
            String category,
            String track,
            @Nullable String handler,
            @Nullable String handlerName,
            String handlerLevel,
            LocalDate deadline,
            CaseState state,
            boolean overdue,
            boolean deviation,
            List<String> deviations,
            Instant receivedAt,
            @Nullable Outcome outcome,
            @Nullable LocalDate waitingSince,
            boolean waitingLong) {}

    /**
     * The cases the managers look after (the open and escalated ones, and answered ones that are a deviation: the
     * person they name not told, or answered without the discussion with the superior the routine asks for), those
     * the caller may see, with their state, for the managing director and management: open, overdue, escalated, the
     * triage queue, waiting long for the complainant, and deviations (also past the deadline with no reason recorded,
     * no acknowledgement in time). Never a case that concerns the caller. Every case is listed a page at a time by
     * {@link #received}.
     */
    @GetMapping("/api/cases/overview")
    List<OverviewLine> overview(Authentication authentication) {
        Roles.require(authentication, "Managers only", "managing-director", "management");
        String tenantId = CurrentTenant.of(authentication);
        var lines = lines(tenantId);
        var looked = new ArrayList<>(cases.needingAttention(tenantId));
        // Answered without the discussion the routine asks for: a deviation the overview keeps showing.
        if (visibility.asksForDiscussion(tenantId)) {
            var listed = looked.stream()
                    .map(s -> s.file().complaintCase().complaintId())
                    .collect(Collectors.toSet());
            cases.answeredUndiscussed(tenantId).stream()
                    .filter(s -> !listed.contains(s.file().complaintCase().complaintId()))
                    .forEach(looked::add);
            looked.sort(Comparator.comparing(s -> s.file().complaintCase().deadline()));
        }
        return looked.stream()
                .filter(visibility.visibleTo(authentication))
                .map(lines)
                .filter(l -> l.state().open() || l.state() == CaseState.ESCALATED || l.deviation())
                .toList();
    }

    /** Overview lines of the tenant's cases as of today; the tenant's people are looked up once. */
    private Function<CaseSummary, OverviewLine> lines(String tenantId) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var names = visibility.namesByUsername(tenantId);
        return s -> {
            var c = s.file().complaintCase();
            var deviations = s.deviations(today, visibility.discussWith(tenantId, c) != null);
            return new OverviewLine(
                    c.complaintId(),
                    c.reference(),
                    c.category(),
                    c.track(),
                    c.handler(),
                    c.handler() == null ? null : names.get(c.handler()),
                    c.handlerLevel().name(),
                    c.deadline(),
                    s.file().state(),
                    s.overdue(today),
                    !deviations.isEmpty(),
                    deviations,
                    c.receivedAt(),
                    s.outcome(),
                    s.file().pausedOn(),
                    s.waitingLong(today));
        };
    }

    /**
     * A page of every case the caller may see, open and closed, with its outcome, the latest received first
     * (routines 000, 001, 003: the managing director sees every complaint, resolved ones included), for the managing
     * director and management; narrowed by the year it was received, its track and its outcome ({@code NONE}: none
     * yet).
     *
     * @param page from 0
     * @param size at most {@value CasePage#LARGEST} lines
     */
    @GetMapping("/api/cases/received")
    Received received(
            Authentication authentication,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String track,
            @RequestParam(required = false) @Nullable Outcomes outcome,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + CasePage.USUAL) int size) {
        Roles.require(authentication, "Managers only", "managing-director", "management");
        String tenantId = CurrentTenant.of(authentication);
        var which = new Cases.Received(year, track, outcome == null ? null : outcome.name());
        var found = cases.received(tenantId, which, visibility.visibleTo(authentication), page, size)
                .map(lines(tenantId));
        var oslo = ZoneId.of("Europe/Oslo");
        int thisYear = LocalDate.now(oslo).getYear();
        int first = cases.firstReceived(tenantId)
                .map(at -> Math.min(at.atZone(oslo).getYear(), thisYear))
                .orElse(thisYear);
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y >= first; y--) years.add(y);
        return new Received(found.lines(), found.page(), found.size(), found.more(), years);
    }

    /** The outcomes a list of every case can be narrowed to: {@link Outcome}, or none yet. */
    enum Outcomes {
        UPHELD,
        PARTLY_UPHELD,
        NOT_UPHELD,
        WITHDRAWN,
        NONE
    }

    /**
     * A page of every case.
     *
     * @param more whether a next page has lines
     * @param years the years the tenant has received cases in, the latest first, for narrowing the list
     */
    record Received(List<OverviewLine> lines, int page, int size, boolean more, List<Integer> years) {}

    /** An improvement recorded when a case was answered or decided, for the routine's yearly review (001). */
    record Improvement(String complaintId, String reference, String category, LocalDate on, String improvements) {}

    /**
     * The improvements recorded in the year's answered cases, for the managing director's and management's yearly
     * review of the routine (001); never from a case that concerns the caller.
     */
    @GetMapping("/api/cases/improvements")
    List<Improvement> improvements(Authentication authentication, @RequestParam int year) {
        Roles.require(authentication, "Managers only", "managing-director", "management");
        String tenantId = CurrentTenant.of(authentication);
        var oslo = ZoneId.of("Europe/Oslo");
        List<Improvement> found = new ArrayList<>();
        for (var summary : visibility.visibleCases(authentication)) {
            var c = summary.file().complaintCase();
            for (var entry : cases.timeline(tenantId, c.complaintId())) {
                LocalDate on = LocalDate.ofInstant(entry.at(), oslo);
                if (entry.improvements() != null && on.getYear() == year) {
                    found.add(new Improvement(c.complaintId(), c.reference(), c.category(), on, entry.improvements()));
                }
            }
        }
        found.sort(Comparator.comparing(Improvement::on));
        return found;
    }

    @GetMapping("/api/cases/{complaintId}/workflow")
    WorkflowView workflow(Authentication authentication, @PathVariable String complaintId) {
        String tenantId = CurrentTenant.of(authentication);
        visibility.opened(authentication, complaintId, "CASE_FILE");
        var file = cases.file(tenantId, complaintId).orElseThrow(HandlingCase.UnknownCase::new);
        return view(tenantId, file);
    }

    @PostMapping("/api/cases/{complaintId}/workflow")
    WorkflowView step(
            Authentication authentication, @PathVariable String complaintId, @RequestBody StepRequest request) {
        String tenantId = CurrentTenant.of(authentication);
        // A step on a case the caller may not see is a refused attempt too, audited as a read of it would be.
        visibility.opened(authentication, complaintId, "CASE");
        if (request.action() == null) throw new InvalidTransition("Velg hva som skal gjøres.");
        if (CaseWorkflow.fromOutside(request.action())) {
            throw new InvalidTransition("Dette skjer når klageren svarer, trekker klagen eller ber om ny behandling.");
        }
        if (request.version() == null) throw new InvalidTransition("Send med versjonen av saken du så.");
        String by = ((TenantAuthentication) authentication).username();
        var current = cases.file(tenantId, complaintId).orElseThrow(HandlingCase.UnknownCase::new);
        String refusal = visibility.refusal(tenantId, request.action(), current.complaintCase(), authentication);
        if (refusal != null) throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
        var transition = new Transition(
                request.action(),
                by,
                request.handler(),
                request.text(),
                request.reason(),
                request.outcome(),
                request.improvements(),
                request.newDeadline(),
                Boolean.TRUE.equals(request.minutesAgreed()),
                request.concerned());
        CaseFile next = handling.act(tenantId, complaintId, transition, request.version());
        return view(tenantId, next);
    }

    private WorkflowView view(String tenantId, CaseFile file) {
        var c = file.complaintCase();
        var timeline = cases.timeline(tenantId, c.complaintId());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        // Handled while told, or while an exception is in force; on its review date it is owed again.
        var notice = ConcernedNotice.of(timeline);
        var names = visibility.namesByUsername(tenantId);
        var inTimeline = new HashMap<String, String>();
        timeline.forEach(step -> Stream.of(step.by(), step.handler())
                .filter(Objects::nonNull)
                .filter(names::containsKey)
                .forEach(username -> inTimeline.put(username, names.get(username))));
        return new WorkflowView(
                c.complaintId(),
                file.state(),
                file.version(),
                c.handler(),
                c.handler() == null ? null : names.get(c.handler()),
                c.deadline(),
                file.pausedOn(),
                timeline,
                visibility.discussWith(tenantId, c),
                visibility.navCaseworkerOffered(tenantId, c),
                visibility.candidates(tenantId, c),
                CheckIn.plan(c, timeline, today),
                c.retaliationFor() == null
                        ? null
                        : cases.findBy(tenantId, c.retaliationFor())
                                .map(Linked::of)
                                .orElse(null),
                cases.retaliationReports(tenantId, c.complaintId()).stream()
                        .map(Linked::of)
                        .toList(),
                c.concernedNoticeBy(),
                notice.handled() && !notice.reviewDue(today),
                notice.exceptionReviewOn(),
                visibility.people(tenantId, c),
                inTimeline,
                c);
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidTransition invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, invalid.getMessage());
    }

    @ExceptionHandler
    ProblemDetail forbidden(ResponseStatusException forbidden) {
        return ProblemDetail.forStatusAndDetail(forbidden.getStatusCode(), forbidden.getReason());
    }

    @ExceptionHandler
    ProblemDetail concurrent(HandlingCase.ConcurrentChange change) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, change.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknown(HandlingCase.UnknownCase unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such case");
    }
}
