package no.klagesak.routing.deviation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.DeviationHandled;
import no.klagesak.contracts.DeviationReported;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.routing.assignment.CaseDeadlines;
import no.klagesak.routing.assignment.RoutingRoutines;
import org.jspecify.annotations.Nullable;

/**
 * The use cases of reported deviations. A report goes to the managing director, or, when it concerns the director (or
 * the director cannot take it), to the routine's alternative receiver, else the board's contact: someone who can log
 * in. Its deadline is the routine's handling time for a complaint, counted from when it was reported. Only its receiver
 * handles it, once.
 */
public class ReportingDeviations {

    public static final int LONGEST_TEXT = 5_000;
    public static final int LONGEST_REFERENCE = 40;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Deviations deviations;
    private final RoutingRoutines routines;
    private final CaseReferences cases;
    private final Clock clock;

    /** Finds a tenant's case by the reference a reporter wrote. */
    @FunctionalInterface
    public interface CaseReferences {
        Optional<String> complaintIdOf(String tenantId, String reference);
    }

    public ReportingDeviations(Deviations deviations, RoutingRoutines routines, CaseReferences cases, Clock clock) {
        this.deviations = deviations;
        this.routines = routines;
        this.cases = cases;
        this.clock = clock;
    }

    /** What a reporter sent; the form's id makes a second sending of the same form one report. */
    public record Draft(
            @Nullable String id,
            @Nullable String kind,
            @Nullable String what,
            @Nullable LocalDate happenedOn,
            @Nullable String caseReference,
            @Nullable Boolean concernsDirector) {

        /** Left out means no. */
        public boolean aboutDirector() {
            return Boolean.TRUE.equals(concernsDirector);
        }
    }

    /** A field and what is wrong with it, for the form to say in the reader's language. */
    public record Problem(String field, String code) {}

    public sealed interface Outcome {}

    /** @param created false when the same form had been sent before */
    public record Reported(DeviationReport report, boolean created) implements Outcome {}

    public record Refused(List<Problem> problems) implements Outcome {}

    /** The same form's id with other words: a form sent again after it was changed. */
    public record Conflict() implements Outcome {}

    /** A staff member reports; {@code reporter} is their user name. */
    public Outcome reportByStaff(String tenantId, String reporter, Draft draft) {
        return report(tenantId, draft, DeviationReport.Reporter.STAFF, reporter, null);
    }

    /** A complainant reports from the follow-up page of their case. */
    public Outcome reportByComplainant(String tenantId, String complaintId, Draft draft) {
        return report(tenantId, draft, DeviationReport.Reporter.COMPLAINANT, null, complaintId);
    }

    private Outcome report(
            String tenantId,
            Draft draft,
            DeviationReport.Reporter by,
            @Nullable String reporter,
            @Nullable String complaintId) {
        Instant now = clock.instant();
        List<Problem> problems = problems(draft, now.atZone(OSLO).toLocalDate());
        TenantSnapshot tenant = routines.find(tenantId).orElse(null);
        Optional<Organisation.Person> receiver = tenant == null
                ? Optional.empty()
                : receiver(tenant.organisation(), tenant.current().routine(), draft.aboutDirector());
        if (receiver.isEmpty()) problems.add(new Problem("receiver", "none"));
        // A case a staff member names must be one of the tenant's; a complainant's is the case of their code.
        String reference = blankToNull(draft.caseReference());
        String aboutCase = complaintId;
        if (by == DeviationReport.Reporter.STAFF && reference != null && reference.length() <= LONGEST_REFERENCE) {
            aboutCase = cases.complaintIdOf(tenantId, reference).orElse(null);
            if (aboutCase == null) problems.add(new Problem("caseReference", "unknown"));
        }
        if (!problems.isEmpty() || tenant == null) return new Refused(List.copyOf(problems));
        Organisation.Person to = receiver.orElseThrow();
        LocalDate deadline = CaseDeadlines.of(
                        now, tenant.current().routine().deadlines().complaint())
                .answerBy();
        var report = new DeviationReport(
                draft.id().strip(),
                tenantId,
                DeviationKind.valueOf(draft.kind()),
                draft.what().strip(),
                draft.happenedOn(),
                reference,
                draft.aboutDirector(),
                by,
                reporter,
                reporter == null ? null : nameOf(tenant.organisation(), reporter),
                aboutCase,
                to.username(),
                to.name(),
                deadline,
                now,
                null);
        var event = EventEnvelope.of(
                tenantId,
                report.id(),
                now,
                new DeviationReported(
                        report.kind().name(),
                        report.receiver(),
                        deadline,
                        by.name(),
                        report.concernsDirector(),
                        report.caseReference(),
                        now));
        if (deviations.addIfAbsent(report, event)) return new Reported(report, true);
        DeviationReport earlier = deviations.find(tenantId, report.id()).orElseThrow();
        return earlier.saysTheSameAs(report) ? new Reported(earlier, false) : new Conflict();
    }

    @SuppressWarnings("NullAway") // checked by problems()
    private static List<Problem> problems(Draft draft, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (draft.id() == null || draft.id().isBlank() || draft.id().strip().length() > 64) {
            problems.add(new Problem("id", "invalid"));
        }
        if (draft.kind() == null || draft.kind().isBlank()) {
            problems.add(new Problem("kind", "missing"));
        } else if (!known(draft.kind())) {
            problems.add(new Problem("kind", "invalid"));
        }
        if (draft.what() == null || draft.what().isBlank()) {
            problems.add(new Problem("what", "missing"));
        } else if (draft.what().strip().length() > LONGEST_TEXT) {
            problems.add(new Problem("what", "tooLong"));
        }
        if (draft.happenedOn() != null && draft.happenedOn().isAfter(today)) {
            problems.add(new Problem("happenedOn", "future"));
        }
        if (draft.caseReference() != null && draft.caseReference().strip().length() > LONGEST_REFERENCE) {
            problems.add(new Problem("caseReference", "tooLong"));
        }
        return problems;
    }

    private static @Nullable String nameOf(Organisation organisation, String username) {
        return organisation.people().stream()
                .filter(p -> username.equals(p.username()))
                .map(Organisation.Person::name)
                .findFirst()
                .orElse(null);
    }

    private static boolean known(String kind) {
        for (DeviationKind k : DeviationKind.values()) if (k.name().equals(kind)) return true;
        return false;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The managing director, unless the report concerns them or they cannot take it; then the routine's alternative
     * receiver, else the board's contact. Only someone active who can log in.
     */
    static Optional<Organisation.Person> receiver(
            Organisation organisation, Routine routine, boolean concernsDirector) {
        Optional<Organisation.Person> director = concernsDirector
                ? Optional.empty()
                : organisation.person(organisation.managingDirector()).filter(ReportingDeviations::reachable);
        return director.or(() -> Optional.ofNullable(routine.receivers().alternativeReceiver())
                        .flatMap(organisation::person)
                        .filter(p -> !p.id().equals(organisation.managingDirector()))
                        .filter(ReportingDeviations::reachable))
                .or(() -> Optional.ofNullable(organisation.boardContact())
                        .flatMap(organisation::person)
                        .filter(p -> !p.id().equals(organisation.managingDirector()))
                        .filter(ReportingDeviations::reachable));
    }

    private static boolean reachable(Organisation.Person person) {
        return person.active() && person.username() != null;
    }

    public sealed interface Handled {}

    public record Done(DeviationReport report) implements Handled {}

    public record NotFound() implements Handled {}

    public record NotReceiver() implements Handled {}

    public record AlreadyHandled(DeviationReport report) implements Handled {}

    public record Invalid(List<Problem> problems) implements Handled {}

    /** The receiver writes what was done; once. */
    public Handled handle(String tenantId, String id, String caller, @Nullable String measures) {
        Optional<DeviationReport> found = deviations.find(tenantId, id);
        if (found.isEmpty()) return new NotFound();
        DeviationReport report = found.get();
        if (!report.receiver().equals(caller)) return new NotReceiver();
        if (report.handling() != null) return new AlreadyHandled(report);
        if (measures == null || measures.isBlank()) return new Invalid(List.of(new Problem("measures", "missing")));
        if (measures.strip().length() > LONGEST_TEXT) return new Invalid(List.of(new Problem("measures", "tooLong")));
        Instant now = clock.instant();
        var handling = new DeviationReport.Handling(measures.strip(), caller, now);
        DeviationReport handled = report.handled(handling);
        var event = EventEnvelope.of(
                tenantId,
                id,
                now,
                new DeviationHandled(
                        report.kind().name(), now, handled.late(now.atZone(OSLO).toLocalDate())));
        if (deviations.handle(tenantId, id, handling, event)) return new Done(handled);
        return new AlreadyHandled(deviations.find(tenantId, id).orElse(report));
    }

    /**
     * Who may read a report: its receiver, the managing director unless it concerns them, and the staff member who
     * reported it.
     */
    public static boolean mayRead(DeviationReport report, String caller, boolean director) {
        return report.receiver().equals(caller)
                || (director && !report.concernsDirector())
                || caller.equals(report.reporter());
    }

    public Optional<DeviationReport> find(String tenantId, String id) {
        return deviations.find(tenantId, id);
    }

    /** The reports of a year the caller may read, newest first. */
    public List<DeviationReport> log(String tenantId, int year, String caller, boolean director) {
        List<DeviationReport> all =
                new ArrayList<>(deviations.reportedBetween(tenantId, startOf(year), startOf(year + 1)));
        all.removeIf(r -> !mayRead(r, caller, director));
        return all.reversed();
    }

    /** A year's reports by kind, with how many are handled and how many were late: figures, no words. */
    public record Counts(int year, Map<DeviationKind, Long> byKind, long total, long handled, long late) {}

    public Counts counts(String tenantId, int year) {
        LocalDate today = clock.instant().atZone(OSLO).toLocalDate();
        Map<DeviationKind, Long> byKind = new EnumMap<>(DeviationKind.class);
        for (DeviationKind kind : DeviationKind.values()) byKind.put(kind, 0L);
        long handled = 0;
        long late = 0;
        List<DeviationReport> reports = deviations.reportedBetween(tenantId, startOf(year), startOf(year + 1));
        for (DeviationReport r : reports) {
            byKind.merge(r.kind(), 1L, Long::sum);
            if (r.handling() != null) handled++;
            if (r.late(today)) late++;
        }
        return new Counts(year, byKind, reports.size(), handled, late);
    }

    private static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(OSLO).toInstant();
    }
}
