package no.klagesak.support.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.klagesak.support.test.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Sealing with keysets per tenant, bound to where a value lives, and the rotations of master and content keys. */
class TenantKeysTest {

    private final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "tenant-keys-" + UUID.randomUUID());

    static String key(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private Sealer sealer(String master, String... previous) {
        return new Sealer(new TenantKeys(mongo, master, List.of(previous), Clock.systemUTC()));
    }

    @Test
    void a_sealed_text_reads_back_and_neither_it_nor_any_key_is_in_the_store() {
        var complaint = sealer(key(1)).in("fjordvekst", "complaints", "c-1");

        String sealed = complaint.seal("complaint.subject", "Maten er kald");

        assertThat(sealed).startsWith(Sealer.PREFIX).doesNotContain("Maten");
        assertThat(complaint.open("complaint.subject", sealed)).isEqualTo("Maten er kald");
        assertThat(complaint.open("complaint.subject", "[slettet]")).isEqualTo("[slettet]");
        assertThat(complaint.seal("complaint.subject", (String) null)).isNull();
        Document stored = mongo.findById("fjordvekst", Document.class, "tenant_keys");
        assertThat(stored.keySet()).contains("content", "pseudonyms").doesNotContain("wrapped");
        assertThat(stored.toJson()).doesNotContain(key(1));
    }

    @Test
    void a_text_that_only_looks_sealed_is_sealed_all_the_same_and_reads_back_as_it_was_written() {
        var complaint = sealer(key(1)).in("fjordvekst", "complaints", "c-1");
        for (String looksSealed :
                List.of(Sealer.PREFIX + "Dette er ikke kryptert", Sealer.EARLIER + "Dette er heller ikke kryptert")) {
            String sealed = complaint.seal("complaint.description", looksSealed);

            assertThat(sealed).isNotEqualTo(looksSealed).doesNotContain("kryptert");
            assertThat(complaint.open("complaint.description", sealed)).isEqualTo(looksSealed);
        }
    }

    /** The associated data names tenant, collection, document and field: a value moved anywhere else does not open. */
    @Test
    void a_sealed_value_moved_to_another_field_document_collection_or_tenant_does_not_open() {
        var sealer = sealer(key(1));
        String sealed = sealer.in("fjordvekst", "complaints", "c-1").seal("complaint.description", "Navnet er Kari");
        byte[] file = sealer.in("fjordvekst", "attachments", "a-1").seal("content", "%PDF".getBytes());

        assertThatThrownBy(() -> sealer.in("fjordvekst", "complaints", "c-1").open("complaint.subject", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another tenant, document or field");
        assertThatThrownBy(() -> sealer.in("fjordvekst", "complaints", "c-2").open("complaint.description", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.in("fjordvekst", "cases", "c-1").open("complaint.description", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.in("lysheim", "complaints", "c-1").open("complaint.description", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.in("fjordvekst", "attachments", "a-2").open("content", file))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sealer.in("fjordvekst", "attachments", "a-1").open("content", file))
                .isEqualTo("%PDF".getBytes());
    }

    @Test
    void pseudonyms_come_from_their_own_keyset_match_within_the_tenant_and_differ_between_tenants() {
        var sealer = sealer(key(1));

        String kari = sealer.pseudonym("fjordvekst", "idporten.kari");

        assertThat(kari).startsWith(Sealer.PSEUDONYM).doesNotContain("kari");
        assertThat(sealer(key(1)).pseudonym("fjordvekst", "idporten.kari")).isEqualTo(kari);
        assertThat(sealer.pseudonym("lysheim", "idporten.kari")).isNotEqualTo(kari);
        assertThat(sealer.pseudonyms("fjordvekst", "idporten.kari"))
                .as("a tenant from after Tink has no earlier pseudonym")
                .containsExactly(kari);
        Document stored = mongo.findById("fjordvekst", Document.class, "tenant_keys");
        assertThat(stored.getString("pseudonyms")).isNotEqualTo(stored.getString("content"));
    }

    @Test
    void a_new_master_key_encrypts_every_tenants_keys_again_and_what_was_sealed_still_opens() {
        var before = sealer(key(1));
        String sealed = before.in("fjordvekst", "complaints", "c-1").seal("complaint.subject", "Maten er kald");
        String other = before.in("lysheim", "complaints", "c-2").seal("complaint.subject", "Bussen kom ikke");
        String kari = before.pseudonym("fjordvekst", "idporten.kari");

        var rotating = new TenantKeys(mongo, key(2), List.of(key(1)), Clock.systemUTC());
        assertThat(rotating.rewrapAll()).isEqualTo(2);
        assertThat(rotating.rewrapAll()).as("again: nothing left to do").isZero();

        var after = sealer(key(2));
        assertThat(after.in("fjordvekst", "complaints", "c-1").open("complaint.subject", sealed))
                .isEqualTo("Maten er kald");
        assertThat(after.in("lysheim", "complaints", "c-2").open("complaint.subject", other))
                .isEqualTo("Bussen kom ikke");
        assertThat(after.pseudonym("fjordvekst", "idporten.kari")).isEqualTo(kari);
        // The old master key alone opens nothing any more.
        assertThatThrownBy(() ->
                        sealer(key(1)).in("fjordvekst", "complaints", "c-1").open("complaint.subject", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TenantKeys(mongo, key(3), Clock.systemUTC()).rewrapAll())
                .hasMessageContaining("neither the current nor a previous one");
    }

    @Test
    void a_rotated_content_key_seals_from_then_on_and_the_earlier_key_still_opens_what_it_sealed() {
        Instant monday = Instant.parse("2026-12-07T08:00:00Z");
        var keys = new TenantKeys(mongo, key(1), Clock.fixed(monday, ZoneOffset.UTC));
        var sealer = new Sealer(keys);
        var complaint = sealer.in("fjordvekst", "complaints", "c-1");
        byte[] before = Base64.getDecoder()
                .decode(complaint.seal("complaint.subject", "Før").substring(Sealer.PREFIX.length()));
        String sealedBefore = complaint.seal("complaint.subject", "Maten er kald");

        var later = new TenantKeys(mongo, key(1), Clock.fixed(monday.plusSeconds(3600), ZoneOffset.UTC));
        assertThat(later.rotateContentKeys(monday.plusSeconds(60))).isEqualTo(1);
        assertThat(later.rotateContentKeys(monday.plusSeconds(60)))
                .as("the same instant again: rotated since, left alone")
                .isZero();

        var after = new Sealer(later).in("fjordvekst", "complaints", "c-1");
        byte[] afterwards = Base64.getDecoder()
                .decode(after.seal("complaint.subject", "Etter").substring(Sealer.PREFIX.length()));
        // Tink's output prefix: a version byte and the id of the key that sealed.
        assertThat(Arrays.copyOfRange(afterwards, 0, 5)).isNotEqualTo(Arrays.copyOfRange(before, 0, 5));
        assertThat(after.open("complaint.subject", sealedBefore)).isEqualTo("Maten er kald");
    }
}
