package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void what_was_stored_is_still_there_after_a_restart() throws Exception {
        int port = freePort();
        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("klagesak-intake-service")
                    .getCollection("complaints")
                    .insertOne(new Document("_id", "c-1").append("tenantId", "fjordvekst"));
        }

        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Document found = client.getDatabase("klagesak-intake-service")
                    .getCollection("complaints")
                    .find(new Document("_id", "c-1"))
                    .first();
            assertThat(found).isNotNull();
            assertThat(found.getString("tenantId")).isEqualTo("fjordvekst");
        }
    }

    @Test
    void a_lookup_by_id_and_more_fields_matches_every_field() throws Exception {
        int port = freePort();
        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> cases =
                    client.getDatabase("klagesak-notification-service").getCollection("cases");
            cases.insertOne(
                    new Document("_id", "c-1").append("tenantId", "fjordvekst").append("state", "RECEIVED"));
            cases.insertOne(
                    new Document("_id", "c-2").append("tenantId", "lysheim").append("state", "RECEIVED"));

            assertThat(cases.find(new Document("_id", "c-1").append("tenantId", "fjordvekst"))
                            .first())
                    .containsEntry("state", "RECEIVED");
            assertThat(cases.find(new Document("_id", "c-1").append("tenantId", "lysheim"))
                            .first())
                    .as("another tenant's id finds nothing")
                    .isNull();
            assertThat(cases.findOneAndUpdate(
                            new Document("_id", "c-2")
                                    .append("tenantId", "lysheim")
                                    .append("state", "RECEIVED"),
                            Updates.set("state", "ASSIGNED"),
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                    .containsEntry("state", "ASSIGNED");
            assertThat(cases.updateOne(
                                    new Document("_id", "c-2").append("state", "RECEIVED"),
                                    Updates.set("state", "CLOSED"))
                            .getModifiedCount())
                    .as("a condition on another field still holds")
                    .isZero();
            assertThat(cases.find(new Document("_id", new Document("$in", List.of("c-1", "c-2")))
                                    .append("state", "ASSIGNED"))
                            .into(new ArrayList<>()))
                    .extracting(d -> d.getString("_id"))
                    .containsExactly("c-2");
        }
    }

    @Test
    void reads_a_data_folder_the_plain_h2_backend_wrote() throws Exception {
        int port = freePort();
        Path file = dataDir.resolve("mongo");
        java.nio.file.Files.createDirectories(file);
        MongoServer plain =
                new MongoServer(new H2Backend(file.resolve("klagesak.mv").toString()));
        plain.bind("127.0.0.1", port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("klagesak-intake-service")
                    .getCollection("complaints")
                    .insertOne(new Document("_id", "c-1").append("tenantId", "fjordvekst"));
        } finally {
            plain.shutdown();
        }

        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            assertThat(client.getDatabase("klagesak-intake-service")
                            .getCollection("complaints")
                            .find(new Document("_id", "c-1").append("tenantId", "fjordvekst"))
                            .first())
                    .isNotNull();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
