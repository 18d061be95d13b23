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

    /**
     * Answers {@code hello}, which Spring Boot's MongoDB health check (part of readiness) sends; the library knows only
     * its older name {@code isMaster}.
     */
    private static final class AnsweringHello extends MemoryBackend {
        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(
                io.netty.channel.Channel channel,
                String databaseName,
                String command,
                de.bwaldvogel.mongo.bson.Document query) {
            if (!command.equalsIgnoreCase("hello")) return super.handleCommand(channel, databaseName, command, query);
            var answer = super.handleCommand(channel, databaseName, "isMaster", query);
            answer.put("isWritablePrimary", true);
            return answer;
        }
    }

    /** The URI of a server shared by the whole test JVM, started on first use. Append a database name. */
    public static synchronized String uri() {
        if (server == null) {
            server = new MongoServer(new AnsweringHello());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
