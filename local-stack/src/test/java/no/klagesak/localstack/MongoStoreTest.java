package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
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

    /** What Spring Boot's MongoDB health check asks, so readiness works against the stand-in as against MongoDB. */
    @Test
    void the_store_answers_the_health_checks_hello_on_every_database() throws Exception {
        int port = freePort();
        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("klagesak-routing-service")
                    .getCollection("cases")
                    .insertOne(new Document("_id", "c-1"));
            List<String> names = client.listDatabaseNames().into(new ArrayList<>());
            assertThat(names).contains("klagesak-routing-service");
            for (String name : names) {
                Document hello = client.getDatabase(name).runCommand(new Document("hello", 1));
                assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
                assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
                assertThat(hello.getInteger("maxWireVersion")).isPositive();
            }
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
    void a_unique_index_refuses_a_second_document_with_the_same_key_and_finds_every_one() throws Exception {
        int port = freePort();
        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> processed =
                    client.getDatabase("klagesak-routing-service").getCollection("processed");
            processed.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
            List<String> ids = ids(300);
            for (String id : ids) {
                processed.insertOne(new Document("_id", id).append("eventId", "e-" + id));
            }

            assertThat(ids)
                    .allSatisfy(id -> assertThat(
                                    processed.find(new Document("_id", id)).first())
                            .containsEntry("eventId", "e-" + id));
            assertThat(duplicateKey(() -> processed.insertOne(new Document("_id", ids.get(7)))))
                    .isTrue();
            assertThat(duplicateKey(() ->
                            processed.insertOne(new Document("_id", "new").append("eventId", "e-" + ids.get(42)))))
                    .as("the application's own unique index")
                    .isTrue();
            processed.deleteOne(new Document("_id", ids.get(7)));
            processed.insertOne(new Document("_id", ids.get(7)).append("eventId", "again"));
            assertThat(processed.countDocuments()).isEqualTo(300);
        }
    }

    /** The outbox relay's question, five times a second: which documents have something pending? */
    @Test
    void a_query_whether_a_path_exists_follows_every_write_and_a_restart() throws Exception {
        int port = freePort();
        Document pending = new Document("outbox.occurredAt", new Document("$exists", true));
        // The same question in another form, answered by the library's own scan, to hold the shortcut to.
        Document pendingByScan = new Document(
                "outbox", new Document("$elemMatch", new Document("occurredAt", new Document("$exists", true))));
        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> cases =
                    client.getDatabase("klagesak-routing-service").getCollection("cases");
            cases.insertOne(new Document("_id", "a").append("outbox", List.of(entry())));
            cases.insertOne(new Document("_id", "b").append("outbox", List.of()));
            cases.insertOne(new Document("_id", "c"));
            assertThat(ids(cases, pending)).containsExactlyInAnyOrder("a");

            cases.updateOne(new Document("_id", "b"), Updates.push("outbox", entry()));
            cases.updateOne(new Document("_id", "a"), Updates.pull("outbox", new Document()));
            assertThat(ids(cases, pending)).containsExactlyInAnyOrder("b");

            cases.insertOne(new Document("_id", "d").append("outbox", List.of(entry())));
            cases.deleteOne(new Document("_id", "b"));
            cases.findOneAndUpdate(
                    new Document("_id", "e"),
                    Updates.push("outbox", entry()),
                    new FindOneAndUpdateOptions().upsert(true));
            cases.replaceOne(new Document("_id", "d"), new Document("_id", "d").append("handler", "h"));
            assertThat(ids(cases, pending))
                    .containsExactlyInAnyOrder("e")
                    .containsExactlyInAnyOrderElementsOf(ids(cases, pendingByScan));
            assertThat(ids(cases, new Document(pending).append("_id", new Document("$ne", "e"))))
                    .as("with more conditions, each still holds")
                    .isEmpty();
        }

        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> cases =
                    client.getDatabase("klagesak-routing-service").getCollection("cases");
            assertThat(ids(cases, pending)).as("after a restart").containsExactlyInAnyOrder("e");
        }
    }

    @Test
    void a_query_for_a_range_of_values_follows_every_write_and_matches_every_condition() throws Exception {
        int port = freePort();
        java.util.Date t0 = new java.util.Date(1_800_000_000_000L);
        java.util.function.IntFunction<java.util.Date> at =
                minutes -> new java.util.Date(t0.getTime() + 60_000L * minutes);
        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> facts =
                    client.getDatabase("klagesak-reporting-service").getCollection("complaint_facts");
            for (int i = 0; i < 10; i++) {
                facts.insertOne(new Document("_id", "f" + i)
                        .append("tenantId", i % 2 == 0 ? "a" : "b")
                        .append("receivedAt", at.apply(i)));
            }
            facts.insertOne(new Document("_id", "no-time").append("tenantId", "a"));
            facts.insertOne(
                    new Document("_id", "text-time").append("tenantId", "a").append("receivedAt", "soon"));
            facts.insertOne(new Document("_id", "list-time")
                    .append("tenantId", "a")
                    .append("receivedAt", List.of(at.apply(3), at.apply(30))));
            Document range = new Document("$gte", at.apply(2)).append("$lt", at.apply(6));
            Document ofA = new Document("tenantId", "a").append("receivedAt", range);
            // The same question in another form, answered by the library's own scan, to hold the shortcut to.
            Document ofAByScan = new Document("$and", List.of(ofA));
            assertThat(ids(facts, ofA))
                    .containsExactlyInAnyOrder("f2", "f4", "list-time")
                    .containsExactlyInAnyOrderElementsOf(ids(facts, ofAByScan));

            facts.updateOne(new Document("_id", "f4"), Updates.set("receivedAt", at.apply(8)));
            facts.updateOne(new Document("_id", "f6"), Updates.set("receivedAt", at.apply(5)));
            facts.deleteOne(new Document("_id", "f2"));
            facts.updateOne(new Document("_id", "no-time"), Updates.set("receivedAt", at.apply(3)));
            facts.findOneAndUpdate(
                    new Document("_id", "new"),
                    Updates.combine(Updates.set("tenantId", "a"), Updates.set("receivedAt", at.apply(2))),
                    new FindOneAndUpdateOptions().upsert(true));
            assertThat(ids(facts, ofA))
                    .containsExactlyInAnyOrder("f6", "no-time", "new", "list-time")
                    .containsExactlyInAnyOrderElementsOf(ids(facts, ofAByScan));
            assertThat(ids(facts, new Document("receivedAt", new Document("$gt", at.apply(8)))))
                    .as("one bound, exclusive")
                    .containsExactlyInAnyOrder("f9", "list-time");
            assertThat(ids(
                            facts,
                            new Document("receivedAt", new Document("$gte", at.apply(6)).append("$lte", at.apply(2)))))
                    .as("an empty range")
                    .isEmpty();
            Document twoLower =
                    new Document("receivedAt", new Document("$gte", at.apply(8)).append("$gt", at.apply(7)));
            assertThat(ids(facts, twoLower))
                    .as("the tighter of two lower bounds")
                    .containsExactlyInAnyOrder("f4", "f8", "f9", "list-time")
                    .containsExactlyInAnyOrderElementsOf(ids(facts, new Document("$and", List.of(twoLower))));
            Document twoUpper =
                    new Document("receivedAt", new Document("$lte", at.apply(1)).append("$lt", at.apply(9)));
            assertThat(ids(facts, twoUpper))
                    .as("the tighter of two upper bounds")
                    .contains("f0", "f1")
                    .containsExactlyInAnyOrderElementsOf(ids(facts, new Document("$and", List.of(twoUpper))));
        }
    }

    @Test
    void a_query_never_answers_a_document_half_changed_by_an_update_at_the_same_moment() throws Exception {
        int port = freePort();
        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> parts =
                    client.getDatabase("klagesak-reporting-service").getCollection("rollup_parts");
            // "a" and "b" always change together, with many values between them, so a copy encoded while an update
            // changes them shows two values.
            parts.insertOne(new Document("_id", "m")
                    .append("a", 0)
                    .append("counts", new Document())
                    .append("b", 0));
            var stop = new java.util.concurrent.atomic.AtomicBoolean();
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int i = 1; !stop.get(); i++) {
                    Document counts = new Document();
                    for (int k = 0; k < 2_000; k++) counts.append("k" + k, i);
                    parts.updateOne(
                            new Document("_id", "m"),
                            Updates.combine(Updates.set("a", i), Updates.set("b", i), Updates.set("counts", counts)));
                }
            });
            try {
                for (int read = 0; read < 3_000; read++) {
                    Document found = parts.find(new Document("a", new Document("$gte", 0)))
                            .first();
                    assertThat(found).isNotNull();
                    assertThat(found.getInteger("b")).as("read %d", read).isEqualTo(found.getInteger("a"));
                }
            } finally {
                stop.set(true);
                writer.join();
            }
        }
    }

    private static Document entry() {
        return new Document("eventId", java.util.UUID.randomUUID().toString())
                .append("occurredAt", new java.util.Date());
    }

    private static List<String> ids(MongoCollection<Document> collection, Document query) {
        return collection.find(query).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    @Test
    void reads_a_data_folder_the_plain_h2_backend_wrote() throws Exception {
        int port = freePort();
        Path file = dataDir.resolve("mongo");
        java.nio.file.Files.createDirectories(file);
        MongoServer plain =
                new MongoServer(new H2Backend(file.resolve("klagesak.mv").toString()));
        plain.bind("127.0.0.1", port);
        // Ids of several lengths and kinds: the plain backend ordered its index by their serialisations.
        List<Object> ids = new ArrayList<>(ids(200));
        ids.addAll(List.of(7, 12L, 3.5, "b-", "aa-"));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> complaints =
                    client.getDatabase("klagesak-intake-service").getCollection("complaints");
            for (Object id : ids) {
                complaints.insertOne(new Document("_id", id).append("tenantId", "fjordvekst"));
            }
        } finally {
            plain.shutdown();
        }

        try (MongoStore ignored = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> complaints =
                    client.getDatabase("klagesak-intake-service").getCollection("complaints");
            assertThat(ids)
                    .allSatisfy(id -> assertThat(complaints
                                    .find(new Document("_id", id).append("tenantId", "fjordvekst"))
                                    .first())
                            .as("found by id " + id)
                            .isNotNull());
            assertThat(duplicateKey(() -> complaints.insertOne(new Document("_id", "aa-"))))
                    .isTrue();
            complaints.insertOne(new Document("_id", "c-new"));
            assertThat(complaints.find(new Document("_id", "c-new")).first()).isNotNull();
        }
    }

    /** Ids of lengths 1 to 12, in no order. */
    private static List<String> ids(int count) {
        java.util.Random random = new java.util.Random(42);
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            String id = Long.toString(Math.abs(random.nextLong()), 36).substring(0, 1 + random.nextInt(12));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static boolean duplicateKey(Runnable write) {
        try {
            write.run();
            return false;
        } catch (MongoWriteException e) {
            return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
