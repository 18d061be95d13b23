package no.klagesak.reporting.statistics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.SatisfactionAnswered;
import no.klagesak.reporting.statistics.CountingComplaints;
import no.klagesak.reporting.statistics.Handled;
import no.klagesak.reporting.statistics.HandlingSummary;
import no.klagesak.reporting.statistics.RecordingEvents;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.SurveySummary;
import no.klagesak.support.test.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Random event streams, partly delivered twice as Kafka does after a restart, through the real store (the
 * Mongo-compatible server): the rollups the dashboards read equal the figures computed straight from what the events
 * say, and rolling up again, or replaying the whole stream, changes nothing.
 */
class RollupsFromEventsTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final List<String> TENANTS = List.of("a", "b");
    private static final List<String> CATEGORIES = List.of("FOLLOW_UP", "WORK_ENVIRONMENT", "OTHER");
    private static final List<String> OUTCOMES = List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD");

    /** The test JVM's shared in-memory store, a database of this test's own. */
    private static final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "rollups-from-events-test");

    /** One complaint's events in order, and what they say about it in the end. */
    record Story(String tenantId, List<EventEnvelope> events, Handled expected) {}

    @Test
    void rollups_from_any_stream_with_redeliveries_equal_the_figures_the_events_give() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            var rollups = new MongoRollups(mongo, Clock.systemUTC());
            var facts = new MongoFacts(mongo, rollups);
            var surveys = new MongoSurveyAnswers(mongo, rollups);
            rollups.clear();
            facts.clear();
            surveys.clear();
            var recording = new RecordingEvents(new CountingComplaints(facts), surveys, facts);
            var rollingUp = new RollingUp(facts, surveys, rollups);

            List<Story> stories = new ArrayList<>();
            for (int i = 0, n = random.nextInt(25); i < n; i++) stories.add(story(random));
            List<EventEnvelope> answers = new ArrayList<>();
            for (int i = 0, n = random.nextInt(8); i < n; i++) answers.add(answer(random));
            List<EventEnvelope> stream = interleave(stories, answers, random);

            // Delivered up to j, then again from i <= j: the redelivery after a restart before the commit.
            int j = stream.isEmpty() ? 0 : random.nextInt(stream.size() + 1);
            int i = j == 0 ? 0 : random.nextInt(j + 1);
            stream.subList(0, j).forEach(recording::apply);
            if (random.nextBoolean()) rollingUp.all(); // rolled up in the middle of the stream, or not
            stream.subList(i, stream.size()).forEach(recording::apply);
            rollingUp.all();

            Map<String, Object> first = figures(rollups, stories, answers);
            assertThat(first).isEqualTo(expected(stories, answers));

            stream.forEach(recording::apply); // the whole topic replayed from offset 0
            rollingUp.all();
            assertThat(figures(rollups, stories, answers)).isEqualTo(first);
        });
    }

    private static Story story(Random random) {
        String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
        String id = java.util.UUID.randomUUID().toString();
        Instant received = LocalDate.of(2025, 1, 1)
                .plusDays(random.nextInt(730))
                .atStartOfDay(OSLO)
                .plusMinutes(random.nextInt(24 * 60))
                .toInstant();
        String track = random.nextInt(4) == 0 ? "WHISTLEBLOWING" : "COMPLAINT";
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        String unit = random.nextBoolean() ? null : "unit-" + random.nextInt(3);
        List<EventEnvelope> events = new ArrayList<>();
        events.add(EventEnvelope.of(
                tenant,
                id,
                received,
                new ComplaintReceived(
                        "R",
                        track,
                        "WEB_FORM",
                        "PARTICIPANT",
                        category,
                        1,
                        false,
                        false,
                        received,
                        null,
                        unit == null ? null : new ComplaintReceived.RoutingHints(null, unit, false, null))));
        LocalDate deadline = LocalDate.ofInstant(received, OSLO).plusDays(14);
        Instant at = received;
        Instant resolvedAt = null;
        String outcome = null;
        boolean escalated = false;
        boolean breached = false;
        boolean deviation = false;
        boolean assigned = random.nextInt(5) > 0;
        if (assigned) {
            events.add(EventEnvelope.of(tenant, id, at, new ComplaintAssigned("R", "h", "LINE_MANAGER", 14, deadline)));
            for (int step = 0, steps = random.nextInt(4); step < steps; step++) {
                at = at.plus(1 + random.nextInt(20), ChronoUnit.DAYS);
                switch (random.nextInt(6)) {
                    case 0 -> {
                        deadline = deadline.plusDays(7);
                        events.add(change(tenant, id, at, "EXTEND_DEADLINE", deadline, null));
                    }
                    case 1 -> {
                        escalated = true;
                        events.add(change(tenant, id, at, "ESCALATE", deadline, null));
                    }
                    case 2 -> {
                        boolean reason = random.nextBoolean();
                        breached = true;
                        deviation |= !reason;
                        events.add(EventEnvelope.of(tenant, id, at, new DeadlineBreached("R", "h", deadline, reason)));
                    }
                    case 3 -> {
                        outcome = "WITHDRAWN";
                        resolvedAt = at;
                        events.add(change(tenant, id, at, "WITHDRAW", deadline, null));
                    }
                    default -> {
                        outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
                        resolvedAt = at;
                        events.add(
                                change(tenant, id, at, random.nextBoolean() ? "RESOLVE" : "DECIDE", deadline, outcome));
                    }
                }
            }
        }
        return new Story(
                tenant,
                events,
                new Handled(
                        received,
                        assigned ? deadline : null,
                        resolvedAt,
                        outcome,
                        escalated,
                        breached,
                        deviation,
                        track,
                        category,
                        "WEB_FORM",
                        "PARTICIPANT",
                        unit));
    }

    private static EventEnvelope change(
            String tenant, String id, Instant at, String action, LocalDate deadline, String outcome) {
        return EventEnvelope.of(tenant, id, at, new CaseChanged("R", action, "ANY", "h", deadline, outcome, false));
    }

    private static EventEnvelope answer(Random random) {
        String month = "2026-0" + (1 + random.nextInt(9));
        return EventEnvelope.ofTenant(
                TENANTS.get(random.nextInt(TENANTS.size())),
                Instant.parse("2026-10-01T00:00:00Z"),
                new SatisfactionAnswered(
                        month, "COMPLAINT", 1 + random.nextInt(5), 1 + random.nextInt(5), random.nextBoolean()));
    }

    /** The stories' events merged in a random order that keeps each complaint's own order, as a partition does. */
    private static List<EventEnvelope> interleave(List<Story> stories, List<EventEnvelope> answers, Random random) {
        List<List<EventEnvelope>> queues = new ArrayList<>();
        stories.forEach(s -> queues.add(new ArrayList<>(s.events())));
        answers.forEach(a -> queues.add(new ArrayList<>(List.of(a))));
        List<EventEnvelope> stream = new ArrayList<>();
        while (!queues.isEmpty()) {
            var queue = queues.get(random.nextInt(queues.size()));
            stream.add(queue.removeFirst());
            if (queue.isEmpty()) queues.remove(queue);
        }
        return stream;
    }

    private static Map<String, Object> figures(MongoRollups rollups, List<Story> stories, List<EventEnvelope> answers) {
        Map<String, Object> figures = new TreeMap<>();
        for (String tenant : TENANTS) {
            for (int year : List.of(2025, 2026, 2027)) {
                Rollup sum = Rollup.year(tenant, year, rollups.in(tenant, year));
                figures.put(tenant + year + "handling", sum.handling(year));
                figures.put(tenant + year + "counts", sum.statistics(year));
                figures.put(tenant + year + "units", sum.byUnit());
                figures.put(tenant + year + "survey", sum.surveySummary(year));
            }
        }
        return figures;
    }

    private static Map<String, Object> expected(List<Story> stories, List<EventEnvelope> answers) {
        Map<String, Object> figures = new TreeMap<>();
        for (String tenant : TENANTS) {
            for (int year : List.of(2025, 2026, 2027)) {
                List<Handled> facts = stories.stream()
                        .filter(s -> s.tenantId().equals(tenant))
                        .map(Story::expected)
                        .filter(f -> f.receivedAt().atZone(OSLO).getYear() == year)
                        .toList();
                figures.put(tenant + year + "handling", HandlingSummary.of(year, facts));
                figures.put(
                        tenant + year + "counts",
                        new no.klagesak.reporting.statistics.Statistics(
                                tenant,
                                year,
                                facts.size(),
                                count(facts, Handled::track),
                                count(facts, Handled::category),
                                count(facts, Handled::channel),
                                count(facts, Handled::complainantRole),
                                Map.of()));
                figures.put(tenant + year + "units", count(facts, f -> f.unit() == null ? Rollup.NO_UNIT : f.unit()));
                var theirs = answers.stream()
                        .filter(a -> a.tenantId().equals(tenant))
                        .map(a -> (SatisfactionAnswered) a.data())
                        .filter(a -> a.month().startsWith(String.valueOf(year)))
                        .toList();
                figures.put(
                        tenant + year + "survey",
                        SurveySummary.of(
                                tenant,
                                year,
                                theirs.size(),
                                theirs.stream()
                                        .mapToLong(SatisfactionAnswered::satisfied)
                                        .sum(),
                                theirs.stream()
                                        .mapToLong(SatisfactionAnswered::heard)
                                        .sum(),
                                theirs.stream()
                                        .filter(SatisfactionAnswered::wouldComplainAgain)
                                        .count()));
            }
        }
        return figures;
    }

    private static Map<String, Long> count(List<Handled> facts, java.util.function.Function<Handled, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        facts.forEach(f -> counts.merge(key.apply(f), 1L, Long::sum));
        return counts;
    }
}
