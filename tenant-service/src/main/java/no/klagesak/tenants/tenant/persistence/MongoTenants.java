package no.klagesak.tenants.tenant.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.outbox.OutboxEntry;
import no.klagesak.tenants.tenant.Tenant;
import no.klagesak.tenants.tenant.Tenants;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each write stores the tenant and the snapshot event that announces it in one document, so a change is never stored
 * without being published, nor published without being stored.
 */
@Component
class MongoTenants implements Tenants {

    private final MongoTemplate mongo;

    MongoTenants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Tenant> findBy(String tenantId) {
        return Optional.ofNullable(mongo.findById(tenantId, TenantDocument.class))
                .map(TenantDocument::tenant);
    }

    @Override
    public List<Tenant> findAll() {
        return mongo.find(new Query().with(Sort.by("_id")), TenantDocument.class).stream()
                .map(TenantDocument::tenant)
                .toList();
    }

    @Override
    public List<Name> names() {
        var names = new Query().with(Sort.by("_id"));
        names.fields().include("tenant.name").include("tenant.active");
        return mongo.find(names, org.bson.Document.class, "tenants").stream()
                .map(d -> {
                    var tenant = d.get("tenant", org.bson.Document.class);
                    return new Name(d.getString("_id"), tenant.getString("name"), tenant.getBoolean("active", false));
                })
                .toList();
    }

    @Override
    public boolean addIfAbsent(Tenant tenant) {
        try {
            mongo.insert(new TenantDocument(tenant.id(), tenant, List.of(snapshotOf(tenant))));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public void update(Tenant tenant, long expectedRevision) {
        var result = mongo.updateFirst(
                query(where("_id").is(tenant.id()).and("tenant.revision").is(expectedRevision)),
                new Update()
                        .set("tenant", mongo.getConverter().convertToMongoType(tenant))
                        .push(OutboxEntry.FIELD, mongo.getConverter().convertToMongoType(snapshotOf(tenant))),
                TenantDocument.class);
        if (result.getModifiedCount() == 0) throw new ConcurrentChange(tenant.id());
    }

    /** The snapshot event of the tenant's latest revision, dated by the change that made it. */
    private static OutboxEntry snapshotOf(Tenant tenant) {
        return OutboxEntry.of(
                EventEnvelope.ofTenant(tenant.id(), tenant.history().getLast().at(), tenant.snapshot()));
    }

    @Document("tenants")
    record TenantDocument(@Id String id, Tenant tenant, List<OutboxEntry> outbox) {}
}
