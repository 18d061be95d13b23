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
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with three differences, each found by profiling the local stack under load, where
 * the stand-in otherwise measured itself rather than the services:
 *
 * <ul>
 *   <li>a query that names one {@code _id} finds its document through the {@code _id} index whatever else it asks, as
 *       MongoDB does. The library uses an index only for a query on exactly the index's fields, so {@code {_id: x,
 *       tenantId: t}} (every tenant-scoped lookup by id) read the whole collection;
 *   <li>unique indexes order their keys by value ({@link ValueOrderedIndex}), not by comparing Java serialisations;
 *   <li>a larger page cache ({@link #CACHE_MB}).
 * </ul>
 */
final class StandInH2Backend extends H2Backend {

    /**
     * H2 keeps 16 MB of the file's pages in memory by default; beyond that every read deserialises a page again (Java
     * serialisation of each document in it): at 50 complaints/s a warm stack spent a fifth of the launcher's time
     * there. A larger cache holds what the local stack and its benchmark store.
     */
    static final int CACHE_MB = 256;

    StandInH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
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
                org.h2.mvstore.MVMap<Object, Document> data,
                org.h2.mvstore.MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
            Object id = query.get("_id");
            // One plain value; an operator ($in, a regular expression …) is left to the library.
            boolean oneId = id instanceof String || id instanceof Number || id instanceof java.util.UUID;
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
    }
}
