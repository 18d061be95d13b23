package no.klagesak.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * The web's session database on the local stack: an H2 server (TCP) in the launcher, which every web instance connects
 * to, as each connects to PostgreSQL in compose and Kubernetes (docs/adr/0020). PostgreSQL itself cannot run here: it
 * refuses to run as root, and everything here does. The data is kept in a file, so a restarted stack keeps its logins.
 * The server takes connections from this machine only.
 */
final class SessionDatabase implements AutoCloseable {

    private final Server server;

    private SessionDatabase(Server server) {
        this.server = server;
    }

    /** The JDBC URL the web instances are given ({@code KLAGESAK_WEB_SESSIONS_URL}); the web's own default too. */
    static String url() {
        return "jdbc:h2:tcp://localhost:" + Ports.WEB_SESSIONS + "/web-sessions";
    }

    static SessionDatabase start(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("web-sessions");
        Files.createDirectories(dir);
        try {
            // -ifNotExists: the first web instance creates the database, with the user and password it is given.
            return new SessionDatabase(Server.createTcpServer(
                            "-tcpPort", String.valueOf(Ports.WEB_SESSIONS), "-ifNotExists", "-baseDir", dir.toString())
                    .start());
        } catch (SQLException e) {
            throw new IOException("The web's session database did not start on " + Ports.WEB_SESSIONS, e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
