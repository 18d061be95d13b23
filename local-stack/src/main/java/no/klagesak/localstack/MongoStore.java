package no.klagesak.localstack;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible store (mongo-java-server) whose H2 backend keeps the data in a file across restarts. It
 * has no transactions and no change streams; the services need neither (docs/adr/0003).
 */
final class MongoStore implements AutoCloseable {

    private final MongoServer server;

    private MongoStore(MongoServer server) {
        this.server = server;
    }

    static MongoStore start(Path dataDir) throws IOException {
        return start(dataDir, Ports.MONGO);
    }

    static MongoStore start(Path dataDir, int port) throws IOException {
        Path dir = dataDir.resolve("mongo");
        Files.createDirectories(dir);
        MongoServer server =
                new MongoServer(new StandInH2Backend(dir.resolve("klagesak.mv").toString()));
        server.bind("127.0.0.1", port);
        return new MongoStore(server);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
