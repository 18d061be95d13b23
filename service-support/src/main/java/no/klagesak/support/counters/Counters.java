package no.klagesak.support.counters;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Series of numbers kept in the store, one document per series ({@code value}), incremented atomically with
 * findAndModify: a number is never handed out twice, and one taken by a write that then fails is a gap.
 */
public final class Counters {

    private Counters() {}

    /** The next number of the series {@code id} in {@code collection}, from 1. */
    public static long next(MongoTemplate mongo, String collection, String id) {
        try {
            return increment(mongo, collection, id);
        } catch (DuplicateKeyException firstOfTheSeries) {
            // Two callers both created the series' document; the one that lost increments the one that won.
            return increment(mongo, collection, id);
        }
    }

    private static long increment(MongoTemplate mongo, String collection, String id) {
        Document counter = mongo.findAndModify(
                query(where("_id").is(id)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                collection);
        return ((Number) counter.get("value")).longValue();
    }
}
