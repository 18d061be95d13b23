package no.klagesak.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with seven differences, each found by profiling the local stack under load, where
 * the stand-in otherwise measured itself rather than the services:
 *
 * <ul>
 *   <li>a query that names one {@code _id} finds its document through the {@code _id} index whatever else it asks, as
 *       MongoDB does. The library uses an index only for a query on exactly the index's fields, so {@code {_id: x,
 *       tenantId: t}} (every tenant-scoped lookup by id) read the whole collection;
 *   <li>unique indexes order their keys by value ({@link ValueOrderedIndex}), not by comparing Java serialisations;
 *   <li>a query that asks whether a path exists looks only at the documents known to have it, as a sparse index
 *       would (the library read the whole collection for the outbox relay's query five times a second);
 *   <li>a query for a range of a path's values ({@code {receivedAt: {$gte: a, $lt: b}, …}}) looks only at the documents
 *       whose value lies in it, as an index on that path would (reporting's rollups read a minute's facts at a time,
 *       which was a read of every fact each time);
 *   <li>a larger page cache ({@link #CACHE_MB});
 *   <li>a query answers copies of the documents, never ones an update is changing at that moment;
 *   <li>it answers {@code hello}, the command Spring Boot's MongoDB health check sends (the library knows only its
 *       older name {@code isMaster}), so the applications' readiness asks the store here as it does MongoDB.
 * </ul>
 */
final class StandInH2Backend extends H2Backend {

    /**
     * H2 keeps 16 MB of the file's pages in memory by default; beyond that every read deserialises a page again (Java
     * serialisation of each document in it): at 50 complaints/s a warm stack spent a fifth of the launcher's time
     * there. A larger cache holds what the local stack and its benchmark store.
     */
    static final int CACHE_MB = 256;

    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");

    StandInH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("hello")) {
            Document answer = super.handleCommand(channel, databaseName, "isMaster", query);
            answer.put("isWritablePrimary", true);
            return answer;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** An inner class: H2Database's constructor opens collections before a field of this class could be set. */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            // The map name H2Database gives an index, so dropping a collection or an index drops this map too.
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            return ValueOrderedIndex.open(getMvStore(), mapName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The same map names as H2Database, so a data folder written before reads the same.
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            return new Collection(
                    this,
                    collectionName,
                    options,
                    store.openMap("databases." + namespace),
                    store.openMap("meta." + namespace),
                    getCursorRegistry());
        }
    }

    private static final class Collection extends H2Collection {

        Collection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        /**
         * Per path a query asked to exist ({@code {path: {$exists: true}}}, as the outbox relay asks every 200 ms and
         * notification's sending round with more conditions): the
         * positions of the documents in which it does, found by one scan when first asked and kept as documents are
         * written, as MongoDB's sparse index on that path would be. In memory only; rebuilt after a restart.
         */
        private final Map<String, Set<Object>> existing = new ConcurrentHashMap<>();

        /**
         * Per path a query asked for a range of ({@code {path: {$gte: a, $lt: b}}}, as reporting asks for a minute's
         * facts): the documents ordered by their value there, found by one scan when first asked and kept as
         * documents are written. In memory only; rebuilt after a restart.
         */
        private final Map<String, ValueOrder> ranges = new ConcurrentHashMap<>();

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
            String path = existing(query);
            if (path != null) {
                // Every document that matches has the path; every condition is still matched against each.
                Set<Object> positions = existing.computeIfAbsent(path, this::scan);
                return matchDocuments(query, List.copyOf(positions), orderBy, skip, limit, batchSize, fields);
            }
            Object id = query.get("_id");
            // One plain value; an operator ($in, a regular expression …) is left to the library.
            boolean oneId = id instanceof String || id instanceof Number || id instanceof UUID;
            String ranged = oneId ? null : ranged(query);
            if (ranged != null) {
                // Every document whose value lies in the range, and those with no single value to order by; every
                // condition is still matched against each.
                List<Object> positions =
                        ranges.computeIfAbsent(ranged, this::order).within((Document) query.get(ranged));
                return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields);
            }
            if (query.size() > 1 && oneId) {
                for (Index<Object> index : getIndexes()) {
                    if ("_id_".equals(index.getName())) {
                        // Every field of the query is still matched against the one document found.
                        return matchDocuments(
                                query,
                                index.getPositions(new Document("_id", id)),
                                orderBy,
                                skip,
                                limit,
                                batchSize,
                                fields);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
        }

        /**
         * Copies of the documents a query matched, made while the collection is locked. The library changes a document
         * it updates in place, and answers the stored documents themselves, which it encodes after the lock is let go:
         * an answer could show a document half-changed, or fail to encode while it changed
         * ({@code ConcurrentModificationException}); found when reporting's rounds read the minute its consumer was
         * counting into. MongoDB answers each query from a consistent copy. Only what matched is copied.
         */
        @Override
        protected QueryResult matchDocumentsFromStream(
                Document query,
                Stream<Document> documents,
                int skip,
                int limit,
                int batchSize,
                Comparator<Document> order,
                Document fields) {
            return super.matchDocumentsFromStream(
                    query,
                    documents.filter(d -> documentMatchesQuery(d, query)).map(Document::cloneDeeply),
                    skip,
                    limit,
                    batchSize,
                    order,
                    fields);
        }

        /** The same for the document a find-and-modify answers (the one just changed, or before the change). */
        @Override
        public synchronized Document findAndModify(Document query) {
            Document answer = super.findAndModify(query);
            return answer == null ? null : answer.cloneDeeply();
        }

        @Override
        protected Object addDocumentInternal(Document document) {
            Object position = super.addDocumentInternal(document);
            note(position, document);
            return position;
        }

        @Override
        protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument);
            note(position, newDocument);
        }

        @Override
        protected void removeDocument(Object position) {
            super.removeDocument(position);
            existing.values().forEach(positions -> positions.remove(position));
            ranges.values().forEach(order -> order.remove(position));
        }

        @Override
        public void drop() {
            super.drop();
            existing.clear();
            ranges.clear();
        }

        private void note(Object position, Document document) {
            ranges.values().forEach(order -> order.put(position, document));
            existing.forEach((path, positions) -> {
                if (documentMatchesQuery(document, exists(path))) {
                    positions.add(position);
                } else {
                    positions.remove(position);
                }
            });
        }

        private ValueOrder order(String path) {
            ValueOrder order = new ValueOrder(path);
            streamAllDocumentsWithPosition().forEach(found -> order.put(found.getPosition(), found.getDocument()));
            return order;
        }

        /**
         * A path the query asks a range of with plain values ({@code {path: {$gte: a, $lt: b}}}, nothing else on that
         * path), else null.
         */
        private static String ranged(Document query) {
            for (Map.Entry<String, Object> condition : query.entrySet()) {
                if (!condition.getKey().startsWith("$")
                        && condition.getValue() instanceof Document operators
                        && !operators.isEmpty()
                        && operators.entrySet().stream()
                                .allMatch(o -> RANGE.contains(o.getKey())
                                        && o.getValue() != null
                                        && !(o.getValue() instanceof List<?>)
                                        && !(o.getValue() instanceof Document))) {
                    return condition.getKey();
                }
            }
            return null;
        }

        private Set<Object> scan(String path) {
            Set<Object> positions = ConcurrentHashMap.newKeySet();
            Document query = exists(path);
            streamAllDocumentsWithPosition()
                    .filter(found -> documentMatchesQuery(found.getDocument(), query))
                    .forEach(found -> positions.add(found.getPosition()));
            return positions;
        }

        private static Document exists(String path) {
            return new Document(path, new Document("$exists", true));
        }

        /**
         * A path the query asks to exist ({@code {path: {$exists: true}, …}}, also beside other operators on the same
         * path, as {@code {$exists: true, $in: [true]}}), else null.
         */
        private static String existing(Document query) {
            for (Map.Entry<String, Object> condition : query.entrySet()) {
                if (!condition.getKey().startsWith("$")
                        && condition.getValue() instanceof Document operator
                        && Boolean.TRUE.equals(operator.get("$exists"))) {
                    return condition.getKey();
                }
            }
            return null;
        }
    }
}
