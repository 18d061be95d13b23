package no.klagesak.localstack;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index of the stand-in, as mongo-java-server's {@code H2UniqueIndex} but with its keys ordered by value.
 * H2 orders objects it does not know (the library's {@link KeyValue} keys) by comparing the Java serialisations of
 * both at every step of every search: each insert checked each unique index that way, and at 80 complaints/s this
 * was a third of the launcher's time. Keys are stored as before, so a data folder from before is read; its index maps
 * are put in the new order once, when opened.
 */
final class ValueOrderedIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    private ValueOrderedIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    static ValueOrderedIndex open(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        MVMap<KeyValue, Object> map =
                store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
        putInOrder(map);
        return new ValueOrderedIndex(map, name, keys, sparse);
    }

    /** An index map written in the serialisations' order is written again in this one (the data is unchanged). */
    private static void putInOrder(MVMap<KeyValue, Object> map) {
        KeyValue previous = null;
        boolean ordered = true;
        for (KeyValue key : map.keySet()) {
            if (previous != null && map.getKeyType().compare(previous, key) >= 0) {
                ordered = false;
                break;
            }
            previous = key;
        }
        if (ordered) {
            return;
        }
        List<Map.Entry<KeyValue, Object>> entries = new ArrayList<>();
        for (Map.Entry<KeyValue, Object> entry : map.entrySet()) {
            entries.add(Map.entry(entry.getKey(), entry.getValue()));
        }
        map.clear();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /**
     * Keys by their values in MongoDB's order of BSON values, element by element; keys of equal values that are not
     * equal objects (an integer 1 and a double 1.0, say) by their serialisations as before, so that what counts as
     * the same key is exactly what it was. Stored as before ({@link ObjectDataType}); one per map, as H2
     * does (the type remembers the last kind of value it saw).
     */
    private static final class KeyOrder extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object a, Object b) {
            if (!(a instanceof KeyValue x) || !(b instanceof KeyValue y)) {
                return super.compare(a, b);
            }
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int byValue = VALUES.compare(x.get(i), y.get(i));
                if (byValue != 0) {
                    return byValue;
                }
            }
            if (x.size() != y.size()) {
                return Integer.compare(x.size(), y.size());
            }
            return x.equals(y) ? 0 : super.compare(a, b);
        }
    }
}
