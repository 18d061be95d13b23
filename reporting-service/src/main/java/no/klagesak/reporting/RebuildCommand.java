package no.klagesak.reporting;

import java.time.Clock;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.messaging.Rebuilding;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar reporting-service.jar --spring.profiles.active=rebuild}: renews the facts from the complaint events
 * topic and rolls every month up again, but only if the topic still holds every complaint the facts hold; otherwise
 * it changes nothing and exits with {@value #REFUSED} (ADR 0019). With {@code --rollups-only} it reads no topic and
 * rolls every month up again from the facts held, which is always safe. It prints what it did and exits. The profile
 * keeps the service's own consumer from starting (application-rebuild.yml).
 */
@Component
@Profile("rebuild")
class RebuildCommand implements ApplicationRunner {

    /** The exit code of a rebuild that was refused and changed nothing. */
    static final int REFUSED = 3;

    private final Rebuilding rebuilding;
    private final RollingUp rollingUp;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    RebuildCommand(Rebuilding rebuilding, RollingUp rollingUp, ConfigurableApplicationContext context, Clock clock) {
        this.rebuilding = rebuilding;
        this.rollingUp = rollingUp;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exit;
        if (args.containsOption("rollups-only")) {
            int months = rollingUp.everything(clock.instant());
            System.out.printf("Rolled up %d months again from the facts held; no fact was changed%n", months);
            exit = 0;
        } else {
            exit = switch (rebuilding.run()) {
                case Rebuilding.Rebuilt rebuilt -> {
                    System.out.printf(
                            "Rebuilt the statistics from the topic: %d events applied, %d of other types skipped,"
                                    + " %d months rolled up again%n",
                            rebuilt.events(), rebuilt.skipped(), rebuilt.months());
                    yield 0;
                }
                case Rebuilding.Refused refused -> {
                    System.out.println(refused.reason());
                    yield REFUSED;
                }
            };
        }
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
