package no.klagesak.support.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.klagesak.support.test.InMemoryMongo;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What was sealed before Tink, read from a store that the code of commit 9e325d3 wrote ({@code
 * earlier-store/sealing-9e325d3.json}: a tenant's wrapped data key, a document with sealed texts, a file, a pseudonym
 * and words sealed for an event): it opens, is sealed again bound to where it lives, and pseudonyms still match.
 */
class ResealingTest {

    private final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "resealing-" + UUID.randomUUID());
    private Document earlier;
    private Sealer sealer;
    private TenantKeys keys;

    @BeforeEach
    void a_copy_of_the_earlier_store() throws IOException {
        try (var in = getClass().getResourceAsStream("/earlier-store/sealing-9e325d3.json")) {
            earlier = Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        earlier.getList("tenant_keys", Document.class).forEach(k -> mongo.insert(k, "tenant_keys"));
        mongo.insert(earlier.get("document", Document.class), "complaints");
        keys = new TenantKeys(mongo, earlier.getString("masterKey"), Clock.systemUTC());
        sealer = new Sealer(keys);
    }

    private Document stored() {
        return mongo.findById("c-1", Document.class, "complaints");
    }

    @Test
    void what_was_sealed_before_opens_with_the_tenants_earlier_key() {
        var fields = sealer.in("fjordvekst", "complaints", "c-1");
        Document d = stored();

        assertThat(fields.open("subject", d.getString("subject"))).isEqualTo("Maten er kald");
        assertThat(fields.open("file", d.get("file", Binary.class).getData()))
                .isEqualTo("%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(sealer.pseudonyms("fjordvekst", "idporten.kari")).contains(d.getString("owner"));
        assertThat(new EventSealer(keys).open("fjordvekst", "any-case", earlier.getString("eventWords")))
                .isEqualTo("Du får medhold.");
    }

    @Test
    void resealing_binds_every_earlier_value_to_its_place_once_and_leaves_the_rest_as_it_was() {
        var resealing = new Resealing(mongo, sealer, Clock.systemUTC());

        var result = resealing.reseal("complaints", Set.of("file"));

        assertThat(result).isEqualTo(new Resealing.Result(1, 5));
        Document d = stored();
        assertThat(d.toJson()).doesNotContain(Sealer.EARLIER).contains(Sealer.PREFIX);
        var fields = sealer.in("fjordvekst", "complaints", "c-1");
        assertThat(fields.open("subject", d.getString("subject"))).isEqualTo("Maten er kald");
        assertThat(fields.open(
                        "complainant.email",
                        d.get("complainant", Document.class).getString("email")))
                .isEqualTo("kari@example.org");
        assertThat(d.getList("conversation", Document.class))
                .extracting(m -> fields.open("conversation.text", m.getString("text")))
                .containsExactly("Første melding", "Andre melding");
        assertThat(d.getList("conversation", Document.class))
                .extracting(m -> m.getString("id"))
                .containsExactly("m-1", "m-2");
        byte[] file = d.get("file", Binary.class).getData();
        assertThat(fields.earlier("file", file)).isFalse();
        assertThat(fields.open("file", file)).isEqualTo("%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(d.getString("marker")).isEqualTo("[slettet]");
        assertThat(d.getString("owner"))
                .as("a pseudonym cannot be made again without the value: it stays, and is matched")
                .isEqualTo(earlier.get("document", Document.class).getString("owner"));
        assertThat(resealing.reseal("complaints", Set.of("file"))).isEqualTo(new Resealing.Result(0, 0));
    }

    @Test
    void a_value_sealed_again_is_bound_to_its_field_and_does_not_open_elsewhere() {
        new Resealing(mongo, sealer, Clock.systemUTC()).reseal("complaints", Set.of("file"));
        String subject = stored().getString("subject");

        var elsewhere =
                List.of(sealer.in("fjordvekst", "complaints", "c-1"), sealer.in("fjordvekst", "complaints", "c-2"));
        assertThatThrownBy(() -> elsewhere.get(0).open("complainant.email", subject))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> elsewhere.get(1).open("subject", subject)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_document_changed_while_being_sealed_again_keeps_the_change() {
        var fields = sealer.in("fjordvekst", "complaints", "c-1");
        // Another instance adds a message between the read and the write: the conditional write misses, the document
        // is read again, and the new message is kept.
        var racing = new Resealing(mongo, sealer, Clock.systemUTC()) {
            boolean changed;

            @Override
            void beforeWriting(String collection, Document read) {
                if (changed) return;
                changed = true;
                mongo.updateFirst(
                        query(where("_id").is("c-1")),
                        new Update()
                                .push(
                                        "conversation",
                                        new Document("id", "m-3")
                                                .append("text", fields.seal("conversation.text", "Tredje melding"))),
                        "complaints");
            }
        };

        assertThat(racing.reseal("complaints", Set.of("file"))).isEqualTo(new Resealing.Result(1, 5));

        assertThat(stored().getList("conversation", Document.class))
                .extracting(m -> fields.open("conversation.text", m.getString("text")))
                .containsExactly("Første melding", "Andre melding", "Tredje melding");
        assertThat(stored().toJson()).doesNotContain(Sealer.EARLIER);
    }
}
