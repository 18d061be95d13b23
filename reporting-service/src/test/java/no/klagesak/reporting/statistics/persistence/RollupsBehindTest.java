package no.klagesak.reporting.statistics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import no.klagesak.reporting.statistics.ComplaintFact;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.Handled;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.Span;
import no.klagesak.support.test.InMemoryMongo;
import no.klagesak.support.test.MovingClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How far behind the board is, as its dashboard says ({@code behindSeconds}), through the real store: counted from
 * when each change happened, until the month that holds it is rolled up; and a round rolls up what changed, not the
 * month.
 */
class RollupsBehindTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:30Z");

    /** The test JVM's shared in-memory store, a database of this test's own. */
    private static final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "rollups-behind-test");

    private final MovingClock clock = new MovingClock(NOW);

    private MongoRollups rollups;
    private MongoFacts stored;
    private ReadCounting facts;
    private RollingUp rollingUp;

    @BeforeEach
    void empty() {
        rollups = new MongoRollups(mongo, clock);
        stored = new MongoFacts(mongo, rollups);
        var surveys = new MongoSurveyAnswers(mongo, rollups);
        rollups.clear();
        stored.clear();
        surveys.clear();
        facts = new ReadCounting(stored);
        rollingUp = new RollingUp(facts, surveys, rollups);
    }

    @Test
    void an_event_read_late_is_behind_from_when_it_happened_until_its_month_is_rolled_up() {
        Instant happened = NOW.minus(Duration.ofMinutes(5));
        stored.record(fact("a", happened), happened);

        assertThat(rollups.behindSince("a")).contains(happened);
        assertThat(rollups.behindSince("b"))
                .as("another tenant's board is up to date")
                .isEmpty();
        rollingUp.all();
        assertThat(rollups.behindSince()).isEmpty();
        assertThat(month("a", happened).received()).isEqualTo(1);
    }

    @Test
    void a_minute_rolled_up_is_still_behind_until_its_hour_and_month_are() {
        Instant happened = NOW.minusSeconds(20);
        stored.record(fact("a", happened), happened);
        Rollups.Behind minute = new Rollups.Behind("a", Span.minute(happened));

        rollups.save(
                rollups.claim(minute).orElseThrow(),
                Rollup.empty("a", minute.span().month()));

        assertThat(rollups.behindSince("a"))
                .as("the hour carries the minute's time")
                .contains(happened);
    }

    @Test
    void a_change_while_a_round_computes_is_behind_from_its_own_time_and_not_from_the_round() {
        Instant first = NOW.minus(Duration.ofMinutes(3));
        Instant second = NOW.minusSeconds(10);
        stored.record(fact("a", first), first);
        facts.whileReading(() -> stored.record(fact("a", first), second));

        rollingUp.catchUp();

        assertThat(rollups.behindSince("a"))
                .as("neither the first change, now rolled up, nor the end of the round")
                .contains(second);
        rollingUp.all();
        assertThat(rollups.behindSince("a")).isEmpty();
        assertThat(month("a", first).received()).isEqualTo(2);
    }

    @Test
    void a_round_that_stopped_half_way_keeps_its_time_and_is_taken_over() {
        Instant happened = NOW.minusSeconds(40);
        stored.record(fact("a", happened), happened);
        rollups.claim(new Rollups.Behind("a", Span.minute(happened))).orElseThrow(); // and then the replica stopped

        rollingUp.all();
        assertThat(rollups.behindSince("a")).as("claimed, not rolled up").contains(happened);
        assertThat(rollups.in("a", 2026)).isEmpty();

        clock.move(MongoRollups.ABANDONED.plusSeconds(1));
        rollingUp.all();
        assertThat(rollups.behindSince("a")).isEmpty();
        assertThat(month("a", happened).received()).isEqualTo(1);
    }

    @Test
    void a_round_reads_the_facts_of_the_minutes_that_changed_and_not_the_month() {
        Instant monthStart = LocalDate.of(2026, 3, 1).atStartOfDay(OSLO).toInstant();
        for (int minute = 0; minute < 100; minute++) {
            for (int i = 0; i < 10; i++) {
                Instant received = monthStart.plus(Duration.ofMinutes(minute)).plusSeconds(i);
                stored.record(fact("a", received), received);
            }
        }
        rollingUp.all();
        assertThat(facts.read.get()).isEqualTo(1_000);
        assertThat(month("a", monthStart).received()).isEqualTo(1_000);

        facts.read.set(0);
        Instant oneMore = monthStart.plus(Duration.ofMinutes(42)).plusSeconds(30);
        stored.record(fact("a", oneMore), NOW);
        rollingUp.all();

        assertThat(facts.read.get()).as("the one minute's eleven facts").isEqualTo(11);
        assertThat(month("a", monthStart).received()).isEqualTo(1_001);
    }

    @Test
    void a_store_from_the_release_that_kept_months_only_gets_its_minutes_and_hours_once() {
        Instant received = NOW.minus(Duration.ofDays(3));
        for (int i = 0; i < 3; i++) stored.record(fact("a", received.plusSeconds(600L * i)), received);
        rollingUp.all();
        Rollup before = month("a", received);
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), MongoRollups.PARTS);

        assertThat(rollingUp.partsAfterUpgrade(NOW)).isTrue();
        assertThat(rollingUp.partsAfterUpgrade(NOW)).as("once").isFalse();
        assertThat(month("a", received)).isEqualTo(before);
        stored.record(fact("a", received), NOW);
        rollingUp.all();
        assertThat(month("a", received).received())
                .as("summed from parts that hold every fact")
                .isEqualTo(4);
    }

    @Test
    void a_making_of_the_parts_that_stopped_half_way_is_made_again_at_the_next_start() {
        Instant received = NOW.minus(Duration.ofDays(3));
        for (int i = 0; i < 3; i++) stored.record(fact("a", received.plusSeconds(600L * i)), received);
        rollingUp.all();
        Rollup before = month("a", received);
        // Some parts made, and no note that all were: as a run that stopped.
        mongo.remove(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("level")
                                .is("HOUR")),
                MongoRollups.PARTS);

        assertThat(rollingUp.partsAfterUpgrade(NOW)).isTrue();
        assertThat(rollingUp.partsAfterUpgrade(NOW)).isFalse();
        assertThat(month("a", received)).isEqualTo(before);
        assertThat(rollups.behindSince()).isEmpty();
    }

    @Test
    void spans_another_round_holds_do_not_keep_a_round_going() {
        Instant start = NOW.minus(Duration.ofHours(2));
        List<Rollups.Behind> held = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            Instant received = start.plus(Duration.ofMinutes(minute));
            stored.record(fact("a", received), received);
            held.add(new Rollups.Behind("a", Span.minute(received)));
        }
        held.forEach(span -> rollups.claim(span).orElseThrow()); // by a round on another replica, still at work
        held.forEach(span -> stored.record(fact("a", span.span().start()), NOW)); // and changed again meanwhile

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), rollingUp::round);

        assertThat(facts.read.get()).as("none of the held minutes read").isZero();
        assertThat(rollups.behindSince("a")).contains(start);
    }

    private Rollup month(String tenantId, Instant in) {
        int year = in.atZone(OSLO).getYear();
        return rollups.in(tenantId, year).stream()
                .filter(r -> r.month().equals(Span.minute(in).month()))
                .findFirst()
                .orElseThrow();
    }

    private static ComplaintFact fact(String tenantId, Instant received) {
        return new ComplaintFact(
                tenantId,
                UUID.randomUUID().toString(),
                received.atZone(OSLO).getYear(),
                "COMPLAINT",
                "OTHER",
                "WEB_FORM",
                "PARTICIPANT",
                received,
                null,
                true);
    }

    /** The store's facts, counting the facts a round reads, and doing something once while a round reads. */
    private static final class ReadCounting implements Facts {

        private final Facts facts;
        final AtomicInteger read = new AtomicInteger();
        private @Nullable Runnable whileReading;

        ReadCounting(Facts facts) {
            this.facts = facts;
        }

        void whileReading(Runnable action) {
            whileReading = action;
        }

        @Override
        public List<Handled> handledIn(String tenantId, Instant from, Instant to) {
            List<Handled> handled = new ArrayList<>(facts.handledIn(tenantId, from, to));
            read.addAndGet(handled.size());
            Runnable action = whileReading;
            whileReading = null;
            if (action != null) action.run();
            return handled;
        }

        @Override
        public boolean record(ComplaintFact fact, Instant changedAt) {
            return facts.record(fact, changedAt);
        }

        @Override
        public void assigned(String tenantId, String complaintId, LocalDate deadline, Instant at, Instant changedAt) {
            facts.assigned(tenantId, complaintId, deadline, at, changedAt);
        }

        @Override
        public void stepped(
                String tenantId,
                String complaintId,
                String action,
                Instant at,
                @Nullable String outcome,
                LocalDate deadline,
                Instant changedAt) {
            facts.stepped(tenantId, complaintId, action, at, outcome, deadline, changedAt);
        }

        @Override
        public void breached(String tenantId, String complaintId, boolean reasonGiven, Instant changedAt) {
            facts.breached(tenantId, complaintId, reasonGiven, changedAt);
        }

        @Override
        public void replace(ComplaintFact fact, Instant changedAt) {
            facts.replace(fact, changedAt);
        }

        @Override
        public Stream<Held> held() {
            return facts.held();
        }

        @Override
        public Set<Rollups.Behind> minutes() {
            return facts.minutes();
        }
    }
}
