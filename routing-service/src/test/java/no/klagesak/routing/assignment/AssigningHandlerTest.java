package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;

class AssigningHandlerTest {

    private final Map<String, ComplaintCase> stored = new LinkedHashMap<>();
    private final List<EventEnvelope> promised = new ArrayList<>();
    private final Cases cases = new Cases() {
        @Override
        public void eraseNotes(String tenantId, String complaintId, Instant erasedAt) {}

        @Override
        public boolean addIfAbsent(ComplaintCase c, List<EventEnvelope> events) {
            if (stored.putIfAbsent(c.complaintId(), c) != null) return false;
            promised.addAll(events);
            return true;
        }

        @Override
        public Optional<ComplaintCase> findBy(String tenantId, String complaintId) {
            return Optional.ofNullable(stored.get(complaintId))
                    .filter(c -> c.tenantId().equals(tenantId));
        }

        @Override
        public Optional<String> complaintIdOf(String tenantId, String reference) {
            return stored.values().stream()
                    .filter(c -> c.tenantId().equals(tenantId) && c.reference().equals(reference))
                    .map(ComplaintCase::complaintId)
                    .findFirst();
        }

        @Override
        public List<ComplaintCase> findAll(String tenantId) {
            return List.copyOf(stored.values());
        }

        @Override
        public Optional<CaseFile> file(String tenantId, String complaintId) {
            return findBy(tenantId, complaintId).map(c -> new CaseFile(c, CaseState.ASSIGNED, 0, null));
        }

        @Override
        public List<TimelineEntry> timeline(String tenantId, String complaintId) {
            return List.of();
        }

        @Override
        public List<CaseSummary> summaries(String tenantId) {
            return List.of();
        }

        @Override
        public List<CaseSummary> watched() {
            return List.of();
        }

        @Override
        public CasePage<CaseSummary> handledBy(
                String tenantId, String handler, Showing showing, Predicate<CaseSummary> keep, int page, int size) {
            return new CasePage<>(List.of(), page, size, false);
        }

        @Override
        public long overdue(String tenantId, String handler, LocalDate today) {
            return 0;
        }

        @Override
        public List<CaseSummary> needingAttention(String tenantId) {
            return List.of();
        }

        @Override
        public List<CaseSummary> answeredUndiscussed(String tenantId) {
            return List.of();
        }

        @Override
        public CasePage<CaseSummary> received(
                String tenantId, Received which, Predicate<CaseSummary> keep, int page, int size) {
            return new CasePage<>(List.of(), page, size, false);
        }

        @Override
        public Optional<Instant> firstReceived(String tenantId) {
            return Optional.empty();
        }

        @Override
        public List<CaseSummary> withCheckIns() {
            return List.of();
        }

        @Override
        public List<CaseSummary> withNoticeExceptions() {
            return List.of();
        }

        @Override
        public List<ComplaintCase> retaliationReports(String tenantId, String complaintId) {
            return List.of();
        }

        @Override
        public boolean promiseOnce(String tenantId, String complaintId, String key, EventEnvelope event) {
            return false;
        }

        @Override
        public boolean update(
                String tenantId,
                String complaintId,
                long expectedVersion,
                CaseFile next,
                TimelineEntry entry,
                List<EventEnvelope> events) {
            throw new UnsupportedOperationException("Assigning never changes a stored case");
        }
    };
    private final Map<String, TenantSnapshot> tenants = new LinkedHashMap<>(Map.of(
            "fourteen-days", TestTenants.fjordvekst(),
            "four-weeks", TestTenants.lysheim()));
    private final AssigningHandler assigning = new AssigningHandler(
            cases,
            tenant -> Optional.ofNullable(tenants.get(tenant)),
            Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_complaint_goes_to_the_line_manager_with_the_tenants_handling_time() {
        assigning.assign("fourteen-days", "c-1", received(false, "2026-11-25T09:00:00Z"));

        ComplaintCase c = stored.get("c-1");
        assertThat(c.handler()).isEqualTo("fjordvekst-handler");
        assertThat(c.handlerLevel()).isEqualTo(HandlerLevel.LINE_MANAGER);
        assertThat(c.deadline()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(c.explanation()).isNotBlank();
        assertThat(c.acknowledgeBy()).isAfter(LocalDate.of(2026, 11, 25));
        assertThat(c.acknowledgeBy()).isBefore(c.deadline());
        assertThat(c.reminders()).allSatisfy(r -> assertThat(r).isBefore(c.deadline()));
        assertThat(c.handlingTimeDays()).isEqualTo(14);
    }

    @Test
    void a_retaliation_report_concerns_the_people_the_first_report_concerns_and_never_goes_to_them() {
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        assigning.assign(
                "fourteen-days",
                "c-10",
                new ComplaintReceived(
                        "2026-00010",
                        "COMPLAINT",
                        "WEB_FORM",
                        "EMPLOYEE",
                        "FOLLOW_UP",
                        1,
                        false,
                        false,
                        at,
                        null,
                        new ComplaintReceived.RoutingHints("handler", null, false, null)));
        assigning.assign(
                "fourteen-days",
                "c-11",
                new ComplaintReceived(
                        "2026-00011",
                        "COMPLAINT",
                        "WEB_FORM",
                        "EMPLOYEE",
                        "FOLLOW_UP",
                        1,
                        false,
                        false,
                        at.plusSeconds(3600),
                        null,
                        null,
                        "c-10"));

        assertThat(stored.get("c-11").concerned()).containsExactly("handler");
        assertThat(stored.get("c-11").handler()).isEqualTo("fjordvekst-director");
        // Without the link it would have gone to the default receiver, the very person the first report is about.
        assigning.assign("fourteen-days", "c-12", received(false, "2026-11-25T09:00:00Z"));
        assertThat(stored.get("c-12").handler()).isEqualTo("fjordvekst-handler");
    }

    @Test
    void a_complaint_about_the_line_manager_goes_one_level_up() {
        assigning.assign("four-weeks", "c-2", received(true, "2026-11-25T09:00:00Z"));

        assertThat(stored.get("c-2").handler()).isEqualTo("lysheim-director");
        assertThat(stored.get("c-2").deadline()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(((ComplaintAssigned) promised.getFirst().data()).handlerLevel())
                .isEqualTo("MANAGING_DIRECTOR");
    }

    @Test
    void the_deadline_counts_from_the_day_of_receipt_in_oslo() {
        // 23:30 UTC on 30 November is already 1 December in Oslo.
        assigning.assign("fourteen-days", "c-3", received(false, "2026-11-30T23:30:00Z"));

        assertThat(stored.get("c-3").deadline()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void a_redelivered_complaint_is_not_assigned_twice() {
        assertThat(assigning.assign("fourteen-days", "c-4", received(false, "2026-11-25T09:00:00Z")))
                .isTrue();
        assertThat(assigning.assign("fourteen-days", "c-4", received(false, "2026-11-25T09:00:00Z")))
                .isFalse();

        assertThat(promised).hasSize(1);
    }

    @Test
    void a_tenant_without_a_routine_is_an_error_not_a_silent_skip() {
        assertThatThrownBy(() -> assigning.assign("unknown", "c-5", received(false, "2026-11-25T09:00:00Z")))
                .hasMessageContaining("unknown");
        assertThat(stored).isEmpty();
    }

    @Test
    void a_changed_handling_time_applies_to_complaints_received_under_the_new_version_only() {
        tenants.put(
                "fourteen-days",
                TestTenants.withHandlingDays(TestTenants.fjordvekst(), 7, Instant.parse("2026-11-20T00:00:00Z")));

        assigning.assign("fourteen-days", "old", received(false, "2026-11-25T09:00:00Z", 1));
        assigning.assign("fourteen-days", "new", received(false, "2026-11-25T09:00:00Z", 2));

        assertThat(stored.get("old").deadline()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(stored.get("old").policyVersion()).isEqualTo(1);
        assertThat(stored.get("new").deadline()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(stored.get("new").policyVersion()).isEqualTo(2);
    }

    @Test
    void a_version_routing_has_not_seen_yet_is_an_error_so_the_event_is_retried() {
        assertThatThrownBy(() -> assigning.assign("fourteen-days", "c-6", received(false, "2026-11-25T09:00:00Z", 9)))
                .hasMessageContaining("version 9");
        assertThat(stored).isEmpty();
    }

    @Test
    void a_whistleblowing_report_goes_to_the_designated_receiver() {
        var report = new ComplaintReceived(
                "2026-00002",
                "WHISTLEBLOWING",
                "WEB_FORM",
                "EMPLOYEE",
                "HARASSMENT",
                1,
                true,
                false,
                Instant.parse("2026-11-25T09:00:00Z"),
                null);
        assigning.assign("fourteen-days", "w-1", report);

        assertThat(stored.get("w-1").handler()).isEqualTo("fjordvekst-director");
        assertThat(stored.get("w-1").handlerLevel()).isEqualTo(HandlerLevel.WHISTLEBLOWING_RECEIVER);
        assertThat(stored.get("w-1").deadline()).isEqualTo(LocalDate.of(2027, 2, 25));
    }

    @Test
    void working_days_skip_weekends_and_norwegian_public_holidays() {
        // From Monday 21 December 2026: 24th is a Thursday (working), 25th and 26th are holidays, 1 January too.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 21), 5)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 17))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue();
    }

    private static ComplaintReceived received(boolean concernsLineManager, String at) {
        return received(concernsLineManager, at, 1);
    }

    private static ComplaintReceived received(boolean concernsLineManager, String at, int version) {
        Instant receivedAt = Instant.parse(at);
        return new ComplaintReceived(
                "2026-00001",
                "COMPLAINT",
                "WEB_FORM",
                "PARTICIPANT",
                "FOLLOW_UP",
                version,
                false,
                concernsLineManager,
                receivedAt,
                null);
    }
}
