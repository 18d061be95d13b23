package no.klagesak.intake.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A tenant's public complaints are taken in turn, so a flood at one tenant leaves the others their share. */
class SubmissionLimiterTest {

    private final SubmissionLimiter limiter = new SubmissionLimiter(
            1_000,
            1_000,
            Duration.ofMinutes(10),
            1,
            Duration.ofMillis(200),
            TestStore.fresh(),
            TestStore.addresses(),
            Clock.systemUTC());

    @Test
    void while_one_complaint_to_a_tenant_is_in_hand_the_next_waits_its_turn_and_another_tenant_does_not()
            throws Exception {
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first =
                CompletableFuture.supplyAsync(() -> limiter.inTurn("flooded", () -> {
                    inHand.countDown();
                    await(release);
                    return "first";
                }));
        assertThat(inHand.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(limiter.inTurn("flooded", () -> "second"))
                .as("no turn within the wait")
                .isEmpty();
        assertThat(limiter.inTurn("calm", () -> "other tenant")).contains("other tenant");

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).contains("first");
        assertThat(limiter.inTurn("flooded", () -> "third"))
                .as("the turn is given back")
                .contains("third");
    }

    @Test
    void a_turn_is_given_back_when_the_work_fails() {
        try {
            limiter.inTurn("failing", () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the complaint was refused; the tenant's turn must not be lost with it
        }
        assertThat(limiter.inTurn("failing", () -> "next")).contains("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
