package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.ServerSocket;
import java.nio.file.Path;
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

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
