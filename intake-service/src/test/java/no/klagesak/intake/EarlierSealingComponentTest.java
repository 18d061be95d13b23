package no.klagesak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.klagesak.support.sealing.Sealer;
import no.klagesak.support.sealing.TenantKeys;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A store written before Tink ({@code earlier-store/intake-9e325d3.json}: what the intake of commit 9e325d3 stored for
 * a logged-in complainant's complaint with a message, and for a complaint with a file, with its tenant's wrapped data
 * key): at start it is sealed again with the tenant's keysets, and staff, the complainant and the file read as before.
 */
@ComponentTest
class EarlierSealingComponentTest {

    private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate store;

    @Autowired
    TenantKeys keys;

    @Autowired
    @Qualifier("resealingEarlierValues")
    ApplicationRunner resealing;

    @Test
    void complaints_and_files_sealed_before_tink_are_sealed_again_at_start_and_read_as_before() throws Exception {
        Document earlier;
        try (var in = getClass().getResourceAsStream("/earlier-store/intake-9e325d3.json")) {
            earlier = Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // The tenant as it was: its earlier data key beside the keysets it may have been given meanwhile.
        Document key = earlier.getList("tenant_keys", Document.class).getFirst();
        store.upsert(
                query(where("_id").is("fjordvekst")),
                new Update().set("wrapped", key.getString("wrapped")),
                "tenant_keys");
        keys.rewrapAll();
        var complaints = earlier.getList("complaints", Document.class);
        for (Document c : complaints) {
            // Unique here (the shared store has complaints of other tests); neither is sealed.
            c.put("reference", "FJO-TIDLIG-" + UUID.randomUUID());
            c.put("outbox", java.util.List.of());
            store.insert(c, "complaints");
        }
        earlier.getList("attachments", Document.class).forEach(a -> store.insert(a, "attachments"));
        String withMessage = complaints.get(0).getString("_id");
        String withFile = complaints.get(1).getString("_id");
        Binary fileBefore =
                earlier.getList("attachments", Document.class).getFirst().get("content", Binary.class);

        store.remove(query(where("_id").in("complaints", "attachments")), "sealing_migrations");
        resealing.run(new DefaultApplicationArguments());

        for (String id : java.util.List.of(withMessage, withFile)) {
            assertThat(store.findById(id, Document.class, "complaints").toJson())
                    .doesNotContain(Sealer.EARLIER)
                    .contains(Sealer.PREFIX);
        }
        Document attachment = store.findOne(query(where("complaintId").is(withFile)), Document.class, "attachments");
        assertThat(attachment.get("content", Binary.class)).isNotEqualTo(fileBefore);

        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        String read = TestHttp.localhost(port)
                .get("/api/complaints/" + withMessage, handler)
                .body();
        assertThat(read)
                .contains("Maten før Tink", "Maten var kald hele høsten.", "Varm mat")
                .contains("Kari Tidlig", "kari.tidlig@example.org");

        // The complainant who sent it logged in still finds it: the pseudonym made then is matched as well.
        String kari = TestIssuer.shared().idPorten("idporten.earlier-kari");
        assertThat(TestHttp.localhost(port)
                        .get("/public/tenants/fjordvekst/my/complaints", kari)
                        .body())
                .contains(withMessage);
        assertThat(TestHttp.localhost(port)
                        .get("/public/tenants/fjordvekst/my/complaints/" + withMessage, kari)
                        .body())
                .contains("Det gjelder også lørdagene.");

        var file = TestHttp.json(TestHttp.localhost(port).get("/api/complaints/" + withFile, handler));
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/complaints/" + withFile + "/attachments/"
                                                + file.at("/attachments/0/id").asString()))
                                .header("Authorization", "Bearer " + handler)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.ISO_8859_1)).isEqualTo(PDF);
    }
}
