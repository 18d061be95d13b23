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

    /** A form's id as the pages make it (a UUID), as intake takes it: never a path or a key separator. */
    private static final java.util.regex.Pattern FORM_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Deviations deviations;
    private final RoutingRoutines routines;
    private final CaseLookup cases;
    private final Clock clock;

    /** The cases a report may be about, as far as a report needs them. */
    public interface CaseLookup {
        /** The tenant's case with the reference someone wrote. */
        Optional<NamedCase> byReference(String tenantId, String reference);

        Optional<NamedCase> byId(String tenantId, String complaintId);
    }

    /**
     * A case a report is about.
     *
     * @param concerned the person ids it concerns
     */
    public record NamedCase(String complaintId, String reference, boolean whistleblowing, List<String> concerned) {}

    public ReportingDeviations(Deviations deviations, RoutingRoutines routines, CaseLookup cases, Clock clock) {
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
        return report(tenantId, draft, DeviationReport.Reporter.STAFF, reporter, null, clock.instant());
    }

    /**
     * A complainant reports from the follow-up page of their case, at {@code reportedAt} (when intake took it, whatever
     * the lag until routing reads it).
     */
    public Outcome reportByComplainant(String tenantId, String complaintId, Draft draft, Instant reportedAt) {
        return report(tenantId, draft, DeviationReport.Reporter.COMPLAINANT, null, complaintId, reportedAt);
    }

    private Outcome report(
            String tenantId,
            Draft draft,
            DeviationReport.Reporter by,
            @Nullable String reporter,
            @Nullable String complaintId,
            Instant now) {
        // A missing copy of the tenant is passing (a new tenant, a service just started): the caller tries again.
        TenantSnapshot tenant = routines.find(tenantId)
                .orElseThrow(() -> new IllegalStateException("No copy of tenant " + tenantId + " yet"));
        Organisation organisation = tenant.organisation();
        List<Problem> problems = problems(draft, now.atZone(OSLO).toLocalDate());
        // The case it is about: the one a staff member names, which must be the tenant's and not a whistleblowing
        // report (said as unknown, so the form tells no one that one exists), or the complainant's own.
        Optional<NamedCase> about = Optional.empty();
        String written = blankToNull(draft.caseReference());
        if (by == DeviationReport.Reporter.STAFF) {
            if (written != null && written.length() <= LONGEST_REFERENCE) {
                about = cases.byReference(tenantId, written).filter(c -> !c.whistleblowing());
                if (about.isEmpty()) problems.add(new Problem("caseReference", "unknown"));
            }
        } else if (complaintId != null) {
            about = cases.byId(tenantId, complaintId);
            // Whistleblowing follows its own receivers (aml. § 2 A-3): the follow-up page does not offer this there.
            if (about.filter(NamedCase::whistleblowing).isPresent())
                problems.add(new Problem("case", "whistleblowing"));
        }
        // Whom the case concerns never receives a report about it, and a case about the director makes the report so.
        List<String> concerned = about.map(NamedCase::concerned).orElse(List.of());
        boolean aboutDirector = draft.aboutDirector() || concerned.contains(organisation.managingDirector());
        Optional<Organisation.Person> receiver =
                receiver(organisation, tenant.current().routine(), aboutDirector, concerned);
        if (receiver.isEmpty()) problems.add(new Problem("receiver", "none"));
        if (!problems.isEmpty()) return new Refused(List.copyOf(problems));
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
                about.map(NamedCase::reference).orElse(null),
                aboutDirector,
                by,
                reporter,
                reporter == null ? null : nameOf(organisation, reporter),
                about.map(NamedCase::complaintId).orElse(complaintId),
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
        if (draft.id() == null || !FORM_ID.matcher(draft.id().strip()).matches()) {
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
            Organisation organisation, Routine routine, boolean concernsDirector, List<String> concerned) {
        Optional<Organisation.Person> director = concernsDirector
                ? Optional.empty()
                : organisation
                        .person(organisation.managingDirector())
                        .filter(ReportingDeviations::reachable)
                        .filter(p -> !concerned.contains(p.id()));
        return director.or(() -> Optional.ofNullable(routine.receivers().alternativeReceiver())
                        .flatMap(organisation::person)
                        .filter(p -> !p.id().equals(organisation.managingDirector()))
                        .filter(p -> !concerned.contains(p.id()))
                        .filter(ReportingDeviations::reachable))
                .or(() -> Optional.ofNullable(organisation.boardContact())
                        .flatMap(organisation::person)
                        .filter(p -> !p.id().equals(organisation.managingDirector()))
                        .filter(p -> !concerned.contains(p.id()))
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
