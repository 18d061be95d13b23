package no.klagesak.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.klagesak.localstack.Ports;
import org.bson.conversions.Bson;

/**
 * What the local stack has in hand, read from its store and its broker: for tests that must start from a platform at
 * rest, and count their own complaints by id rather than by a difference of totals that another test's late
 * complaints could move.
 */
final class Settled {

    /** The collections whose documents carry an outbox of events still to publish, by database. */
    private static final Map<String, List<String>> OUTBOXES = Map.of(
            "klagesak-intake-service", List.of("complaints"),
            "klagesak-routing-service", List.of("cases"),
            "klagesak-notification-service", List.of("survey_invitations"),
            "klagesak-tenant-service", List.of("tenants"));

    /** One client for every look; it reconnects by itself when the store was restarted. */
    private static final MongoClient STORE = MongoClients.create("mongodb://localhost:" + Ports.MONGO);

    /** Longer than any one send takes (the mail server's timeouts are shorter). */
    private static final Duration SENDING = Duration.ofSeconds(30);

    private Settled() {}

    /**
     * Waits until the platform has nothing in hand: no event waits in an outbox, every consumer group has read every
     * record, no notice is due and unsent, and reporting has rolled up every month its facts changed (so the board's
     * figures are current); the same at two looks in a row. Looked at in this order, so work that moves on from one
     * to the next while the test looks is seen at the next.
     */
    static void await(Duration atMost) {
        int[] quietLooks = {0};
        org.awaitility.Awaitility.await()
                .atMost(atMost)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    boolean quiet =
                            waitingEvents() == 0 && KafkaTopics.lag() == 0 && dueNotices() == 0 && monthsBehind() == 0;
                    quietLooks[0] = quiet ? quietLooks[0] + 1 : 0;
                    return quietLooks[0] >= 2;
                });
    }

    /**
     * Months, hours and minutes whose complaints changed since reporting last rolled them up, or that a round is
     * rolling up (the board's figures lag behind them).
     */
    static long monthsBehind() {
        long behind = 0;
        for (String collection : List.of("rollups", "rollup_parts")) {
            behind += STORE.getDatabase("klagesak-reporting-service")
                    .getCollection(collection)
                    .countDocuments(Filters.or(Filters.exists("behindSince"), Filters.exists("claimedAt")));
        }
        return behind;
    }

    /** Events stored with their change but not yet published, in every service's outbox. */
    static long waitingEvents() {
        long waiting = 0;
        for (var database : OUTBOXES.entrySet()) {
            for (String collection : database.getValue()) {
                waiting += STORE.getDatabase(database.getKey())
                        .getCollection(collection)
                        .countDocuments(Filters.exists("outbox.occurredAt"));
            }
        }
        return waiting;
    }

    /**
     * Notices whose time has come that are not yet sent: waiting for their first try, or being sent now (claimed in
     * the last 30 s). A claim whose answer the store lost (the store restarted under it) is left to notification's
     * rule for stale claims, which takes it again after five minutes; it is not waited for here.
     */
    static long dueNotices() {
        Date now = new Date();
        Bson due = Filters.and(
                Filters.exists("outstanding"),
                Filters.or(
                        Filters.and(
                                Filters.eq("state", "SENDING"),
                                Filters.gt("claimedAt", new Date(now.getTime() - SENDING.toMillis()))),
                        Filters.and(Filters.eq("state", "PENDING"), Filters.lte("nextAttemptAt", now))));
        return STORE.getDatabase("klagesak-notification-service")
                .getCollection("notices")
                .countDocuments(due);
    }

    /** How many of these complaints' acknowledgements notification has tried to send, once or more. */
    static long triedAcknowledgements(Collection<String> complaintIds) {
        return STORE.getDatabase("klagesak-notification-service")
                .getCollection("notices")
                .countDocuments(Filters.and(
                        Filters.in("complaintId", complaintIds),
                        Filters.eq("kind", "ACKNOWLEDGEMENT"),
                        Filters.gte("attempts", 1)));
    }

    /** How many of these complaints reporting has recorded as facts for the board's statistics (one per id at most). */
    static long counted(Collection<String> complaintIds) {
        return STORE.getDatabase("klagesak-reporting-service")
                .getCollection("complaint_facts")
                .countDocuments(Filters.in("_id", complaintIds));
    }
}
