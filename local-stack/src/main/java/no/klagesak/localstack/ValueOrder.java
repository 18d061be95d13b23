package no.klagesak.localstack;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The stand-in's documents of one collection ordered by their value at one path, as an index on that path orders
 * them: a query for a range of values reads those in it instead of every document. Values are ordered as the library
 * compares them in queries. A document whose value there is missing, a list or a document is kept apart and always
 * read, so what a range query is matched against is never less than what could match.
 */
final class ValueOrder {

    private static final Object APART = new Object();

    private final String path;
    private final NavigableMap<Object, Set<Object>> byValue =
            new ConcurrentSkipListMap<>(ValueComparator.ascWithoutListHandling());
    private final Set<Object> apart = ConcurrentHashMap.newKeySet();
    private final Map<Object, Object> valueAt = new ConcurrentHashMap<>();

    ValueOrder(String path) {
        this.path = path;
    }

    /** The document at the position was written (inserted or changed). */
    void put(Object position, Document document) {
        remove(position);
        Object value = Utils.getSubdocumentValue(document, path);
        if (value == null || value instanceof Missing || value instanceof Collection<?> || value instanceof Document) {
            apart.add(position);
            valueAt.put(position, APART);
        } else {
            byValue.computeIfAbsent(value, v -> ConcurrentHashMap.newKeySet()).add(position);
            valueAt.put(position, value);
        }
    }

    /** The document at the position was removed. */
    void remove(Object position) {
        Object value = valueAt.remove(position);
        if (value == null) return;
        if (value == APART) {
            apart.remove(position);
            return;
        }
        byValue.computeIfPresent(value, (v, positions) -> {
            positions.remove(position);
            return positions.isEmpty() ? null : positions;
        });
    }

    /** The positions of the documents whose value may lie in the range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}). */
    List<Object> within(Document range) {
        List<Object> positions = new ArrayList<>(apart);
        NavigableMap<Object, Set<Object>> in = byValue;
        try {
            if (range.containsKey("$gte")) in = in.tailMap(range.get("$gte"), true);
            if (range.containsKey("$gt")) in = in.tailMap(range.get("$gt"), false);
            if (range.containsKey("$lte")) in = in.headMap(range.get("$lte"), true);
            if (range.containsKey("$lt")) in = in.headMap(range.get("$lt"), false);
        } catch (IllegalArgumentException emptyRange) {
            // An upper bound below the lower one: no value lies in it.
            return positions;
        }
        in.values().forEach(positions::addAll);
        return positions;
    }
}
