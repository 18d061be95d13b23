package no.klagesak.tenants.account.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.klagesak.tenants.account.AccountStates;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoAccountStates implements AccountStates {

    private final MongoTemplate mongo;

    MongoAccountStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("staff_accounts")
    record StateDocument(
            @Id String id,
            String tenantId,
            String personId,
            @Nullable String fingerprint,
            @Nullable List<String> granted,
            @Nullable Instant invitationClaimed) {

        AccountState state() {
            return new AccountState(
                    tenantId,
                    personId,
                    fingerprint == null ? "" : fingerprint,
                    granted == null ? Set.of() : Set.copyOf(granted),
                    invitationClaimed);
        }
    }

    private static String id(String tenantId, String personId) {
        return tenantId + "/" + personId;
    }

    @Override
    public Map<String, AccountState> of(String tenantId) {
        return mongo.find(query(where("tenantId").is(tenantId)), StateDocument.class).stream()
                .collect(Collectors.toMap(StateDocument::personId, StateDocument::state));
    }

    @Override
    public void synced(String tenantId, String personId, String fingerprint, Set<String> granted) {
        mongo.upsert(
                query(where("_id").is(id(tenantId, personId))),
                new Update()
                        .set("tenantId", tenantId)
                        .set("personId", personId)
                        .set("fingerprint", fingerprint)
                        .set("granted", granted.stream().sorted().toList()),
                StateDocument.class);
    }

    @Override
    public boolean claimInvitation(String tenantId, String personId, Instant at) {
        try {
            var before = mongo.findAndModify(
                    query(where("_id")
                            .is(id(tenantId, personId))
                            .and("invitationClaimed")
                            .is(null)),
                    new Update()
                            .set("tenantId", tenantId)
                            .set("personId", personId)
                            .set("invitationClaimed", at),
                    FindAndModifyOptions.options().upsert(true).returnNew(false),
                    StateDocument.class);
            // Claimed: either it matched an unclaimed state, or the upsert made the first one.
            return before == null || before.invitationClaimed() == null;
        } catch (DuplicateKeyException claimedMeanwhile) {
            return false;
        }
    }

    @Override
    public void releaseInvitation(String tenantId, String personId) {
        mongo.updateFirst(
                query(where("_id").is(id(tenantId, personId))),
                new Update().unset("invitationClaimed"),
                StateDocument.class);
    }
}
