package no.klagesak.support.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-compatible server in this JVM (mongo-java-server), for tests. It speaks the real protocol, so the
 * real driver and Spring Data run against it. It has no transactions and no change streams; neither do we rely on them.
 */
public final class InMemoryMongo {

    private static MongoServer server;

    private InMemoryMongo() {}

    /** The URI of a server shared by the whole test JVM, started on first use. Append a database name. */
    public static synchronized String uri() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
