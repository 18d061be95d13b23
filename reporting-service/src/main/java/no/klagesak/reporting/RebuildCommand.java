package no.klagesak.reporting;

import no.klagesak.reporting.statistics.messaging.Rebuilding;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar reporting-service.jar --spring.profiles.active=rebuild}: rebuilds the facts, survey answers and
 * rollups from the start of the topic, prints what it did, and exits. The profile keeps the service's own consumer
 * from starting (application-rebuild.yml).
 */
@Component
@Profile("rebuild")
class RebuildCommand implements ApplicationRunner {

    private final Rebuilding rebuilding;
    private final ConfigurableApplicationContext context;

    RebuildCommand(Rebuilding rebuilding, ConfigurableApplicationContext context) {
        this.rebuilding = rebuilding;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var rebuilt = rebuilding.run();
        System.out.printf(
                "Rebuilt the statistics from the topic: %d events applied, %d of other types skipped%n",
                rebuilt.events(), rebuilt.skipped());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
