package no.klagesak.support.sealing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Seals again, with the tenant's Tink keyset and bound to where it lives, every value in a collection that was sealed
 * before Tink ({@link Sealer#EARLIER}, and files sealed as bytes with the earlier data key). Each document is one
 * conditional write: the values are replaced only if they are still what was read, so a change made meanwhile is
 * never lost (the document is read again and tried once more). A collection is done once; the marker in {@value
 * #DONE} says when. Values sealed the earlier way after that (an old instance during a rolling update) still open
 * with the earlier key; deleting the marker makes the next start seal them again.
 */
public class Resealing {

    static final String DONE = "sealing_migrations";
    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final Sealer sealer;
    private final Clock clock;

    public Resealing(MongoTemplate mongo, Sealer sealer, Clock clock) {
        this.mongo = mongo;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** How many documents and values were sealed again. */
    public record Result(int documents, int values) {}

    private record Change(String path, String field, Object was, Object now) {}

    /**
     * Seals again what the collection holds sealed the earlier way; a collection already done is left alone.
     *
     * @param fileFields fields holding files sealed as bytes (no prefix tells how they were sealed)
     */
    public Result reseal(String collection, Set<String> fileFields) {
        if (mongo.exists(query(where("_id").is(collection)), DONE)) return new Result(0, 0);
        int documents = 0;
        int values = 0;
        for (Document read : mongo.findAll(Document.class, collection)) {
            Document document = read;
            for (int attempt = 1; document != null; attempt++) {
                List<Change> changes = changes(collection, document, fileFields);
                if (changes.isEmpty()) break;
                Query unchanged = query(where("_id").is(document.get("_id")));
                Update update = new Update();
                for (Change c : changes) {
                    unchanged.addCriteria(where(c.path()).is(c.was()));
                    update.set(c.path(), c.now());
                }
                beforeWriting(collection, document);
                if (mongo.updateFirst(unchanged, update, collection).getModifiedCount() == 1) {
                    documents++;
                    values += changes.size();
                    break;
                }
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("A document in " + collection + " kept changing while it was"
                            + " being sealed again: " + document.get("_id"));
                }
                document = mongo.findOne(query(where("_id").is(document.get("_id"))), Document.class, collection);
            }
        }
        mongo.upsert(
                query(where("_id").is(collection)),
                new Update().set("finishedAt", Date.from(clock.instant())).set("documents", documents),
                DONE);
        return new Result(documents, values);
    }

    /** Between reading a document and writing it sealed again: where a test lets another instance change it. */
    void beforeWriting(String collection, Document read) {}

    private List<Change> changes(String collection, Document document, Set<String> fileFields) {
        String tenantId = document.getString("tenantId");
        if (tenantId == null) return List.of();
        var fields = sealer.in(tenantId, collection, String.valueOf(document.get("_id")));
        var changes = new ArrayList<Change>();
        walk(document, "", "", fileFields, fields, changes);
        return changes;
    }

    private void walk(
            Object value, String path, String field, Set<String> fileFields, Sealer.Fields fields, List<Change> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                String name = String.valueOf(key);
                if (path.isEmpty() && name.equals("_id")) return;
                walk(
                        inner,
                        path.isEmpty() ? name : path + "." + name,
                        field.isEmpty() ? name : field + "." + name,
                        fileFields,
                        fields,
                        out);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(list.get(i), path + "." + i, field, fileFields, fields, out);
        } else if (value instanceof String text && text.startsWith(Sealer.EARLIER)) {
            out.add(new Change(path, field, text, fields.seal(field, fields.open(field, text))));
        } else if (value instanceof Binary file
                && fileFields.contains(field)
                && fields.earlier(field, file.getData())) {
            out.add(new Change(path, field, file, new Binary(fields.seal(field, fields.open(field, file.getData())))));
        }
    }
}
