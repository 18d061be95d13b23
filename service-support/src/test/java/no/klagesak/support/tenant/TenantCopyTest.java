package no.klagesak.support.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.support.test.InMemoryMongo;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class TenantCopyTest {

    private final TenantCopy copy =
            new TenantCopy(new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "copy-" + UUID.randomUUID()));

    @Test
    void a_wait_for_a_routine_version_ends_when_the_topic_brings_it() throws Exception {
        copy.apply(json(
                TestTenants.snapshot("vekst", "Vekst AS", 1, List.of(TestTenants.version(1, "Vekst AS", true, 14)))));

        CompletableFuture<Optional<TenantSnapshot>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return copy.await("vekst", t -> t.version(2).isPresent(), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(waiting).isNotDone();
        copy.apply(json(TestTenants.snapshot(
                "vekst",
                "Vekst AS",
                2,
                List.of(TestTenants.version(1, "Vekst AS", true, 14), TestTenants.version(2, "Vekst AS", true, 21)))));

        Optional<TenantSnapshot> found = waiting.get(30, TimeUnit.SECONDS);
        assertThat(found).map(TenantSnapshot::revision).contains(2L);
    }

    @Test
    void a_version_that_never_comes_is_empty_after_the_wait_and_one_already_known_is_there_at_once() throws Exception {
        copy.apply(json(
                TestTenants.snapshot("vekst", "Vekst AS", 1, List.of(TestTenants.version(1, "Vekst AS", true, 14)))));

        assertThat(copy.await("vekst", t -> t.version(7).isPresent(), Duration.ofMillis(200)))
                .isEmpty();
        assertThat(copy.await("ukjent", t -> true, Duration.ofMillis(200))).isEmpty();
        assertThat(copy.await("vekst", t -> t.version(1).isPresent(), Duration.ZERO))
                .isPresent();
    }

    private static String json(TenantSnapshot snapshot) {
        return EventJson.write(EventEnvelope.ofTenant(snapshot.tenantId(), Instant.now(), snapshot));
    }
}
