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
    private final ValueComparator order = ValueComparator.ascWithoutListHandling();
    private final NavigableMap<Object, Set<Object>> byValue = new ConcurrentSkipListMap<>(order);
    private final Set<Object> apart = ConcurrentHashMap.newKeySet();
    private final Map<Object, Object> valueAt = new ConcurrentHashMap<>();

    ValueOrder(String path) {
        this.path = path;
    }

    /** One side of a range. */
    private record Bound(Object value, boolean inclusive) {}

    /** Of two bounds on one side, the one that lets fewer values in; {@code direction} 1 for lower, -1 for upper. */
    private Bound tighter(Bound current, Bound next, int direction) {
        if (current == null) return next;
        int compared = order.compare(next.value(), current.value()) * direction;
        if (compared != 0) return compared > 0 ? next : current;
        return current.inclusive() ? next : current;
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
        // The tightest of each side's bounds ({$gte: 5, $gt: 3} is from 5), then one range of the map.
        Bound lower = null;
        Bound upper = null;
        for (var condition : range.entrySet()) {
            Object value = condition.getValue();
            switch (condition.getKey()) {
                case "$gte" -> lower = tighter(lower, new Bound(value, true), 1);
                case "$gt" -> lower = tighter(lower, new Bound(value, false), 1);
                case "$lte" -> upper = tighter(upper, new Bound(value, true), -1);
                case "$lt" -> upper = tighter(upper, new Bound(value, false), -1);
                default -> throw new IllegalArgumentException("not a range: " + condition.getKey());
            }
        }
        NavigableMap<Object, Set<Object>> in = byValue;
        if (lower != null && upper != null && order.compare(lower.value(), upper.value()) > 0) {
            return positions; // an upper bound below the lower one: no value lies in it
        }
        if (lower != null) in = in.tailMap(lower.value(), lower.inclusive());
        if (upper != null) in = in.headMap(upper.value(), upper.inclusive());
        in.values().forEach(positions::addAll);
        return positions;
    }
}
