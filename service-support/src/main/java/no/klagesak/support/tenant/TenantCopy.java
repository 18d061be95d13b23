package no.klagesak.support.tenant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.TenantSnapshot;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The tenants as this service knows them: the latest snapshot of each, kept in memory and in the service's own store
 * (collection {@value #COLLECTION}). A snapshot replaces the kept one only when its revision is higher, so replays
 * and redeliveries change nothing.
 */
public class TenantCopy {

    static final String COLLECTION = "tenant_copy";

    private final MongoTemplate mongo;
    private final Map<String, TenantSnapshot> tenants = new ConcurrentHashMap<>();
    /** Notified whenever a snapshot is kept, for those waiting for one ({@link #await}). */
    private final Object arrivals = new Object();

    public TenantCopy(MongoTemplate mongo) {
        this.mongo = mongo;
        for (Document stored : mongo.findAll(Document.class, COLLECTION)) {
            var snapshot = read(stored.getString("json"));
            tenants.put(snapshot.tenantId(), snapshot);
        }
    }

    public Optional<TenantSnapshot> find(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    /**
     * The tenant once this copy holds what {@code enough} asks of it, waiting up to {@code atMost} for the tenant topic
     * to bring it: an event about a complaint may reach a service before the tenant, or the routine version the
     * complaint was received under, does (a new tenant's first complaint; a service that was away from the topic).
     * Empty when it did not come within the wait.
     */
    public Optional<TenantSnapshot> await(String tenantId, Predicate<TenantSnapshot> enough, Duration atMost)
            throws InterruptedException {
        long giveUp = System.nanoTime() + atMost.toNanos();
        synchronized (arrivals) {
            while (true) {
                Optional<TenantSnapshot> found = find(tenantId).filter(enough);
                long left = giveUp - System.nanoTime();
                if (found.isPresent() || left <= 0) return found;
                arrivals.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Every tenant kept, for work a service does for each tenant (a daily digest). */
    public Collection<TenantSnapshot> all() {
        return List.copyOf(tenants.values());
    }

    public int size() {
        return tenants.size();
    }

    /** Keeps the snapshot if it is newer than the one this instance keeps; returns whether it was. */
    public boolean apply(String json) {
        TenantSnapshot snapshot = read(json);
        TenantSnapshot kept = tenants.get(snapshot.tenantId());
        if (kept != null && kept.revision() >= snapshot.revision()) return false;
        try {
            // Conditional upsert: a stored higher revision makes the insert collide on _id, and nothing changes.
            mongo.upsert(
                    query(where("_id").is(snapshot.tenantId()).and("revision").lt(snapshot.revision())),
                    new Update().set("revision", snapshot.revision()).set("json", json),
                    COLLECTION);
        } catch (DuplicateKeyException storedAlready) {
            // Another replica on the same store (or this one before a restart) stored this revision or a newer one.
            // This instance's copy in memory still takes it: it reads every later revision from the topic too.
        }
        synchronized (arrivals) {
            tenants.merge(snapshot.tenantId(), snapshot, (a, b) -> a.revision() >= b.revision() ? a : b);
            arrivals.notifyAll();
        }
        return true;
    }

    private static TenantSnapshot read(String json) {
        EventEnvelope envelope = EventJson.read(json);
        if (envelope.data() instanceof TenantSnapshot snapshot) return snapshot;
        throw new IllegalArgumentException("Not a tenant snapshot: " + envelope.type());
    }
}
