package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.stack;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The soak of issue 12's fault suite, behind a flag: while complaints stream in, a service chosen at random is killed
 * with {@code kill -9} at a random moment and started again, at least 20 times; then every complaint intake accepted
 * must be routed, acknowledged once and counted once. About 15 minutes:
 *
 * <pre>
 * ./mvnw -B verify -pl e2e-tests -Dklagesak.soak=true -Dtest=KillSoakE2ETest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Order(Integer.MAX_VALUE)
@EnabledIfSystemProperty(named = "klagesak.soak", matches = "true")
@ExtendWith(RunningPlatform.class)
class KillSoakE2ETest {

    private static final List<String> VICTIMS =
            List.of("intake-service", "routing-service", "notification-service", "reporting-service");
    private static final int KILLS = Integer.getInteger("klagesak.soak.kills", 20);

    @Test
    void every_accepted_complaint_ends_once_through_twenty_random_kills() throws Exception {
        long seed = Long.getLong("klagesak.soak.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("Kill soak, seed " + seed + " (-Dklagesak.soak.seed to repeat)");
        Settled.await(Duration.ofMinutes(6));
        long before = RunningPlatform.counted(FaultE2ETest.BOARD);
        List<String> killed = new ArrayList<>();
        SteadyStream stream = SteadyStream.start("soak", 5);
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                Thread.sleep(2_000 + random.nextInt(8_000));
                String victim = VICTIMS.get(random.nextInt(VICTIMS.size()));
                Instant at = Instant.now();
                stack().kill(victim);
                killed.add(victim);
                Thread.sleep(random.nextInt(3_000));
                stack().startAgain(victim);
                System.out.printf(
                        "kill %d: %s, back after %d s%n",
                        kill + 1, victim, Duration.between(at, Instant.now()).toSeconds());
            }
        } finally {
            stream.close();
        }
        System.out.printf(
                "Killed %s; %d accepted, %d refused or unanswered while intake was away%n",
                killed, stream.accepted().size(), stream.refused().size());
        assertThat(killed).hasSize(KILLS);
        // A submission whose answer was lost to a kill may still have been stored: then it is counted as well.
        FaultE2ETest.assertEachEndsOnce(stream.accepted(), stream.refused(), before);
    }
}
