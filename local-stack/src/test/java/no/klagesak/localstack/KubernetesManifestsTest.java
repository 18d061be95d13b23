package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 11, checked without a cluster: every overlay is rendered with {@code kubectl kustomize} and its objects are held
 * to the platform's rules: every container has probes, a memory limit, a user without rights, a read-only root and no
 * capabilities, and an image with a version; pods shut down gracefully; every Deployment has a disruption budget;
 * every topic an application uses (its destinations and dead-letter topics) has a KafkaTopic, the tenant topic
 * compacted; production replicates 3 ways with 2 in sync; every Service has a NetworkPolicy.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = LocalStack.findRoot();
    private static final Pattern TOPIC = Pattern.compile("(?:destination|dlq-name): (klagesak\\.[a-z0-9.-]+)");

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_overlay_renders_and_keeps_the_rules(String overlay) throws Exception {
        List<Map<String, Object>> objects = render("k8s/overlays/" + overlay);
        List<Map<String, Object>> deployments = ofKind(objects, "Deployment");
        assertThat(deployments)
                .extracting(KubernetesManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(LocalStack.APPLICATIONS.keySet());

        for (Map<String, Object> deployment : deployments) {
            Map<String, Object> pod =
                    map(map(map(deployment.get("spec")).get("template")).get("spec"));
            assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
            assertThat(pod).containsEntry("automountServiceAccountToken", false);
            for (Object c : list(pod.get("containers"))) {
                Map<String, Object> container = map(c);
                String where = name(deployment) + "/" + container.get("name");
                assertThat(container).as(where).containsKeys("readinessProbe", "livenessProbe");
                assertThat(map(map(container.get("readinessProbe")).get("httpGet")))
                        .as(where + ": probes on the management port")
                        .containsEntry("port", "management");
                assertThat(map(map(container.get("resources")).get("limits")))
                        .as(where)
                        .containsKey("memory");
                assertThat(map(container.get("securityContext")))
                        .as(where)
                        .containsEntry("allowPrivilegeEscalation", false)
                        .containsEntry("readOnlyRootFilesystem", true);
                assertThat(map(map(container.get("securityContext")).get("capabilities"))
                                .get("drop"))
                        .as(where)
                        .isEqualTo(List.of("ALL"));
                String image = (String) container.get("image");
                assertThat(image).as(where).matches(".+:[^:]+").doesNotEndWith(":latest");
                int pause = ((Number) map(map(map(container.get("lifecycle")).get("preStop"))
                                        .get("sleep"))
                                .get("seconds"))
                        .intValue();
                assertThat(((Number) pod.get("terminationGracePeriodSeconds")).intValue())
                        .as(where + ": grace period above the preStop pause and Spring's 30 s shutdown phase")
                        .isGreaterThan(pause + 30);
            }
            assertThat(ofKind(objects, "PodDisruptionBudget"))
                    .as(name(deployment) + " has a disruption budget")
                    .anyMatch(pdb -> selects(map(pdb.get("spec")), labelsOf(deployment)));
        }

        Set<String> topics = new TreeSet<>();
        for (Map<String, Object> topic : ofKind(objects, "KafkaTopic")) {
            Map<String, Object> spec = map(topic.get("spec"));
            topics.add((String) spec.get("topicName"));
            int replicas = ((Number) spec.get("replicas")).intValue();
            String inSync = (String) map(spec.get("config")).get("min.insync.replicas");
            if (overlay.equals("production")) {
                assertThat(replicas).as((String) spec.get("topicName")).isEqualTo(3);
                assertThat(inSync).isEqualTo("2");
            } else {
                assertThat(replicas).isEqualTo(1);
                assertThat(inSync).isEqualTo("1");
            }
            if (spec.get("topicName").equals("klagesak.tenants.v1")) {
                assertThat(map(spec.get("config"))).containsEntry("cleanup.policy", "compact");
            }
        }
        assertThat(topics)
                .as("every topic the applications use has a KafkaTopic")
                .containsAll(topicsUsed());

        for (Map<String, Object> service : ofKind(objects, "Service")) {
            Map<String, Object> selector = map(map(service.get("spec")).get("selector"));
            assertThat(ofKind(objects, "NetworkPolicy"))
                    .as("a NetworkPolicy for the Service " + name(service))
                    .anyMatch(policy -> {
                        Map<String, Object> podSelector =
                                map(map(policy.get("spec")).get("podSelector"));
                        Object labels = podSelector.get("matchLabels");
                        return labels != null
                                && selector.entrySet().containsAll(map(labels).entrySet());
                    });
        }
        assertThat(ofKind(objects, "NetworkPolicy")).anyMatch(p -> name(p).equals("default-deny"));
        assertThat(ofKind(objects, "ConfigMap"))
                .as("structured (JSON) logs everywhere")
                .allSatisfy(c ->
                        assertThat(map(c.get("data"))).containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "logstash"));
        assertThat(ofKind(objects, "Ingress"))
                .as("the web's host and Keycloak's")
                .extracting(KubernetesManifestsTest::name)
                .containsExactlyInAnyOrder("klagesak", "keycloak");
        assertThat(ofKind(objects, "KeycloakRealmImport")).hasSize(1);
        Object alerts = new Yaml().load(Files.readString(ROOT.resolve("deploy/prometheus/alerts.yml")));
        assertThat(map(ofKind(objects, "PrometheusRule").getFirst().get("spec")))
                .as("the PrometheusRule has the alert rules compose's Prometheus has")
                .isEqualTo(alerts);

        if (overlay.equals("production")) {
            Map<String, Object> kafka = ofKind(objects, "Kafka").getFirst();
            assertThat(map(map(map(kafka.get("spec")).get("kafka")).get("config")))
                    .containsEntry("default.replication.factor", 3)
                    .containsEntry("min.insync.replicas", 2);
            assertThat(map(ofKind(objects, "KafkaNodePool").getFirst().get("spec")))
                    .containsEntry("replicas", 3);
            assertThat(map(ofKind(objects, "MongoDBCommunity").getFirst().get("spec")))
                    .containsEntry("members", 3);
            for (Map<String, Object> hpa : ofKind(objects, "HorizontalPodAutoscaler")) {
                String target =
                        (String) map(map(hpa.get("spec")).get("scaleTargetRef")).get("name");
                if (!Set.of("web", "intake-service").contains(target)) {
                    assertThat(((Number) map(hpa.get("spec")).get("maxReplicas")).intValue())
                            .as(target + ": a consumer gains nothing beyond the topic's 3 partitions")
                            .isLessThanOrEqualTo(3);
                }
            }
        }
    }

    /** The topics in the applications' own configuration: what they publish to and their dead-letter topics. */
    private static Set<String> topicsUsed() throws IOException {
        Set<String> topics = new TreeSet<>();
        for (String app : LocalStack.APPLICATIONS.keySet()) {
            Path config = ROOT.resolve(app + "/src/main/resources/application.yml");
            Matcher m = TOPIC.matcher(Files.readString(config));
            while (m.find()) topics.add(m.group(1));
        }
        topics.add("klagesak.complaint-events.v1");
        return topics;
    }

    private static boolean selects(Map<String, Object> spec, Map<String, Object> podLabels) {
        Object labels = map(spec.get("selector")).get("matchLabels");
        return labels != null && podLabels.entrySet().containsAll(map(labels).entrySet());
    }

    private static Map<String, Object> labelsOf(Map<String, Object> deployment) {
        return map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                .get("labels"));
    }

    private static List<Map<String, Object>> render(String dir) throws Exception {
        List<Map<String, Object>> objects = Kustomize.render(dir);
        assertThat(objects)
                .allSatisfy(o -> assertThat(map(o.get("metadata")))
                        .as((String) o.get("kind"))
                        .containsEntry("namespace", "klagesak"));
        return objects;
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static String name(Map<String, Object> object) {
        return (String) map(object.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
