package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.klagesak.intake.complaint.application.port.ReceiptCodeHashes;
import no.klagesak.intake.complaint.model.ReceiptCode;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.stereotype.Component;

/**
 * bcrypt with one random salt per tenant, so a code can be looked up by its hash (as GlobaLeaks does with its
 * receipts) while each guess still costs the full work factor. The salt is made once per tenant, by an upsert that
 * keeps the first one when two instances race.
 */
@Component
class BcryptReceiptCodeHashes implements ReceiptCodeHashes {

    static final String COLLECTION = "receiptCodeSalts";

    private final MongoTemplate mongo;
    private final int cost;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> salts = new ConcurrentHashMap<>();

    BcryptReceiptCodeHashes(MongoTemplate mongo, @Value("${klagesak.intake.receipt-code.cost:12}") int cost) {
        this.mongo = mongo;
        this.cost = cost;
    }

    @Override
    public String hash(String tenantId, ReceiptCode code) {
        return BCrypt.hashpw(code.digits(), salts.computeIfAbsent(tenantId, this::salt));
    }

    private String salt(String tenantId) {
        Document stored = mongo.findAndModify(
                query(where("_id").is(tenantId)),
                new Update().setOnInsert("salt", BCrypt.gensalt(cost, random)),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        return stored.getString("salt");
    }
}
