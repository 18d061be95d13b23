package no.klagesak.tenants.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of a tenant's history: who changed what, when, and every setting's value before and after.
 *
 * @param what {@code onboarded}, {@code routine}, {@code organisation} or {@code evaluation}
 * @param routineVersion the routine version this change produced, when it produced one
 */
public record Change(
        Instant at, String by, String what, @Nullable Integer routineVersion, List<FieldChange> fields) {

    public Change {
        fields = List.copyOf(fields);
    }

    /** A setting's path and its value before and after, as text; null where the setting did not exist. */
    public record FieldChange(
            String field, @Nullable String from, @Nullable String to) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The settings that differ between two values of the same shape, by path, e.g. {@code deadlines.complaint.handling.amount}. */
    static List<FieldChange> between(@Nullable Object before, Object after) {
        Map<String, String> from = flatten(before == null ? null : JSON.valueToTree(before));
        Map<String, String> to = flatten(JSON.valueToTree(after));
        List<FieldChange> changes = new ArrayList<>();
        for (String field : new TreeSet<>(union(from, to))) {
            String a = from.get(field);
            String b = to.get(field);
            if (a == null ? b != null : !a.equals(b)) changes.add(new FieldChange(field, a, b));
        }
        return changes;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, String> flatten(@Nullable JsonNode node) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (node != null) flatten("", node, flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            node.properties().iterator();
                    fields.hasNext(); ) {
                var field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + key(node.get(i), i) + "]", node.get(i), flat);
            }
        } else if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asString()));
            flat.put(path, String.join(", ", values));
        } else if (!node.isNull()) {
            flat.put(path, node.asString());
        }
    }

    /** Items with a code or an id are keyed by it, so a reordered list is not reported as changed. */
    private static String key(JsonNode item, int index) {
        if (item.hasNonNull("code")) return item.get("code").asString();
        if (item.hasNonNull("id")) return item.get("id").asString();
        return String.valueOf(index);
    }
}
