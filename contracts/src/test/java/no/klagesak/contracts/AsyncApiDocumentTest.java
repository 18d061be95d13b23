package no.klagesak.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AsyncAPI document of the topics ({@code asyncapi.yaml} beside these classes) says what the approval tests pin:
 * every event type has its message, each message's example is the approved JSON, and its schema names exactly the
 * fields the approved JSON has. The dead-letter channels are the ones the services are configured with.
 */
class AsyncApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path APPROVED = Path.of("src/test/java/no/klagesak/contracts");

    @Test
    void every_approved_event_is_a_message_whose_example_is_the_approved_json() throws IOException {
        Map<String, Object> document = document();
        Map<String, List<JsonNode>> approved = approved();
        Map<String, Map<String, Object>> messages =
                map(map(document.get("components")).get("messages"));
        Map<String, Map<String, Object>> byType = new HashMap<>();
        messages.values().forEach(m -> byType.put((String) m.get("name"), m));

        assertThat(byType.keySet()).containsExactlyInAnyOrderElementsOf(approved.keySet());
        approved.forEach((type, examples) -> {
            List<JsonNode> documented = list(byType.get(type).get("examples")).stream()
                    .map(e -> JSON.valueToTree(((Map<?, ?>) e).get("payload")))
                    .map(JsonNode.class::cast)
                    .toList();
            assertThat(documented).as(type).containsExactlyInAnyOrderElementsOf(examples);
        });
    }

    /**
     * Each message's schema has every field its approved JSON has, and its data names exactly the fields of the event's
     * Java record: also those left out of the JSON when they are not set (a step's words for the complainant, whom a
     * case concerns), which no approved example shows.
     */
    @Test
    void every_message_schema_names_the_fields_of_its_approved_json_and_of_its_record() throws IOException {
        Map<String, List<JsonNode>> approved = approved();
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, Object>> messages =
                map(map(document().get("components")).get("messages"));
        for (Map<String, Object> message : messages.values()) {
            String type = (String) message.get("name");
            Map<String, Object> payload = map(message.get("payload"));
            Set<String> documented = fields("", payload);
            Set<String> pinned = new TreeSet<>();
            approved.get(type).forEach(example -> pinned.addAll(fields("", example)));
            if (!documented.containsAll(pinned)) {
                Set<String> missing = new TreeSet<>(pinned);
                missing.removeAll(documented);
                wrong.add(type + ": the approved JSON has " + missing + ", the schema does not");
            }
            Set<String> components = new TreeSet<>();
            for (var component : EventJson.read(approved.get(type).getFirst().toString())
                    .data()
                    .getClass()
                    .getRecordComponents()) {
                components.add(component.getName());
            }
            Map<String, Object> data = map(map(payload.get("properties")).get("data"));
            Set<String> inSchema = new TreeSet<>(map(data.get("properties")).keySet());
            if (!inSchema.equals(components)) {
                wrong.add(type + ": the schema's data has " + inSchema + ", the record " + components);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Where an approved example has null, its schema allows null (AsyncAPI: an example validates against it). */
    @Test
    void a_field_an_example_leaves_null_is_one_the_schema_allows_to_be_null() throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, Object>> messages =
                map(map(document().get("components")).get("messages"));
        for (Map<String, Object> message : messages.values()) {
            for (Object example : list(message.get("examples"))) {
                JsonNode value = JSON.valueToTree(((Map<?, ?>) example).get("payload"));
                nulls((String) message.get("name"), value, map(message.get("payload")), wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void nulls(String path, JsonNode value, Map<String, Object> schema, List<String> wrong) {
        if (value.isNull()) {
            Object type = schema.get("type");
            if (type != null && !(type instanceof List<?> types && types.contains("null"))) wrong.add(path);
            return;
        }
        if (value.isObject() && schema.get("properties") instanceof Map<?, ?> properties) {
            value.properties().forEach(member -> {
                Object property = properties.get(member.getKey());
                if (property != null) nulls(path + "." + member.getKey(), member.getValue(), map(property), wrong);
            });
        }
    }

    @Test
    void the_channels_are_the_topics_and_every_services_dead_letter_topic() throws IOException {
        Set<String> addresses = new TreeSet<>();
        Map<String, Map<String, Object>> channels = map(document().get("channels"));
        channels.values().forEach(c -> addresses.add((String) c.get("address")));
        Set<String> expected = new TreeSet<>(List.of(Topics.COMPLAINT_EVENTS, Topics.TENANTS));
        Pattern dlq = Pattern.compile("dlq-name: (\\S+)");
        for (String service : List.of("intake", "routing", "notification", "reporting")) {
            Matcher name = dlq.matcher(
                    Files.readString(Path.of("../" + service + "-service/src/main/resources/application.yml")));
            while (name.find()) expected.add(name.group(1));
        }
        assertThat(addresses).isEqualTo(expected);
    }

    /** The dotted paths of every field: of a JSON Schema's properties, or of a JSON value's members. */
    private static Set<String> fields(String prefix, Object node) {
        Set<String> paths = new TreeSet<>();
        if (node instanceof JsonNode json) {
            if (json.isObject()) {
                json.properties().forEach(member -> {
                    paths.add(prefix + member.getKey());
                    paths.addAll(fields(prefix + member.getKey() + ".", member.getValue()));
                });
            } else if (json.isArray() && !json.isEmpty()) {
                paths.addAll(fields(prefix, json.get(0)));
            }
        } else if (node instanceof Map<?, ?> schema) {
            if (schema.get("properties") instanceof Map<?, ?> properties) {
                properties.forEach((name, property) -> {
                    paths.add(prefix + name);
                    paths.addAll(fields(prefix + name + ".", property));
                });
            } else if (schema.get("items") != null) {
                paths.addAll(fields(prefix, schema.get("items")));
            }
        }
        return paths;
    }

    private static Map<String, List<JsonNode>> approved() throws IOException {
        Map<String, List<JsonNode>> byType = new HashMap<>();
        try (Stream<Path> files = Files.list(APPROVED)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("EventContractTest."))
                    .filter(f -> f.getFileName().toString().endsWith(".approved.txt"))
                    .toList()) {
                JsonNode event = JSON.readTree(Files.readString(file));
                byType.computeIfAbsent(event.get("type").asString(), t -> new ArrayList<>())
                        .add(event);
            }
        }
        return byType;
    }

    private static Map<String, Object> document() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml").isNotNull();
            Map<String, Object> document = new Yaml().load(in);
            assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
            return document;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> map(Object value) {
        return (Map<String, T>) value;
    }

    private static List<?> list(Object value) {
        return (List<?>) value;
    }
}
