package no.klagesak.routing.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.DeviationHandled;
import no.klagesak.contracts.DeviationReported;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;

/** Who receives a reported deviation, by when, who handles it, and what the log and the board's figures show. */
class ReportingDeviationsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private final InMemory store = new InMemory();

    private ReportingDeviations deviations(TenantSnapshot tenant) {
        RoutingRoutines routines =
                id -> Optional.of(tenant).filter(t -> t.tenantId().equals(id));
        // The tenant's cases: FJV-2026-0007; FJV-2026-0008, about the director; FJV-2026-0009, a whistleblowing report.
        var known = List.of(
                new ReportingDeviations.NamedCase("c-7", "FJV-2026-0007", false, List.of()),
                new ReportingDeviations.NamedCase("c-8", "FJV-2026-0008", false, List.of("director")),
                new ReportingDeviations.NamedCase("c-9", "FJV-2026-0009", true, List.of()));
        var cases = new ReportingDeviations.CaseLookup() {
            @Override
            public Optional<ReportingDeviations.NamedCase> byReference(String tenantId, String reference) {
                return known.stream()
                        .filter(c -> c.reference().equals(reference))
                        .findFirst();
            }

            @Override
            public Optional<ReportingDeviations.NamedCase> byId(String tenantId, String complaintId) {
                return known.stream()
                        .filter(c -> c.complaintId().equals(complaintId))
                        .findFirst();
            }
        };
        return new ReportingDeviations(store, routines, cases, Clock.fixed(NOW, ZoneId.of("Europe/Oslo")));
    }

    private static ReportingDeviations.Draft draft(String id, boolean concernsDirector) {
        return new ReportingDeviations.Draft(
                id,
                "DEADLINE",
                "Fristen gikk ut uten begrunnelse.",
                LocalDate.of(2026, 12, 1),
                "FJV-2026-0007",
                concernsDirector);
    }

    /** The test organisation with an alternative receiver (Alma) and a board contact (Bjørn), both with a login. */
    private static TenantSnapshot withAlternativeAndBoard(boolean alternativeNamed) {
        TenantSnapshot base = TestTenants.fjordvekst();
        Organisation o = base.organisation();
        List<Person> people = new ArrayList<>(o.people());
        people.add(new Person("alma", "Alma", "alma@x.example", "fjordvekst-alma", null, "root", null, true, null));
        people.add(new Person("bjorn", "Bjørn", "bjorn@x.example", "fjordvekst-bjorn", null, null, null, true, null));
        var organisation = new Organisation(o.units(), people, o.managingDirector(), o.managementGroup(), "bjorn");
        RoutineVersion current = base.current();
        var routine = current.routine()
                .withReceivers(current.routine().receivers().withAlternativeReceiver(alternativeNamed ? "alma" : null));
        var version = new RoutineVersion(current.version(), current.validFrom(), "test", List.of(), routine);
        return new TenantSnapshot(base.tenantId(), base.name(), base.revision(), true, List.of(version), organisation);
    }

    @Test
    void a_report_goes_to_the_managing_director_with_the_routines_handling_time_and_an_event_without_its_words() {
        var outcome = deviations(TestTenants.fjordvekst())
                .reportByStaff("fjordvekst", "fjordvekst-handler", draft("f1", false));

        var report = ((ReportingDeviations.Reported) outcome).report();
        assertThat(report.receiver()).isEqualTo("fjordvekst-director");
        assertThat(report.receiverName()).isEqualTo("Dagny");
        // The test routine's complaint handling time: 14 days.
        assertThat(report.deadline()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(report.reportedBy()).isEqualTo(DeviationReport.Reporter.STAFF);
        assertThat(report.reporterName()).isEqualTo("Henrik");
        // The case it names is the tenant's: the report links to it.
        assertThat(report.complaintId()).isEqualTo("c-7");
        var event = (DeviationReported) store.events.getFirst().data();
        assertThat(event.receiver()).isEqualTo("fjordvekst-director");
        assertThat(event.kind()).isEqualTo("DEADLINE");
        assertThat(store.events.getFirst().complaintId()).isEqualTo("f1");
        assertThat(store.events.getFirst().toString()).doesNotContain("Fristen gikk ut");
    }

    @Test
    void a_report_about_the_director_goes_to_the_alternative_receiver_else_the_boards_contact_else_nowhere() {
        var toAlma = deviations(withAlternativeAndBoard(true))
                .reportByStaff("fjordvekst", "fjordvekst-handler", draft("a", true));
        assertThat(((ReportingDeviations.Reported) toAlma).report().receiver()).isEqualTo("fjordvekst-alma");

        var toBoard = deviations(withAlternativeAndBoard(false))
                .reportByStaff("fjordvekst", "fjordvekst-handler", draft("b", true));
        assertThat(((ReportingDeviations.Reported) toBoard).report().receiver()).isEqualTo("fjordvekst-bjorn");

        var nobody = deviations(TestTenants.fjordvekst())
                .reportByStaff("fjordvekst", "fjordvekst-handler", draft("c", true));
        assertThat(((ReportingDeviations.Refused) nobody).problems())
                .containsExactly(new ReportingDeviations.Problem("receiver", "none"));
        assertThat(store.reports).doesNotContainKey("c");
    }

    /** A case is never reported to someone it concerns, and a whistleblowing report is not named here at all. */
    @Test
    void a_case_about_the_director_goes_past_them_and_a_whistleblowing_case_is_not_taken() {
        var aboutDirector = deviations(withAlternativeAndBoard(true))
                .reportByStaff(
                        "fjordvekst",
                        "fjordvekst-handler",
                        new ReportingDeviations.Draft("d8", "LEVEL", "Feil person.", null, "FJV-2026-0008", false));
        var report = ((ReportingDeviations.Reported) aboutDirector).report();
        assertThat(report.receiver()).isEqualTo("fjordvekst-alma");
        assertThat(report.concernsDirector()).isTrue();
        assertThat(deviations(withAlternativeAndBoard(true)).log("fjordvekst", 2026, "fjordvekst-director", true))
                .isEmpty();

        var whistleblowing = deviations(TestTenants.fjordvekst())
                .reportByStaff(
                        "fjordvekst",
                        "fjordvekst-handler",
                        new ReportingDeviations.Draft("d9", "LEVEL", "Noe.", null, "FJV-2026-0009", false));
        assertThat(((ReportingDeviations.Refused) whistleblowing).problems())
                .containsExactly(new ReportingDeviations.Problem("caseReference", "unknown"));
        var fromWhistleblower = deviations(TestTenants.fjordvekst())
                .reportByComplainant(
                        "fjordvekst",
                        "c-9",
                        new ReportingDeviations.Draft("w9", "LEVEL", "Noe.", null, null, false),
                        NOW);
        assertThat(fromWhistleblower).isInstanceOf(ReportingDeviations.Refused.class);

        // A complainant's report carries their case, and is reported when intake took it.
        var fromComplainant = deviations(TestTenants.fjordvekst())
                .reportByComplainant(
                        "fjordvekst",
                        "c-7",
                        new ReportingDeviations.Draft("k7", "OTHER", "Noe.", null, null, false),
                        NOW.minusSeconds(3_600));
        var complainants = ((ReportingDeviations.Reported) fromComplainant).report();
        assertThat(complainants.caseReference()).isEqualTo("FJV-2026-0007");
        assertThat(complainants.reportedAt()).isEqualTo(NOW.minusSeconds(3_600));
    }

    @Test
    void every_problem_is_named_at_once_and_nothing_is_stored() {
        var refused = deviations(TestTenants.fjordvekst())
                .reportByStaff(
                        "fjordvekst",
                        "fjordvekst-handler",
                        new ReportingDeviations.Draft(
                                " ", "SOMETHING", "  ", LocalDate.of(2026, 12, 8), "x".repeat(41), false));

        var unknownCase = deviations(TestTenants.fjordvekst())
                .reportByStaff(
                        "fjordvekst",
                        "fjordvekst-handler",
                        new ReportingDeviations.Draft("u", "OTHER", "Noe.", null, "FJV-2026-9999", false));
        assertThat(((ReportingDeviations.Refused) unknownCase).problems())
                .containsExactly(new ReportingDeviations.Problem("caseReference", "unknown"));
        assertThat(((ReportingDeviations.Refused) refused).problems())
                .extracting(p -> p.field() + "/" + p.code())
                .containsExactly(
                        "id/invalid", "kind/invalid", "what/missing", "happenedOn/future", "caseReference/tooLong");
        assertThat(store.reports).isEmpty();
        assertThat(store.events).isEmpty();
    }

    @Test
    void the_same_form_twice_is_one_report_and_changed_words_are_a_conflict() {
        var reporting = deviations(TestTenants.fjordvekst());
        reporting.reportByStaff("fjordvekst", "fjordvekst-handler", draft("f1", false));

        var again = reporting.reportByStaff("fjordvekst", "fjordvekst-handler", draft("f1", false));
        var changed = reporting.reportByStaff(
                "fjordvekst",
                "fjordvekst-handler",
                new ReportingDeviations.Draft("f1", "DEADLINE", "Noe annet.", null, null, false));

        assertThat(((ReportingDeviations.Reported) again).created()).isFalse();
        assertThat(changed).isInstanceOf(ReportingDeviations.Conflict.class);
        assertThat(store.events).hasSize(1);
    }

    @Test
    void only_the_receiver_handles_it_once_and_the_log_and_counts_follow() {
        var reporting = deviations(TestTenants.fjordvekst());
        reporting.reportByStaff("fjordvekst", "fjordvekst-handler", draft("f1", false));
        reporting.reportByStaff(
                "fjordvekst",
                "fjordvekst-handler",
                new ReportingDeviations.Draft("f2", "CONFIDENTIALITY", "Saken lå åpen.", null, null, false));

        assertThat(reporting.handle("fjordvekst", "f1", "fjordvekst-handler", "Gjort."))
                .isInstanceOf(ReportingDeviations.NotReceiver.class);
        assertThat(reporting.handle("fjordvekst", "f1", "fjordvekst-director", " "))
                .isInstanceOf(ReportingDeviations.Invalid.class);
        var done = reporting.handle("fjordvekst", "f1", "fjordvekst-director", "Tatt opp i ledermøtet.");
        assertThat(((ReportingDeviations.Done) done).report().handling().measures())
                .isEqualTo("Tatt opp i ledermøtet.");
        assertThat(reporting.handle("fjordvekst", "f1", "fjordvekst-director", "Igjen."))
                .isInstanceOf(ReportingDeviations.AlreadyHandled.class);
        assertThat(store.events)
                .extracting(e -> e.data().type())
                .containsExactly(DeviationReported.TYPE, DeviationReported.TYPE, DeviationHandled.TYPE);

        // The director reads both, newest first; the reporter their own; someone else nothing.
        assertThat(reporting.log("fjordvekst", 2026, "fjordvekst-director", true))
                .extracting(DeviationReport::id)
                .containsExactly("f2", "f1");
        assertThat(reporting.log("fjordvekst", 2026, "fjordvekst-handler", false))
                .hasSize(2);
        assertThat(reporting.log("fjordvekst", 2026, "fjordvekst-other", false)).isEmpty();
        assertThat(reporting.log("fjordvekst", 2025, "fjordvekst-director", true))
                .isEmpty();

        var counts = reporting.counts("fjordvekst", 2026);
        assertThat(counts.total()).isEqualTo(2);
        assertThat(counts.handled()).isEqualTo(1);
        assertThat(counts.late()).isZero();
        assertThat(counts.byKind())
                .containsEntry(DeviationKind.DEADLINE, 1L)
                .containsEntry(DeviationKind.CONFIDENTIALITY, 1L)
                .containsEntry(DeviationKind.OTHER, 0L);
    }

    @Test
    void a_report_about_the_director_is_not_theirs_to_read() {
        var reporting = deviations(withAlternativeAndBoard(true));
        reporting.reportByStaff("fjordvekst", "fjordvekst-handler", draft("about", true));

        assertThat(reporting.log("fjordvekst", 2026, "fjordvekst-director", true))
                .isEmpty();
        assertThat(reporting.log("fjordvekst", 2026, "fjordvekst-alma", false)).hasSize(1);
    }

    @Test
    void the_watch_says_once_that_an_unhandled_report_is_past_its_deadline_and_never_for_a_handled_one() {
        var reporting = deviations(TestTenants.fjordvekst());
        reporting.reportByStaff("fjordvekst", "fjordvekst-handler", draft("open", false));
        reporting.reportByStaff(
                "fjordvekst",
                "fjordvekst-handler",
                new ReportingDeviations.Draft("done", "OTHER", "Noe.", null, null, false));
        reporting.handle("fjordvekst", "done", "fjordvekst-director", "Ordnet.");
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        // The deadline is 21 December: on it nothing is late; the day after, the open one is, once.
        var onTheDay = new WatchingDeviations(store, Clock.fixed(Instant.parse("2026-12-21T12:00:00Z"), oslo));
        var dayAfter = new WatchingDeviations(store, Clock.fixed(Instant.parse("2026-12-22T06:00:00Z"), oslo));

        assertThat(onTheDay.watch()).isZero();
        assertThat(dayAfter.watch()).isEqualTo(1);
        assertThat(dayAfter.watch()).isZero();
        var overdue =
                (no.klagesak.contracts.DeviationOverdue) store.events.getLast().data();
        assertThat(overdue.receiver()).isEqualTo("fjordvekst-director");
        assertThat(overdue.deadline()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(store.events.getLast().complaintId()).isEqualTo("open");
    }

    @Test
    void late_is_past_the_deadline_unhandled_or_handled_after_it() {
        var report = new DeviationReport(
                "x",
                "t",
                DeviationKind.OTHER,
                "w",
                null,
                null,
                false,
                DeviationReport.Reporter.STAFF,
                "r",
                null,
                null,
                "d",
                "D",
                LocalDate.of(2026, 12, 7),
                NOW,
                null);
        assertThat(report.late(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(report.late(LocalDate.of(2026, 12, 8))).isTrue();
        var handledInTime =
                report.handled(new DeviationReport.Handling("m", "d", Instant.parse("2026-12-07T22:30:00Z")));
        assertThat(handledInTime.late(LocalDate.of(2027, 1, 1))).isFalse();
        var handledLate = report.handled(new DeviationReport.Handling("m", "d", Instant.parse("2026-12-07T23:30:00Z")));
        assertThat(handledLate.late(LocalDate.of(2027, 1, 1))).isTrue();
    }

    /** The store as a map, keeping the events in the order they were promised. */
    static final class InMemory implements Deviations {
        final Map<String, DeviationReport> reports = new HashMap<>();
        final List<EventEnvelope> events = new ArrayList<>();

        @Override
        public boolean addIfAbsent(DeviationReport report, EventEnvelope reported) {
            if (reports.putIfAbsent(report.id(), report) != null) return false;
            events.add(reported);
            return true;
        }

        @Override
        public Optional<DeviationReport> find(String tenantId, String id) {
            return Optional.ofNullable(reports.get(id)).filter(r -> r.tenantId().equals(tenantId));
        }

        @Override
        public boolean handle(String tenantId, String id, DeviationReport.Handling handling, EventEnvelope handled) {
            var r = reports.get(id);
            if (r == null || r.handling() != null) return false;
            reports.put(id, r.handled(handling));
            events.add(handled);
            return true;
        }

        final java.util.Set<String> noticed = new java.util.HashSet<>();

        @Override
        public void eraseWordsAbout(String tenantId, String complaintId) {
            reports.replaceAll(
                    (id, r) -> complaintId.equals(r.complaintId()) ? r.withWords("[slettet]", r.handling()) : r);
        }

        @Override
        public List<DeviationReport> overdueUnnoticed(LocalDate today) {
            return reports.values().stream()
                    .filter(r -> r.handling() == null && r.deadline().isBefore(today) && !noticed.contains(r.id()))
                    .toList();
        }

        @Override
        public boolean noticeOverdue(String tenantId, String id, EventEnvelope overdue) {
            var r = reports.get(id);
            if (r == null || r.handling() != null || !noticed.add(id)) return false;
            events.add(overdue);
            return true;
        }

        @Override
        public List<DeviationReport> reportedBetween(String tenantId, Instant from, Instant to) {
            return reports.values().stream()
                    .filter(r -> r.tenantId().equals(tenantId))
                    .filter(r ->
                            !r.reportedAt().isBefore(from) && r.reportedAt().isBefore(to))
                    .sorted(java.util.Comparator.comparing(DeviationReport::reportedAt)
                            .thenComparing(DeviationReport::id))
                    .toList();
        }
    }
}
