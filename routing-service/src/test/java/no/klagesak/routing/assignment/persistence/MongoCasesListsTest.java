package no.klagesak.routing.assignment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.klagesak.contracts.CaseState;
import no.klagesak.routing.assignment.Acknowledgement;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.CaseFile;
import no.klagesak.routing.assignment.CasePage;
import no.klagesak.routing.assignment.CaseSummary;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.Cases.Showing;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.HandlerLevel;
import no.klagesak.routing.assignment.Outcome;
import no.klagesak.routing.assignment.TimelineEntry;
import no.klagesak.support.sealing.Sealer;
import no.klagesak.support.sealing.TenantKeys;
import no.klagesak.support.test.InMemoryMongo;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The lists of cases on the MongoDB-compatible store (issue 27): each reads its part of one index a page at a time,
 * in its order, and what it asks of a case is kept with every write, also for cases stored before.
 */
class MongoCasesListsTest {

    private static final String TENANT = "fjordvekst";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "cases-" + UUID.randomUUID());
    private final Sealer sealer = new Sealer(new TenantKeys(mongo, key(), Clock.systemUTC()));
    private final Cases cases = new MongoCases(mongo, sealer);

    @Test
    void a_handlers_open_and_closed_cases_come_a_page_at_a_time_in_their_order() {
        for (int day = 1; day <= 5; day++) add("per-" + day, "per", TODAY.plusDays(day - 3), "2026-11-0" + day);
        add("kari-1", "kari", TODAY.minusDays(9), "2026-11-01");
        answer("per-2", Outcome.UPHELD);
        answer("per-4", Outcome.NOT_UPHELD);

        assertThat(ids(cases.handledBy(TENANT, "per", Showing.OPEN, s -> true, 0, 2)))
                .containsExactly("per-1", "per-3");
        var last = cases.handledBy(TENANT, "per", Showing.OPEN, s -> true, 1, 2);
        assertThat(ids(last)).containsExactly("per-5");
        assertThat(last.more()).isFalse();
        assertThat(cases.handledBy(TENANT, "per", Showing.OPEN, s -> true, 0, 2).more())
                .isTrue();
        assertThat(ids(cases.handledBy(TENANT, "per", Showing.CLOSED, s -> true, 0, 50)))
                .as("the latest deadline first")
                .containsExactly("per-4", "per-2");
        assertThat(ids(cases.handledBy(TENANT, "per", Showing.ALL, s -> true, 0, 50)))
                .containsExactly("per-1", "per-2", "per-3", "per-4", "per-5");
        assertThat(ids(cases.handledBy(
                        TENANT,
                        "per",
                        Showing.OPEN,
                        s -> !s.file().complaintCase().complaintId().equals("per-1"),
                        0,
                        1)))
                .as("a page is filled with the cases the caller may see")
                .containsExactly("per-3");
        assertThat(cases.overdue(TENANT, "per", TODAY))
                .as("per-1 is past its deadline; per-2 was too, but is answered")
                .isEqualTo(1);
        assertThat(ids(cases.handledBy("lysheim", "per", Showing.ALL, s -> true, 0, 50)))
                .as("another tenant's")
                .isEmpty();
    }

    @Test
    void only_open_cases_carry_the_open_mark_so_its_index_holds_none_of_the_years_behind() {
        add("open", "per", TODAY, "2026-11-01");
        add("answered", "per", TODAY, "2026-11-02");
        answer("answered", Outcome.PARTLY_UPHELD);

        assertThat(stored("open").get("lists", Document.class))
                .containsEntry("open", true)
                .containsEntry("attention", true)
                .doesNotContainKey("outcome");
        assertThat(stored("answered").get("lists", Document.class))
                .doesNotContainKey("open")
                .doesNotContainKey("attention")
                .containsEntry("outcome", "PARTLY_UPHELD");
    }

    @Test
    void the_overview_looks_at_open_and_escalated_cases_and_at_closed_ones_whose_person_is_not_told() {
        add("open", "per", TODAY, "2026-11-01");
        add("answered", "per", TODAY, "2026-11-02");
        answer("answered", Outcome.UPHELD);
        add("escalated", "per", TODAY, "2026-11-03");
        step("escalated", CaseState.ESCALATED, CaseAction.ESCALATE, null);
        addNaming("names-kari", "2026-11-04");
        answer("names-kari", Outcome.NOT_UPHELD);
        addNaming("kari-told", "2026-11-05");
        step("kari-told", CaseState.IN_PROGRESS, CaseAction.NOTIFY_CONCERNED, null);
        answer("kari-told", Outcome.UPHELD);

        assertThat(cases.needingAttention(TENANT))
                .extracting(s -> s.file().complaintCase().complaintId())
                .containsExactlyInAnyOrder("open", "escalated", "names-kari");
        // Answered without a discussion with the superior recorded: for the tenants whose routine asks for one.
        assertThat(cases.answeredUndiscussed(TENANT))
                .extracting(s -> s.file().complaintCase().complaintId())
                .containsExactlyInAnyOrder("answered", "escalated", "names-kari", "kari-told");
        add("discussed", "per", TODAY, "2026-11-06");
        step("discussed", CaseState.IN_PROGRESS, CaseAction.DISCUSSED_WITH_SUPERIOR, null);
        answer("discussed", Outcome.UPHELD);
        assertThat(cases.answeredUndiscussed(TENANT))
                .extracting(s -> s.file().complaintCase().complaintId())
                .doesNotContain("discussed");
    }

    @Test
    void every_case_is_listed_the_latest_received_first_narrowed_by_year_track_and_outcome() {
        add("a", "per", TODAY, "2025-12-31");
        add("b", "per", TODAY, "2026-01-01");
        add("c", "kari", TODAY, "2026-06-01");
        add("d", "kari", TODAY, "2026-11-30");
        answer("b", Outcome.UPHELD);
        answer("c", Outcome.NOT_UPHELD);

        assertThat(ids(cases.received(TENANT, new Cases.Received(null, null, null), s -> true, 0, 50)))
                .containsExactly("d", "c", "b", "a");
        var first = cases.received(TENANT, new Cases.Received(null, null, null), s -> true, 0, 3);
        assertThat(first.more()).isTrue();
        assertThat(ids(cases.received(TENANT, new Cases.Received(null, null, null), s -> true, 1, 3)))
                .containsExactly("a");
        assertThat(ids(cases.received(TENANT, new Cases.Received(2026, null, null), s -> true, 0, 50)))
                .as("received in 2026 in Norway")
                .containsExactly("d", "c", "b");
        assertThat(ids(cases.received(TENANT, new Cases.Received(null, null, "UPHELD"), s -> true, 0, 50)))
                .containsExactly("b");
        assertThat(ids(cases.received(TENANT, new Cases.Received(null, null, "NONE"), s -> true, 0, 50)))
                .containsExactly("d", "a");
        assertThat(ids(cases.received(TENANT, new Cases.Received(null, "WHISTLEBLOWING", null), s -> true, 0, 50)))
                .isEmpty();
        assertThat(cases.firstReceived(TENANT)).contains(oslo("2025-12-31"));
        assertThat(cases.firstReceived("lysheim")).isEmpty();
    }

    @Test
    void a_case_stored_before_the_lists_kept_their_marks_gets_them_when_the_service_starts() {
        add("old-open", "per", TODAY, "2026-11-01");
        add("old-answered", "per", TODAY, "2026-11-02");
        answer("old-answered", Outcome.UPHELD);
        mongo.updateMulti(query(where("_id").exists(true)), new Update().unset("lists"), CaseDocument.class);

        Cases restarted = new MongoCases(mongo, sealer);

        assertThat(ids(restarted.handledBy(TENANT, "per", Showing.OPEN, s -> true, 0, 50)))
                .containsExactly("old-open");
        assertThat(ids(restarted.handledBy(TENANT, "per", Showing.CLOSED, s -> true, 0, 50)))
                .containsExactly("old-answered");
        assertThat(stored("old-answered").get("lists", Document.class)).containsEntry("outcome", "UPHELD");
    }

    @Test
    void a_step_on_a_version_someone_else_changed_first_stores_nothing() {
        add("c-1", "per", TODAY, "2026-11-01");
        var file = cases.file(TENANT, "c-1").orElseThrow();
        assertThat(cases.update(
                        TENANT, "c-1", 7, file, entry(CaseAction.ACCEPT, CaseState.IN_PROGRESS, null), List.of()))
                .isFalse();
        assertThat(cases.file(TENANT, "c-1").orElseThrow().version()).isZero();
        assertThat(cases.timeline(TENANT, "c-1")).isEmpty();
    }

    private void add(String id, String handler, LocalDate deadline, String receivedOn) {
        cases.addIfAbsent(caseOf(id, handler, deadline, receivedOn, List.of()), List.of());
    }

    private void addNaming(String id, String receivedOn) {
        cases.addIfAbsent(caseOf(id, "per", TODAY, receivedOn, List.of("kari")), List.of());
    }

    private void answer(String id, Outcome outcome) {
        step(id, CaseState.RESOLVED, CaseAction.RESOLVE, outcome);
    }

    private void step(String id, CaseState to, CaseAction action, @Nullable Outcome outcome) {
        var file = cases.file(TENANT, id).orElseThrow();
        var next = new CaseFile(file.complaintCase(), to, file.version() + 1, null);
        assertThat(cases.update(TENANT, id, file.version(), next, entry(action, to, outcome), List.of()))
                .isTrue();
    }

    private static TimelineEntry entry(CaseAction action, CaseState to, @Nullable Outcome outcome) {
        return new TimelineEntry(
                Instant.now(), "per", action, CaseState.ASSIGNED, to, null, null, null, null, outcome, null);
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, MongoCases.COLLECTION);
    }

    private static List<String> ids(CasePage<CaseSummary> page) {
        return page.lines().stream()
                .map(s -> s.file().complaintCase().complaintId())
                .toList();
    }

    private static Instant oslo(String day) {
        return LocalDate.parse(day)
                .atTime(12, 0)
                .atZone(java.time.ZoneId.of("Europe/Oslo"))
                .toInstant();
    }

    private static ComplaintCase caseOf(
            String id, String handler, LocalDate deadline, String receivedOn, List<String> concerned) {
        return new ComplaintCase(
                id,
                TENANT,
                "FJO-" + id,
                "COMPLAINT",
                "FOLLOW_UP",
                1,
                handler,
                HandlerLevel.LINE_MANAGER,
                14,
                deadline,
                oslo(receivedOn),
                oslo(receivedOn),
                "Sendt til den som tar imot klager.",
                concerned,
                null,
                List.of(),
                List.of(),
                null,
                Acknowledgement.EMAIL);
    }

    private static String key() {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) 7);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
