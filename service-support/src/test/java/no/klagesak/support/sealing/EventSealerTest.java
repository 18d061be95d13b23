package no.klagesak.support.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.klagesak.support.test.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Words that travel in events: sealed by one service, opened by another that has the same master key. */
class EventSealerTest {

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A service of its own: its own database, the shared master key. */
    private static EventSealer service(String masterKey, String... previous) {
        var mongo = new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "event-keys-" + UUID.randomUUID());
        return new EventSealer(new TenantKeys(mongo, masterKey, List.of(previous), Clock.systemUTC()));
    }

    @Test
    void what_routing_seals_intake_opens_and_no_other_tenant_or_master_key_does() {
        var routing = service(key(1));
        var intake = service(key(1));

        String sealed = routing.seal("fjordvekst", "c-1", "Du får medhold. Maten blir varm.");

        assertThat(sealed).startsWith(EventSealer.PREFIX).doesNotContain("medhold");
        assertThat(intake.open("fjordvekst", "c-1", sealed)).isEqualTo("Du får medhold. Maten blir varm.");
        assertThatThrownBy(() -> intake.open("lysheim", "c-1", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> service(key(2)).open("fjordvekst", "c-1", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThat(routing.seal("fjordvekst", "c-1", null)).isNull();
    }

    @Test
    void words_moved_to_another_cases_event_do_not_open() {
        var routing = service(key(1));
        String sealed = routing.seal("fjordvekst", "c-1", "Du får medhold.");

        assertThatThrownBy(() -> service(key(1)).open("fjordvekst", "c-2", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another tenant or complaint");
    }

    @Test
    void words_sealed_before_a_master_key_rotation_still_open_and_plain_words_are_refused() {
        String sealed = service(key(1)).seal("fjordvekst", "c-1", "Fristen forlenges");

        assertThat(service(key(2), key(1)).open("fjordvekst", "c-1", sealed)).isEqualTo("Fristen forlenges");
        assertThatThrownBy(() -> service(key(1)).open("fjordvekst", "c-1", "Fristen forlenges"))
                .isInstanceOf(IllegalStateException.class);
    }
}
