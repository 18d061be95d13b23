package no.klagesak.web.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.session.SessionFixationProtectionEvent;

/**
 * Which web session belongs to which Keycloak session, in the database every web replica shares: a back-channel logout
 * that Keycloak sends to any replica finds the session, wherever the user logged in. Spring Security's
 * {@code InMemoryOidcSessionRegistry} knows only its own replica's logins.
 *
 * <p>Kept as plain columns, not Java-serialized, so a new version of the web still finds the logins of the old one.
 * Spring Security registers a login before it gives the session a new id, and tells of the new id only by a
 * {@link SessionFixationProtectionEvent} (Spring Session sends no servlet session events): the registration follows it.
 * A registration whose session has ended, by logout or by expiry, is removed by {@link #forgetEndedSessions()}.
 */
public final class JdbcOidcSessionRegistry
        implements OidcSessionRegistry, ApplicationListener<SessionFixationProtectionEvent> {

    /** A login's request writes the registration before its session is saved; until then it is not an orphan. */
    static final Duration GRACE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(JdbcOidcSessionRegistry.class);

    private static final String COLUMNS =
            "SESSION_ID, ISSUER, SUBJECT, PROVIDER_SESSION_ID, AUDIENCE, ID_TOKEN, HEADERS";

    private final JdbcClient db;
    private final String sessionTable;
    private final Clock clock;

    /**
     * @param sessionTable Spring Session's table ({@code spring.session.jdbc.table-name}), to tell which sessions live
     */
    public JdbcOidcSessionRegistry(JdbcClient db, String sessionTable, Clock clock) {
        if (!sessionTable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a table name: " + sessionTable);
        }
        this.db = db;
        this.sessionTable = sessionTable;
        this.clock = clock;
    }

    @Override
    public void saveSessionInformation(OidcSessionInformation info) {
        OidcIdToken token = info.getPrincipal().getIdToken();
        db.sql("DELETE FROM KLAGESAK_OIDC_SESSION WHERE SESSION_ID = ?")
                .param(info.getSessionId())
                .update();
        db.sql("INSERT INTO KLAGESAK_OIDC_SESSION (" + COLUMNS + ", REGISTERED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        info.getSessionId(),
                        token.getIssuer().toString(),
                        token.getSubject(),
                        token.getClaimAsString("sid"),
                        String.join(" ", token.getAudience()),
                        token.getTokenValue(),
                        info.getAuthorities().entrySet().stream()
                                .map(header -> header.getKey() + ": " + header.getValue())
                                .collect(Collectors.joining("\n")),
                        clock.millis())
                .update();
    }

    @Override
    public @Nullable OidcSessionInformation removeSessionInformation(String clientSessionId) {
        List<OidcSessionInformation> found = db.sql(
                        "SELECT " + COLUMNS + " FROM KLAGESAK_OIDC_SESSION WHERE SESSION_ID = ?")
                .param(clientSessionId)
                .query(JdbcOidcSessionRegistry::information)
                .list();
        return found.stream().filter(this::removed).findFirst().orElse(null);
    }

    /**
     * The sessions a logout token names (by Keycloak's session id {@code sid}, or else every session of its subject),
     * from its issuer and for an audience they share; each is removed here and returned once, whichever replica asks.
     */
    @Override
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
        String issuer = token.getIssuer().toString();
        String sid = token.getSessionId();
        List<OidcSessionInformation> candidates = (sid != null
                        ? db.sql("SELECT " + COLUMNS
                                        + " FROM KLAGESAK_OIDC_SESSION WHERE ISSUER = ? AND PROVIDER_SESSION_ID = ?")
                                .params(issuer, sid)
                        : db.sql("SELECT " + COLUMNS + " FROM KLAGESAK_OIDC_SESSION WHERE ISSUER = ? AND SUBJECT = ?")
                                .params(issuer, token.getSubject()))
                .query(JdbcOidcSessionRegistry::information)
                .list();
        List<OidcSessionInformation> removed = new ArrayList<>();
        for (OidcSessionInformation candidate : candidates) {
            if (!Collections.disjoint(candidate.getPrincipal().getAudience(), token.getAudience())
                    && removed(candidate)) {
                removed.add(candidate);
            }
        }
        log.debug(
                "Keycloak ended its session {}: {} web session(s) of {} found to end",
                sid,
                removed.size(),
                candidates.size());
        return removed;
    }

    /** The session got a new id at login (session fixation protection): its registration follows. */
    @Override
    public void onApplicationEvent(SessionFixationProtectionEvent event) {
        db.sql("UPDATE KLAGESAK_OIDC_SESSION SET SESSION_ID = ? WHERE SESSION_ID = ?")
                .params(event.getNewSessionId(), event.getOldSessionId())
                .update();
    }

    /**
     * Removes the registrations whose session is gone from Spring Session's table (logged out, or expired and cleaned
     * up by Spring Session every minute), once they are older than a login's request could take. Every replica runs it;
     * it is one statement.
     */
    @Scheduled(cron = "${klagesak.web.sessions.cleanup-cron:30 * * * * *}")
    public void forgetEndedSessions() {
        int removed = db.sql("DELETE FROM KLAGESAK_OIDC_SESSION WHERE REGISTERED_AT < ? AND NOT EXISTS (SELECT 1 FROM "
                        + sessionTable + " s WHERE s.SESSION_ID = KLAGESAK_OIDC_SESSION.SESSION_ID)")
                .param(clock.millis() - GRACE.toMillis())
                .update();
        if (removed > 0) log.debug("Forgot the Keycloak sessions of {} ended web sessions", removed);
    }

    /** Removed by this call: when two replicas take the same registration, one of them gets it. */
    private boolean removed(OidcSessionInformation information) {
        return db.sql("DELETE FROM KLAGESAK_OIDC_SESSION WHERE SESSION_ID = ?")
                        .param(information.getSessionId())
                        .update()
                == 1;
    }

    private static OidcSessionInformation information(ResultSet row, int n) throws SQLException {
        Map<String, String> sentAlong = new LinkedHashMap<>();
        row.getString("HEADERS").lines().filter(line -> !line.isBlank()).forEach(line -> {
            int colon = line.indexOf(": ");
            sentAlong.put(line.substring(0, colon), line.substring(colon + 2));
        });
        // The claims a logout token is matched against; the rest of the ID token is not needed to end the session.
        var token = OidcIdToken.withTokenValue(row.getString("ID_TOKEN"))
                .issuer(row.getString("ISSUER"))
                .subject(row.getString("SUBJECT"))
                .audience(List.of(row.getString("AUDIENCE").split(" ")));
        String sid = row.getString("PROVIDER_SESSION_ID");
        if (sid != null) token.claim("sid", sid);
        return new OidcSessionInformation(
                row.getString("SESSION_ID"), sentAlong, new DefaultOidcUser(List.of(), token.build()));
    }
}
