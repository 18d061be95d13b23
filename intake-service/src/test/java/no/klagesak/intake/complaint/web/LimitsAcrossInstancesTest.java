package no.klagesak.intake.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.klagesak.support.test.MovingClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The limits are counted in the store every instance shares (ADR 0021): two instances of intake, "pods", allow together
 * what one allows, and the address is stored only as a keyed hash that goes with its window.
 */
class LimitsAcrossInstancesTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final MongoTemplate store = TestStore.fresh();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-25T10:03:17Z"));
    private final SubmissionLimiter podA = pod(5, 100);
    private final SubmissionLimiter podB = pod(5, 100);

    @Test
    void two_instances_sharing_the_store_allow_a_source_its_limit_once_not_once_each() {
        for (int i = 0; i < 3; i++) assertThat(podA.take("203.0.113.1", "t")).isEmpty();
        for (int i = 0; i < 2; i++) assertThat(podB.take("203.0.113.1", "t")).isEmpty();

        assertThat(podB.take("203.0.113.1", "t")).as("the sixth, through B").hasValue(WINDOW);
        assertThat(podA.take("203.0.113.1", "t")).as("and through A").hasValue(WINDOW);
        assertThat(podA.take("203.0.113.2", "t")).as("another source").isEmpty();
        assertThat(podB.take("203.0.113.1", "other"))
                .as("the same source to another tenant")
                .isEmpty();
    }

    @Test
    void a_tenant_flooded_through_both_instances_is_refused_and_other_tenants_are_not() {
        var a = pod(100, 4);
        var b = pod(100, 4);
        assertThat(a.take("198.51.100.1", "flooded")).isEmpty();
        assertThat(b.take("198.51.100.2", "flooded")).isEmpty();
        assertThat(a.take("198.51.100.3", "flooded")).isEmpty();
        assertThat(b.take("198.51.100.4", "flooded")).isEmpty();

        assertThat(a.take("198.51.100.5", "flooded")).isPresent();
        assertThat(b.take("198.51.100.6", "flooded")).isPresent();
        for (var pod : List.of(a, b)) {
            assertThat(pod.take("198.51.100.1", "calm")).isEmpty();
        }
    }

    @Test
    void a_new_window_allows_again_and_until_then_the_wait_is_what_is_left_of_it() {
        for (int i = 0; i < 5; i++) podA.take("203.0.113.1", "t");
        clock.move(Duration.ofMinutes(4));
        assertThat(podB.take("203.0.113.1", "t")).hasValue(Duration.ofMinutes(6));

        clock.move(Duration.ofMinutes(6).minusSeconds(1));
        assertThat(podA.take("203.0.113.1", "t")).hasValue(Duration.ofSeconds(1));

        clock.move(Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) assertThat(podB.take("203.0.113.1", "t")).isEmpty();
        assertThat(podA.take("203.0.113.1", "t")).hasValue(WINDOW);
    }

    @Test
    void complaints_refused_at_their_source_do_not_use_up_the_tenants_limit() {
        var a = pod(2, 3);
        var b = pod(2, 3);
        for (int i = 0; i < 10; i++) (i % 2 == 0 ? a : b).take("203.0.113.1", "t");

        assertThat(b.take("203.0.113.2", "t")).as("the tenant has counted two").isEmpty();
        assertThat(a.take("203.0.113.3", "t")).as("and now three").isPresent();
        assertThat(a.take("203.0.113.2", "t")).isPresent();

        // One refused by the tenant's limit is not counted against its source either.
        a.limits(2, 100);
        b.limits(2, 100);
        assertThat(b.take("203.0.113.2", "t")).isEmpty();
        assertThat(a.take("203.0.113.2", "t")).isPresent();
    }

    @Test
    void complaints_sent_at_once_through_both_instances_get_no_more_than_the_limit() throws Exception {
        var a = pod(20, 1_000);
        var b = pod(20, 1_000);
        List<Future<Optional<Duration>>> sent = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                var pod = i % 2 == 0 ? a : b;
                sent.add(threads.submit((Callable<Optional<Duration>>) () -> pod.take("203.0.113.1", "t")));
            }
        }
        int allowed = 0;
        for (var one : sent) if (one.get().isEmpty()) allowed++;

        assertThat(allowed).isEqualTo(20);
    }

    @Test
    void wrong_codes_through_both_instances_count_together_and_right_codes_do_not_count() {
        var a = guesses(3);
        var b = guesses(3);
        assertThat(a.guess("203.0.113.1", "t").refused()).isEmpty();
        assertThat(b.guess("203.0.113.1", "t").refused()).isEmpty();
        b.guess("203.0.113.1", "t").notWrong();
        assertThat(a.guess("203.0.113.1", "t").refused()).isEmpty();

        assertThat(b.guess("203.0.113.1", "t").refused()).hasValue(Duration.ofMinutes(15));
        assertThat(a.guess("203.0.113.1", "t").refused()).isPresent();
        assertThat(a.guess("203.0.113.2", "t").refused()).isEmpty();
    }

    @Test
    void guesses_sent_at_once_through_both_instances_get_no_more_than_the_limit() throws Exception {
        var a = guesses(10);
        var b = guesses(10);
        List<Future<Boolean>> sent = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 60; i++) {
                var pod = i % 2 == 0 ? a : b;
                sent.add(threads.submit(
                        () -> pod.guess("203.0.113.1", "t").refused().isEmpty()));
            }
        }
        int checked = 0;
        for (var one : sent) if (one.get()) checked++;

        assertThat(checked).isEqualTo(10);
    }

    @Test
    void the_address_is_stored_only_as_a_keyed_hash_in_a_window_that_expires() {
        podA.take("203.0.113.77", "t");

        List<Document> windows = store.findAll(Document.class, FixedWindows.COLLECTION);
        assertThat(windows).hasSize(2);
        assertThat(windows).allSatisfy(w -> {
            assertThat(w.toJson()).doesNotContain("203.0.113.77");
            assertThat(w.getDate("expiresAt").toInstant())
                    .isEqualTo(clock.instant().plus(WINDOW));
        });
        assertThat(windows)
                .extracting(w -> w.getString("_id"))
                .contains("submissions:source:t:" + TestStore.addresses().keyOf("t", "203.0.113.77"));
        assertThat(store.indexOps(FixedWindows.COLLECTION).getIndexInfo()).anySatisfy(index -> {
            assertThat(index.isIndexForFields(List.of("expiresAt"))).isTrue();
            assertThat(index.getExpireAfter()).hasValue(Duration.ZERO);
        });

        var otherKey = new SourceAddresses("b3RoZXItbWFzdGVyLWtleS1ub3QtZm9yLXByb2QtdXNlIQ==");
        assertThat(otherKey.keyOf("t", "203.0.113.77"))
                .as("without the key, the hash is not the address's")
                .isNotEqualTo(TestStore.addresses().keyOf("t", "203.0.113.77"));
        assertThat(TestStore.addresses().keyOf("other", "203.0.113.77"))
                .as("nor the same in another tenant")
                .isNotEqualTo(TestStore.addresses().keyOf("t", "203.0.113.77"));
    }

    private SubmissionLimiter pod(int perSource, int perTenant) {
        return new SubmissionLimiter(
                perSource, perTenant, WINDOW, 1, Duration.ofSeconds(1), store, TestStore.addresses(), clock);
    }

    private GuessLimiter guesses(int perSource) {
        return new GuessLimiter(perSource, 1_000, Duration.ofMinutes(15), store, TestStore.addresses(), clock);
    }
}
