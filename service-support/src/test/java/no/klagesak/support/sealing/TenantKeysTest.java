package no.klagesak.support.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.klagesak.support.test.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Sealing with a key per tenant, and rotating the master key that wraps the tenants' keys. */
class TenantKeysTest {

    private final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "tenant-keys-" + UUID.randomUUID());

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void a_sealed_text_reads_back_and_is_not_in_the_store() {
        var sealer = new Sealer(new TenantKeys(mongo, key(1), Clock.systemUTC()));

        String sealed = sealer.seal("fjordvekst", "Maten er kald");

        assertThat(sealed).startsWith(Sealer.PREFIX).doesNotContain("Maten");
        assertThat(sealer.open("fjordvekst", sealed)).isEqualTo("Maten er kald");
        assertThat(sealer.open("fjordvekst", "[slettet]")).isEqualTo("[slettet]");
        assertThat(sealer.seal("fjordvekst", (String) null)).isNull();
        assertThat(mongo.findAll(Document.class, "tenant_keys").toString()).doesNotContain(key(1));
    }

    @Test
    void a_text_that_only_looks_sealed_is_sealed_all_the_same_and_reads_back_as_it_was_written() {
        var sealer = new Sealer(new TenantKeys(mongo, key(1), Clock.systemUTC()));
        String looksSealed = Sealer.PREFIX + "Dette er ikke kryptert";

        String sealed = sealer.seal("fjordvekst", looksSealed);

        assertThat(sealed).isNotEqualTo(looksSealed).doesNotContain("kryptert");
        assertThat(sealer.open("fjordvekst", sealed)).isEqualTo(looksSealed);
    }

    @Test
    void a_new_master_key_wraps_every_tenants_key_again_and_what_was_sealed_still_opens() {
        var before = new Sealer(new TenantKeys(mongo, key(1), Clock.systemUTC()));
        String sealed = before.seal("fjordvekst", "Maten er kald");
        String other = before.seal("lysheim", "Bussen kom ikke");

        var rotating = new TenantKeys(mongo, key(2), List.of(key(1)), Clock.systemUTC());
        assertThat(rotating.rewrapAll()).isEqualTo(2);
        assertThat(rotating.rewrapAll()).as("again: nothing left to do").isZero();

        var after = new Sealer(new TenantKeys(mongo, key(2), Clock.systemUTC()));
        assertThat(after.open("fjordvekst", sealed)).isEqualTo("Maten er kald");
        assertThat(after.open("lysheim", other)).isEqualTo("Bussen kom ikke");
        // The old master key alone opens nothing any more.
        assertThatThrownBy(
                        () -> new Sealer(new TenantKeys(mongo, key(1), Clock.systemUTC())).open("fjordvekst", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TenantKeys(mongo, key(3), Clock.systemUTC()).rewrapAll())
                .hasMessageContaining("neither the current nor a previous one");
    }
}
