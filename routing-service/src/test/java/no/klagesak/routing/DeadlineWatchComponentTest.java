package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import no.klagesak.contracts.AcknowledgementOverdue;
import no.klagesak.contracts.ComplainantAwaited;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.ConcernedNoticeReviewDue;
import no.klagesak.contracts.DeadlineApproaching;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.Topics;
import no.klagesak.contracts.WhistleblowerCheckInDue;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.HandlingCase;
import no.klagesak.routing.assignment.Transition;
import no.klagesak.routing.assignment.WatchingDeadlines;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * The deadline watch with two instances, as two replicas would run it: both watch the same store at once, round after
 * round, and each reminder and each breached deadline is promised, published and seen on Kafka exactly once.
 */
@ComponentTest
class DeadlineWatchComponentTest {

    @Autowired
    Cases cases;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    HandlingCase handling;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final List<String> breaches = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void two_instances_watching_at_once_remind_once_and_report_a_breach_once() throws Exception {
        String id = UUID.randomUUID().toString();
        // Received Monday 5 January 2026; the test tenant's 14 days give 19 January, with a reminder 3 days before.
        receivedOnMonday5January(id, "FJO-2026-0200", "COMPLAINT", "PARTICIPANT", "FOLLOW_UP");
        var reminders = cases.findBy("fjordvekst", id).orElseThrow().reminders();
        assertThat(reminders).isNotEmpty();

        race(Instant.parse("2026-01-18T08:00:00Z"));
        race(Instant.parse("2026-01-25T08:00:00Z"));

        var events = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, DeadlineBreached.TYPE).stream()
                .map(r -> EventJson.read(r.value()).data())
                .toList();
        assertThat(events.stream().filter(DeadlineBreached.class::isInstance)).hasSize(1);
        // klagesak.deadlines.breached counts it once too, whichever instance promised it.
        assertThat(breaches).containsExactly("fjordvekst/COMPLAINT");
        assertThat(events.stream().filter(DeadlineApproaching.class::isInstance))
                .hasSize(reminders.size());
    }

    @Test
    void a_whistleblower_is_checked_in_with_at_the_planned_days_once_each_and_not_again_for_one_held_early()
            throws Exception {
        String id = UUID.randomUUID().toString();
        // A report received Monday 5 January 2026; the default check-ins come after 30, 90 and 180 days.
        receivedOnMonday5January(id, "FJO-2026-0201", "WHISTLEBLOWING", "EMPLOYEE", "HARASSMENT");
        assertThat(cases.findBy("fjordvekst", id).orElseThrow().checkIns())
                .containsExactly(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 7, 4));

        race(Instant.parse("2026-02-05T08:00:00Z"));
        // The first is held, and the second early, in the same talk noted twice.
        for (int i = 0; i < 2; i++) {
            long version = cases.file("fjordvekst", id).orElseThrow().version();
            handling.act("fjordvekst", id, checkIn(), version);
        }
        race(Instant.parse("2026-07-10T08:00:00Z"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, WhistleblowerCheckInDue.TYPE)
                                        .stream()
                                        .map(r -> EventJson.read(r.value()).data())
                                        .filter(WhistleblowerCheckInDue.class::isInstance)
                                        .map(e -> ((WhistleblowerCheckInDue) e).dueOn()))
                        .containsExactly(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 7, 4)));
    }

    @Test
    void an_acknowledgement_the_handler_owes_is_reported_overdue_once_by_two_instances() throws Exception {
        String id = UUID.randomUUID().toString();
        // Registered by staff for someone without e-mail: the test tenant's 3 days give Thursday 8 January.
        receivedOnMonday5January(
                id, "FJO-2026-0202", "COMPLAINT", "PARTICIPANT", "FOLLOW_UP", "STAFF_REGISTRATION", false);

        race(Instant.parse("2026-01-08T08:00:00Z"));
        race(Instant.parse("2026-01-09T08:00:00Z"));
        race(Instant.parse("2026-01-10T08:00:00Z"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, AcknowledgementOverdue.TYPE)
                                        .stream()
                                        .map(r -> EventJson.read(r.value()).data())
                                        .filter(AcknowledgementOverdue.class::isInstance))
                        .singleElement()
                        .isEqualTo(new AcknowledgementOverdue(
                                "FJO-2026-0202", "fjordvekst-handler", LocalDate.of(2026, 1, 8))));
    }

    @Test
    void a_case_waiting_for_the_complainant_is_never_late_and_its_handler_is_reminded_once_when_it_waits_too_long()
            throws Exception {
        String id = UUID.randomUUID().toString();
        receivedOnMonday5January(id, "FJO-2026-0203", "COMPLAINT", "PARTICIPANT", "FOLLOW_UP");
        handling.act(
                "fjordvekst",
                id,
                Transition.of(CaseAction.ACCEPT, "fjordvekst-handler"),
                cases.file("fjordvekst", id).orElseThrow().version());
        handling.follow("fjordvekst", id, Transition.of(CaseAction.QUESTION_ASKED, "fjordvekst-handler"));
        LocalDate paused = cases.file("fjordvekst", id).orElseThrow().pausedOn();
        assertThat(paused).isNotNull();

        race(paused.plusDays(10)
                .atStartOfDay(java.time.ZoneId.of("Europe/Oslo"))
                .toInstant());
        race(paused.plusDays(16)
                .atStartOfDay(java.time.ZoneId.of("Europe/Oslo"))
                .toInstant());
        race(paused.plusDays(30)
                .atStartOfDay(java.time.ZoneId.of("Europe/Oslo"))
                .toInstant());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, ComplainantAwaited.TYPE).stream()
                                        .map(r -> EventJson.read(r.value()).data())
                                        .filter(ComplainantAwaited.class::isInstance))
                        .singleElement()
                        .isEqualTo(new ComplainantAwaited("FJO-2026-0203", "fjordvekst-handler", paused)));
        assertThat(KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, ComplainantAwaited.TYPE).stream()
                        .map(r -> EventJson.read(r.value()).data())
                        .filter(DeadlineBreached.class::isInstance))
                .as("the clock stands still while it waits")
                .isEmpty();
    }

    @Test
    void the_handler_is_reminded_once_on_the_day_an_exception_not_to_tell_the_person_named_is_to_be_reviewed()
            throws Exception {
        String id = UUID.randomUUID().toString();
        Instant monday = Instant.parse("2026-01-05T09:00:00Z");
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        "fjordvekst",
                        id,
                        monday,
                        new ComplaintReceived(
                                "FJO-2026-0204",
                                "COMPLAINT",
                                "WEB_FORM",
                                "PARTICIPANT",
                                "FOLLOW_UP",
                                1,
                                true,
                                false,
                                monday,
                                null,
                                new ComplaintReceived.RoutingHints("handler", null, false, null))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findBy("fjordvekst", id).isPresent());
        LocalDate reviewOn = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(30);
        handling.act(
                "fjordvekst",
                id,
                new Transition(
                        CaseAction.CONCERNED_NOTICE_EXCEPTION,
                        "fjordvekst-director",
                        null,
                        null,
                        "Undersøkelsen pågår.",
                        null,
                        null,
                        reviewOn,
                        false),
                cases.file("fjordvekst", id).orElseThrow().version());

        race(reviewOn.minusDays(1)
                .atStartOfDay(java.time.ZoneId.of("Europe/Oslo"))
                .toInstant());
        race(reviewOn.atStartOfDay(java.time.ZoneId.of("Europe/Oslo")).toInstant());
        race(reviewOn.plusDays(3)
                .atStartOfDay(java.time.ZoneId.of("Europe/Oslo"))
                .toInstant());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, ConcernedNoticeReviewDue.TYPE)
                                        .stream()
                                        .map(r -> EventJson.read(r.value()).data())
                                        .filter(ConcernedNoticeReviewDue.class::isInstance))
                        .singleElement()
                        .isEqualTo(new ConcernedNoticeReviewDue("FJO-2026-0204", "fjordvekst-director", reviewOn)));
    }

    private static Transition checkIn() {
        return new Transition(
                CaseAction.CHECK_IN,
                "fjordvekst-director",
                null,
                "Snakket med varsleren. Ingen tegn til gjengjeldelse.",
                null,
                null,
                null,
                null,
                false);
    }

    /** An anonymous complaint or report to the test tenant, received Monday 5 January 2026, once it has its case. */
    private void receivedOnMonday5January(String id, String reference, String track, String role, String category) {
        receivedOnMonday5January(id, reference, track, role, category, "WEB_FORM", true);
    }

    private void receivedOnMonday5January(
            String id,
            String reference,
            String track,
            String role,
            String category,
            String channel,
            boolean anonymous) {
        Instant monday = Instant.parse("2026-01-05T09:00:00Z");
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        "fjordvekst",
                        id,
                        monday,
                        new ComplaintReceived(
                                reference, track, channel, role, category, 1, anonymous, false, monday, null)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findBy("fjordvekst", id).isPresent());
    }

    /** Two instances, ten rounds each, at the same time. */
    private void race(Instant now) throws Exception {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        var first = new WatchingDeadlines(cases, clock, (tenant, track) -> breaches.add(tenant + "/" + track));
        var second = new WatchingDeadlines(cases, clock, (tenant, track) -> breaches.add(tenant + "/" + track));
        List<Callable<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rounds.add(first::watch);
            rounds.add(second::watch);
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var result : pool.invokeAll(rounds)) result.get();
        }
    }
}
