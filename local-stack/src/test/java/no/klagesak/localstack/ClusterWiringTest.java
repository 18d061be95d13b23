package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 25: the manifests read as an operator would apply them, and their pieces checked to reach each other, since no
 * cluster runs here. Every rendered object is read into the typed model of a maintained library (fabric8's Kubernetes
 * and Prometheus Operator models, Strimzi's API), and a field the model does not know fails. Then the wiring: every
 * address an application is given names a Service (rendered, or made by an operator under its documented name) and a
 * port that Service exposes; every connection is allowed by the NetworkPolicies at both ends; every application is
 * scraped with the labels the alerts ask for; no autoscaler fights a Deployment over replicas; production runs no
 * demo tenants and the images built together under one new tag.
 *
 * <p>The Keycloak, MongoDB and CloudNativePG operators publish no Java model on Maven Central: their resources are read
 * generically and held to the fields of their CRDs the manifests use ({@link #OPERATOR_FIELDS}).
 */
class ClusterWiringTest {

    private static final Path ROOT = LocalStack.findRoot();
    private static final String NAMESPACE = "klagesak";
    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class));

    /**
     * The spec fields these manifests may use of the operators without a Java model, from their CRDs: the Keycloak
     * operator 26.4 (Keycloak, KeycloakRealmImport), the MongoDB Community operator 0.13 (MongoDBCommunity),
     * CloudNativePG 1.27 (Cluster). A misspelt or misplaced field fails here.
     */
    private static final Map<String, Set<String>> OPERATOR_FIELDS = Map.of(
            "k8s.keycloak.org/v2alpha1/Keycloak",
            Set.of(
                    "instances",
                    "image",
                    "imagePullSecrets",
                    "startOptimized",
                    "db",
                    "http",
                    "hostname",
                    "proxy",
                    "ingress",
                    "features",
                    "transaction",
                    "cache",
                    "additionalOptions",
                    "truststores",
                    "resources",
                    "bootstrapAdmin",
                    "scheduling",
                    "tracing",
                    "networkPolicy",
                    "httpManagement",
                    "update",
                    "unsupported"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
            Set.of("keycloakCRName", "realm", "placeholders", "resources"),
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity",
            Set.of(
                    "members",
                    "type",
                    "version",
                    "security",
                    "users",
                    "statefulSet",
                    "additionalMongodConfig",
                    "featureCompatibilityVersion",
                    "arbiters",
                    "replicaSetHorizons",
                    "prometheus"),
            "postgresql.cnpg.io/v1/Cluster",
            Set.of(
                    "instances",
                    "imageName",
                    "storage",
                    "walStorage",
                    "bootstrap",
                    "postgresql",
                    "resources",
                    "backup",
                    "affinity",
                    "monitoring",
                    "managed",
                    "enableSuperuserAccess",
                    "primaryUpdateStrategy"));

    private static final Map<String, Set<String>> KEYCLOAK_DB_FIELDS = Map.of(
            "db",
            Set.of(
                    "vendor",
                    "host",
                    "port",
                    "database",
                    "schema",
                    "url",
                    "usernameSecret",
                    "passwordSecret",
                    "poolInitialSize",
                    "poolMinSize",
                    "poolMaxSize"),
            "hostname",
            Set.of("hostname", "admin", "strict", "backchannelDynamic"));

    private static final Pattern ADDRESS =
            Pattern.compile("^(?:jdbc:postgresql|https?|mongodb)://([a-z0-9.-]+)(?::(\\d+))?(?:[/?].*)?$");

    // --- the objects ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"k8s/overlays/local", "k8s/overlays/production", "k8s/infrastructure"})
    void every_rendered_object_reads_into_its_typed_model_and_no_field_is_unknown(String dir) throws Exception {
        List<Object> objects = render(dir).objects;
        assertThat(objects).isNotEmpty();
        for (Object object : objects) {
            if (object instanceof GenericKubernetesResource generic) {
                String type = generic.getApiVersion() + "/" + generic.getKind();
                assertThat(OPERATOR_FIELDS)
                        .as("a model or a field list for " + type)
                        .containsKey(type);
                Map<String, Object> spec = map(generic.getAdditionalProperties().get("spec"));
                assertThat(spec.keySet()).as(type + " " + name(generic)).isSubsetOf(OPERATOR_FIELDS.get(type));
                if (generic.getKind().equals("Keycloak")) {
                    KEYCLOAK_DB_FIELDS.forEach(
                            (field, known) -> assertThat(map(spec.get(field)).keySet())
                                    .as("Keycloak spec." + field)
                                    .isSubsetOf(known));
                }
            } else {
                assertThat(unknownFields(object, "", new IdentityHashMap<>()))
                        .as(((HasMetadata) object).getKind() + " " + name((HasMetadata) object))
                        .isEmpty();
            }
        }
    }

    @Test
    void a_misplaced_selector_label_is_caught_as_an_unknown_field() throws Exception {
        Map<String, Object> policy = new Yaml().load("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: { name: wrong }
                spec:
                  podSelector: {}
                  egress:
                    - to:
                        - podSelector:
                            matchLabels: { strimzi.io/cluster: klagesak }
                          strimzi.io/kind: Kafka
                """);
        assertThat(unknownFields(read(policy), "", new IdentityHashMap<>()))
                .containsExactly("spec.egress.to.strimzi.io/kind");
    }

    // --- addresses ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_address_the_applications_are_given_names_a_service_and_a_port_it_exposes(String overlay)
            throws Exception {
        Rendered cluster = render("k8s/overlays/" + overlay);
        Map<String, Set<Integer>> services = cluster.servicePorts();
        Set<String> publicHosts = cluster.ingressHosts();
        for (Deployment deployment : cluster.all(Deployment.class)) {
            for (var setting : cluster.environment(deployment).entrySet()) {
                for (Address address : Address.in(setting.getValue())) {
                    String where = name(deployment) + " " + setting.getKey() + "=" + setting.getValue();
                    if (address.host().contains(".")) {
                        if (setting.getKey().matches(".*(PUBLIC_URL|ISSUER|WEB_URL)")) {
                            assertThat(publicHosts)
                                    .as(where + ": a public address an Ingress serves")
                                    .contains(address.host());
                        }
                        continue;
                    }
                    assertThat(services).as(where + ": a Service of that name").containsKey(address.host());
                    assertThat(services.get(address.host()))
                            .as(where + ": a port the Service exposes")
                            .contains(address.port());
                }
            }
        }
        for (Ingress ingress : cluster.all(Ingress.class)) {
            for (var rule : ingress.getSpec().getRules()) {
                for (var path : rule.getHttp().getPaths()) {
                    var backend = path.getBackend().getService();
                    String where = "Ingress " + name(ingress) + " " + rule.getHost() + path.getPath();
                    assertThat(services).as(where).containsKey(backend.getName());
                    Integer port = backend.getPort().getNumber() != null
                            ? backend.getPort().getNumber()
                            : cluster.namedServicePort(
                                    backend.getName(), backend.getPort().getName());
                    assertThat(services.get(backend.getName())).as(where).contains(port);
                }
            }
        }
        for (GenericKubernetesResource keycloak : cluster.generic("Keycloak")) {
            Map<String, Object> db =
                    map(map(keycloak.getAdditionalProperties().get("spec")).get("db"));
            assertThat(services).as("Keycloak's database").containsKey((String) db.get("host"));
            assertThat(services.get((String) db.get("host"))).contains(((Number) db.get("port")).intValue());
            String secret = (String) map(db.get("usernameSecret")).get("name");
            assertThat(cluster.generic("Cluster"))
                    .as("the Secret " + secret + " is the one CloudNativePG writes for a cluster's owner")
                    .anyMatch(c -> secret.equals(name(c) + "-app"));
            String hostname = (String)
                    map(map(keycloak.getAdditionalProperties().get("spec")).get("hostname"))
                            .get("hostname");
            assertThat(publicHosts)
                    .as("Keycloak's public host has an Ingress")
                    .contains(URI.create(hostname).getHost());
        }
    }

    @Test
    void every_secret_is_made_by_an_operator_or_created_in_the_operations_guide() throws Exception {
        Rendered cluster = render("k8s/overlays/production");
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));
        Set<String> named = new TreeSet<>();
        cluster.all(Deployment.class).forEach(d -> named.addAll(cluster.secretsOf(d)));
        for (var keycloak : cluster.generic("Keycloak")) {
            Map<String, Object> db =
                    map(map(keycloak.getAdditionalProperties().get("spec")).get("db"));
            named.add((String) map(db.get("usernameSecret")).get("name"));
        }
        for (var realm : cluster.generic("KeycloakRealmImport")) {
            map(map(realm.getAdditionalProperties().get("spec")).get("placeholders"))
                    .values()
                    .forEach(p -> named.add((String) map(map(p).get("secret")).get("name")));
        }
        for (var mongo : cluster.generic("MongoDBCommunity")) {
            for (Object user :
                    (List<?>) map(mongo.getAdditionalProperties().get("spec")).get("users")) {
                named.add((String) map(map(user).get("passwordSecretRef")).get("name"));
            }
        }
        cluster.all(Ingress.class).forEach(i -> i.getSpec().getTls().forEach(t -> named.add(t.getSecretName())));
        assertThat(named).contains("klagesak-mail", "klagesak-master-key", "keycloak-db-app", "klagesak-tls");
        named.removeAll(cluster.madeByOperators());
        assertThat(named)
                .as("each Secret not made by an operator is created in the guide's steps")
                .allSatisfy(secret -> assertThat(guide).contains("`" + secret + "`"));
    }

    // --- network policies -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_connection_the_platform_makes_is_allowed_at_both_ends(String overlay) throws Exception {
        Rendered cluster = render("k8s/overlays/" + overlay);
        List<String> refused = new ArrayList<>();
        for (Connection connection : cluster.connections()) {
            if (!cluster.allowsEgress(connection)) refused.add("egress " + connection);
            if (!cluster.allowsIngress(connection)) refused.add("ingress " + connection);
        }
        assertThat(refused).isEmpty();
        assertThat(cluster.connections())
                .as("the connections checked include the applications' own, Kafka, MongoDB, Keycloak and PostgreSQL")
                .extracting(Connection::what)
                .contains(
                        "web -> routing-service",
                        "intake-service -> routing-service",
                        "routing-service -> Kafka",
                        "tenant-service -> MongoDB",
                        "tenant-service -> Keycloak",
                        "web -> web-sessions",
                        "Keycloak -> keycloak-db",
                        "Keycloak's realm import -> keycloak-db",
                        "ingress-nginx -> web",
                        "ingress-nginx -> Keycloak",
                        "Prometheus -> notification-service",
                        "notification-service -> mail relay");
    }

    @Test
    void a_policy_that_names_the_wrong_port_refuses_the_connection() throws Exception {
        Rendered cluster = render("k8s/overlays/production");
        Connection toRouting = cluster.connections().stream()
                .filter(c -> c.what().equals("web -> routing-service"))
                .findFirst()
                .orElseThrow();
        assertThat(cluster.allowsEgress(toRouting)).isTrue();
        assertThat(cluster.allowsEgress(toRouting.onPort(80))).isFalse();
    }

    // --- monitoring, scaling, demo tenants, images ----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_application_is_scraped_with_the_labels_the_alerts_ask_for(String overlay) throws Exception {
        Rendered cluster = render("k8s/overlays/" + overlay);
        String alerts = Files.readString(ROOT.resolve("deploy/prometheus/alerts.yml"));
        assertThat(alerts).contains("job=\"klagesak\"").contains("$labels.application");
        for (Deployment deployment : cluster.all(Deployment.class)) {
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            PodMonitor monitor = cluster.all(PodMonitor.class).stream()
                    .filter(m -> matches(m.getSpec().getSelector(), labels))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no PodMonitor selects " + name(deployment)));
            Set<String> ports = new TreeSet<>();
            deployment
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .forEach(c -> c.getPorts().forEach(p -> ports.add(p.getName())));
            for (var endpoint : monitor.getSpec().getPodMetricsEndpoints()) {
                assertThat(ports).as(name(deployment)).contains(endpoint.getPort());
                assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
                assertThat(endpoint.getRelabelings())
                        .as("job=klagesak and application=<the pod's app.kubernetes.io/name>")
                        .anyMatch(r -> "job".equals(r.getTargetLabel()) && "klagesak".equals(r.getReplacement()))
                        .anyMatch(r -> "application".equals(r.getTargetLabel())
                                && List.of("__meta_kubernetes_pod_label_app_kubernetes_io_name")
                                        .equals(r.getSourceLabels()));
            }
        }
    }

    @Test
    void no_autoscaler_and_deployment_both_set_the_replicas() throws Exception {
        Rendered cluster = render("k8s/overlays/production");
        assertThat(cluster.all(HorizontalPodAutoscaler.class)).isNotEmpty();
        for (HorizontalPodAutoscaler hpa : cluster.all(HorizontalPodAutoscaler.class)) {
            String target = hpa.getSpec().getScaleTargetRef().getName();
            Deployment deployment = cluster.all(Deployment.class).stream()
                    .filter(d -> name(d).equals(target))
                    .findFirst()
                    .orElseThrow();
            assertThat(deployment.getSpec().getReplicas())
                    .as(target + " leaves its replicas to the autoscaler")
                    .isNull();
        }
    }

    @Test
    void production_runs_no_demo_tenants_and_the_local_cluster_does() throws Exception {
        assertThat(render("k8s/overlays/production").environmentOf("tenant-service"))
                .containsEntry("KLAGESAK_DEMO_TENANTS", "false");
        assertThat(render("k8s/overlays/local").environmentOf("tenant-service"))
                .containsEntry("KLAGESAK_DEMO_TENANTS", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void the_overlay_runs_the_images_built_together_under_one_new_tag(String overlay) throws Exception {
        Rendered cluster = render("k8s/overlays/" + overlay);
        Set<String> tags = new TreeSet<>();
        for (Deployment deployment : cluster.all(Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(container.getImage())
                        .endsWith("/" + name(deployment)
                                + container
                                        .getImage()
                                        .substring(container.getImage().lastIndexOf(':')));
                assertThat(container.getImagePullPolicy()).isEqualTo("IfNotPresent");
                tags.add(container.getImage().substring(container.getImage().lastIndexOf(':') + 1));
            }
        }
        for (GenericKubernetesResource keycloak : cluster.generic("Keycloak")) {
            String image =
                    (String) map(keycloak.getAdditionalProperties().get("spec")).get("image");
            assertThat(image).as("Keycloak with the product's theme").contains("/keycloak:");
            tags.add(image.substring(image.lastIndexOf(':') + 1));
        }
        assertThat(tags).as("one tag for all seven images").hasSize(1);
        assertThat(tags.iterator().next()).doesNotContain("SNAPSHOT").isNotEqualTo("latest");
    }

    // --- rendering and reading ------------------------------------------------------------------------------------

    private static final Map<String, Rendered> RENDERED = new HashMap<>();

    private static synchronized Rendered render(String dir) throws Exception {
        if (RENDERED.containsKey(dir)) return RENDERED.get(dir);
        List<Object> objects = new ArrayList<>();
        for (Map<String, Object> document : Kustomize.render(dir)) objects.add(read(document));
        Rendered rendered = new Rendered(objects);
        RENDERED.put(dir, rendered);
        return rendered;
    }

    private static Object read(Map<String, Object> document) {
        String type = document.get("apiVersion") + "/" + document.get("kind");
        Class<? extends HasMetadata> model = MODELS.getOrDefault(type, GenericKubernetesResource.class);
        return MAPPER.convertValue(document, model);
    }

    /**
     * The paths of fields a model kept aside because it does not know them (fabric8's and Strimzi's models keep
     * unknown fields in {@code additionalProperties} instead of failing).
     */
    static List<String> unknownFields(Object object, String path, Map<Object, Boolean> seen) {
        List<String> unknown = new ArrayList<>();
        if (object == null || seen.put(object, true) != null) return unknown;
        if (object instanceof Collection<?> items) {
            items.forEach(item -> unknown.addAll(unknownFields(item, path, seen)));
            return unknown;
        }
        if (object instanceof Map<?, ?> values) {
            values.values().forEach(value -> unknown.addAll(unknownFields(value, path, seen)));
            return unknown;
        }
        String pkg = object.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) return unknown;
        if (object instanceof IntOrString) return unknown;
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) continue;
            String field = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            Object value;
            try {
                value = getter.invoke(object);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties") && value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(key -> unknown.add(path.isEmpty() ? "" + key : path + "." + key));
            } else if (value != null
                    && !(value instanceof String)
                    && !(value instanceof Number)
                    && !(value instanceof Boolean)
                    && !(value instanceof Enum<?>)
                    && !(value instanceof Class<?>)) {
                unknown.addAll(unknownFields(value, path.isEmpty() ? field : path + "." + field, seen));
            }
        }
        return unknown;
    }

    /** The rendered objects of one overlay, and what the operators will make of their custom resources. */
    private record Rendered(List<Object> objects) {

        <T> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<GenericKubernetesResource> generic(String kind) {
            return all(GenericKubernetesResource.class).stream()
                    .filter(r -> r.getKind().equals(kind))
                    .toList();
        }

        Set<String> ingressHosts() {
            Set<String> hosts = new TreeSet<>();
            all(Ingress.class).forEach(i -> i.getSpec().getRules().forEach(r -> hosts.add(r.getHost())));
            return hosts;
        }

        /** Each Service by name with its ports: rendered ones, and those the operators make under documented names. */
        Map<String, Set<Integer>> servicePorts() {
            Map<String, Set<Integer>> services = new LinkedHashMap<>();
            for (Service service : all(Service.class)) {
                Set<Integer> ports = new TreeSet<>();
                service.getSpec().getPorts().forEach(p -> ports.add(p.getPort()));
                services.put(name(service), ports);
            }
            for (Kafka kafka : all(Kafka.class)) {
                Set<Integer> ports = new TreeSet<>();
                kafka.getSpec().getKafka().getListeners().forEach(l -> ports.add(l.getPort()));
                services.put(name(kafka) + "-kafka-bootstrap", ports);
            }
            // Keycloak operator: <name>-service, 8080 with HTTP enabled (8443 otherwise), management on 9000.
            generic("Keycloak").forEach(k -> services.put(name(k) + "-service", Set.of(8080, 8443, 9000)));
            // MongoDB Community operator: the replica set's headless Service <name>-svc.
            generic("MongoDBCommunity").forEach(m -> services.put(name(m) + "-svc", Set.of(27017)));
            // CloudNativePG: <name>-rw (the primary), -ro, -r.
            for (var cnpg : generic("Cluster")) {
                for (String suffix : List.of("-rw", "-ro", "-r")) services.put(name(cnpg) + suffix, Set.of(5432));
            }
            return services;
        }

        Integer namedServicePort(String service, String portName) {
            return all(Service.class).stream()
                    .filter(s -> name(s).equals(service))
                    .flatMap(s -> s.getSpec().getPorts().stream())
                    .filter(p -> portName.equals(p.getName()))
                    .map(ServicePort::getPort)
                    .findFirst()
                    .orElse(null);
        }

        /** The labels of the pods behind a Service name, and the port they listen on for a port of the Service. */
        Optional<Endpoint> endpoint(String host, int port) {
            for (Service service : all(Service.class)) {
                if (!name(service).equals(host)) continue;
                for (ServicePort servicePort : service.getSpec().getPorts()) {
                    if (servicePort.getPort() != port) continue;
                    Deployment deployment = all(Deployment.class).stream()
                            .filter(d -> d.getSpec()
                                    .getTemplate()
                                    .getMetadata()
                                    .getLabels()
                                    .entrySet()
                                    .containsAll(service.getSpec().getSelector().entrySet()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no pods behind the Service " + host));
                    IntOrString target = servicePort.getTargetPort();
                    int containerPort = target.getIntVal() != null
                            ? target.getIntVal()
                            : deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                                    .flatMap(c -> c.getPorts().stream())
                                    .filter(p -> target.getStrVal().equals(p.getName()))
                                    .findFirst()
                                    .orElseThrow(() -> new AssertionError(
                                            host + " targets no container port " + target.getStrVal()))
                                    .getContainerPort();
                    return Optional.of(new Endpoint(
                            name(deployment),
                            deployment.getSpec().getTemplate().getMetadata().getLabels(),
                            containerPort));
                }
            }
            for (Kafka kafka : all(Kafka.class)) {
                if (host.equals(name(kafka) + "-kafka-bootstrap")) {
                    return Optional.of(new Endpoint("Kafka", KAFKA_POD(name(kafka)), port));
                }
            }
            for (var keycloak : generic("Keycloak")) {
                if (host.equals(name(keycloak) + "-service")) {
                    return Optional.of(new Endpoint("Keycloak", KEYCLOAK_POD(name(keycloak)), port));
                }
            }
            for (var mongo : generic("MongoDBCommunity")) {
                if (host.equals(name(mongo) + "-svc")) {
                    return Optional.of(new Endpoint("MongoDB", Map.of("app", name(mongo) + "-svc"), port));
                }
            }
            for (var cnpg : generic("Cluster")) {
                if (host.startsWith(name(cnpg) + "-")) {
                    return Optional.of(new Endpoint(name(cnpg), Map.of("cnpg.io/cluster", name(cnpg)), port));
                }
            }
            return Optional.empty();
        }

        /** A Deployment's environment: its own values and those of the ConfigMaps it takes whole. */
        Map<String, String> environment(Deployment deployment) {
            Map<String, String> environment = new LinkedHashMap<>();
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource from :
                        Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
                    if (from.getConfigMapRef() == null) continue;
                    all(ConfigMap.class).stream()
                            .filter(c -> name(c).equals(from.getConfigMapRef().getName()))
                            .forEach(c -> environment.putAll(c.getData()));
                }
                for (EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
                    if (variable.getValue() != null) environment.put(variable.getName(), variable.getValue());
                }
            }
            return environment;
        }

        Map<String, String> environmentOf(String deployment) {
            return environment(all(Deployment.class).stream()
                    .filter(d -> name(d).equals(deployment))
                    .findFirst()
                    .orElseThrow());
        }

        Set<String> secretsOf(Deployment deployment) {
            Set<String> secrets = new TreeSet<>();
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource from :
                        Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
                    if (from.getSecretRef() != null)
                        secrets.add(from.getSecretRef().getName());
                }
                for (EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
                    if (variable.getValueFrom() != null
                            && variable.getValueFrom().getSecretKeyRef() != null) {
                        secrets.add(variable.getValueFrom().getSecretKeyRef().getName());
                    }
                }
            }
            return secrets;
        }

        /** The Secrets the operators make: CloudNativePG's owner Secret, the MongoDB operator's per user. */
        Set<String> madeByOperators() {
            Set<String> made = new TreeSet<>();
            generic("Cluster").forEach(c -> made.add(name(c) + "-app"));
            for (var mongo : generic("MongoDBCommunity")) {
                for (Object user : (List<?>)
                        map(mongo.getAdditionalProperties().get("spec")).get("users")) {
                    made.add(name(mongo) + "-admin-" + map(user).get("name"));
                }
            }
            return made;
        }

        /** Every connection the running platform makes, from the applications' settings and the operators' needs. */
        List<Connection> connections() {
            List<Connection> connections = new ArrayList<>();
            for (Deployment deployment : all(Deployment.class)) {
                Peer from = Peer.pod(
                        name(deployment),
                        deployment.getSpec().getTemplate().getMetadata().getLabels());
                for (var setting : environment(deployment).entrySet()) {
                    for (Address address : Address.in(setting.getValue())) {
                        if (address.host().contains(".")) continue;
                        endpoint(address.host(), address.port())
                                .ifPresent(to -> connections.add(new Connection(from, to.peer(), to.port())));
                    }
                }
                // MONGODB_URI comes from the Secret the MongoDB operator writes for its user (<name>-admin-<user>).
                for (var mongo : generic("MongoDBCommunity")) {
                    if (secretsOf(deployment).stream().anyMatch(s -> s.startsWith(name(mongo) + "-admin-"))) {
                        endpoint(name(mongo) + "-svc", 27017)
                                .ifPresent(to -> connections.add(new Connection(from, to.peer(), to.port())));
                    }
                }
                // The mail relay outside the cluster, on the port the Secret klagesak-mail names: 25 or 587.
                if (secretsOf(deployment).contains("klagesak-mail")) {
                    for (int port : List.of(25, 587)) {
                        connections.add(new Connection(from, Peer.outside("mail relay"), port));
                    }
                }
                for (Container container :
                        deployment.getSpec().getTemplate().getSpec().getContainers()) {
                    container.getPorts().stream()
                            .filter(p -> p.getName().equals("management"))
                            .forEach(p -> connections.add(new Connection(
                                    Peer.namespace("Prometheus", "monitoring"), from, p.getContainerPort())));
                }
            }
            for (var keycloak : generic("Keycloak")) {
                Map<String, Object> db =
                        map(map(keycloak.getAdditionalProperties().get("spec")).get("db"));
                // Keycloak, and the Job of the realm import, whose pod the operator labels app: keycloak-realm-import.
                for (Peer from : List.of(
                        Peer.pod("Keycloak", KEYCLOAK_POD(name(keycloak))),
                        Peer.pod("Keycloak's realm import", Map.of("app", "keycloak-realm-import")))) {
                    endpoint((String) db.get("host"), ((Number) db.get("port")).intValue())
                            .ifPresent(to -> connections.add(new Connection(from, to.peer(), to.port())));
                }
            }
            for (Ingress ingress : all(Ingress.class)) {
                for (var rule : ingress.getSpec().getRules()) {
                    for (var path : rule.getHttp().getPaths()) {
                        var backend = path.getBackend().getService();
                        Integer port = backend.getPort().getNumber() != null
                                ? backend.getPort().getNumber()
                                : namedServicePort(
                                        backend.getName(), backend.getPort().getName());
                        endpoint(backend.getName(), port)
                                .ifPresent(to -> connections.add(new Connection(
                                        Peer.namespace("ingress-nginx", "ingress-nginx"), to.peer(), to.port())));
                    }
                }
            }
            return connections.stream().distinct().toList();
        }

        boolean allowsEgress(Connection connection) {
            if (connection.from().namespace() != null) return true; // not our namespace: not our policies
            List<NetworkPolicy> policies = policiesFor(connection.from().labels(), "Egress");
            if (policies.isEmpty()) return true;
            return policies.stream()
                    .flatMap(p -> Objects.requireNonNullElse(
                            p.getSpec().getEgress(),
                            List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule>of())
                            .stream())
                    .anyMatch(
                            rule -> ports(rule.getPorts(), connection.port()) && peers(rule.getTo(), connection.to()));
        }

        boolean allowsIngress(Connection connection) {
            if (connection.to().namespace() != null || connection.to().labels() == null) return true;
            List<NetworkPolicy> policies = policiesFor(connection.to().labels(), "Ingress");
            if (policies.isEmpty()) return true;
            return policies.stream()
                    .flatMap(p -> Objects.requireNonNullElse(
                            p.getSpec().getIngress(),
                            List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule>of())
                            .stream())
                    .anyMatch(rule ->
                            ports(rule.getPorts(), connection.port()) && peers(rule.getFrom(), connection.from()));
        }

        private List<NetworkPolicy> policiesFor(Map<String, String> podLabels, String type) {
            return all(NetworkPolicy.class).stream()
                    .filter(p -> p.getSpec().getPolicyTypes().contains(type))
                    .filter(p -> matches(p.getSpec().getPodSelector(), podLabels))
                    .toList();
        }

        private static boolean ports(List<NetworkPolicyPort> ports, int port) {
            return ports == null
                    || ports.isEmpty()
                    || ports.stream()
                            .anyMatch(p -> p.getPort() == null
                                    || Objects.equals(p.getPort().getIntVal(), port));
        }

        private static boolean peers(List<NetworkPolicyPeer> peers, Peer peer) {
            if (peers == null || peers.isEmpty()) return true;
            for (NetworkPolicyPeer rule : peers) {
                if (rule.getIpBlock() != null) {
                    if (peer.labels() == null) return true;
                    continue;
                }
                if (peer.labels() == null && peer.namespace() == null) continue; // outside the cluster
                boolean namespaceMatches = rule.getNamespaceSelector() == null
                        ? peer.namespace() == null
                        : matches(
                                rule.getNamespaceSelector(),
                                Map.of(
                                        "kubernetes.io/metadata.name",
                                        peer.namespace() == null ? NAMESPACE : peer.namespace()));
                boolean podMatches = rule.getPodSelector() == null
                        || (peer.labels() != null && matches(rule.getPodSelector(), peer.labels()));
                if (namespaceMatches && podMatches) return true;
            }
            return false;
        }
    }

    /** Pods the operators make, with the labels their documentation gives. */
    private static Map<String, String> KAFKA_POD(String cluster) {
        return Map.of(
                "strimzi.io/cluster",
                cluster,
                "strimzi.io/kind",
                "Kafka",
                "strimzi.io/name",
                cluster + "-kafka",
                "strimzi.io/broker-role",
                "true");
    }

    private static Map<String, String> KEYCLOAK_POD(String name) {
        return Map.of(
                "app", "keycloak",
                "app.kubernetes.io/instance", name,
                "app.kubernetes.io/managed-by", "keycloak-operator");
    }

    /** A source or destination: pods by labels in our namespace, any pod of another namespace, or outside. */
    private record Peer(String name, Map<String, String> labels, String namespace) {
        static Peer pod(String name, Map<String, String> labels) {
            return new Peer(name, labels, null);
        }

        static Peer namespace(String name, String namespace) {
            return new Peer(name, null, namespace);
        }

        static Peer outside(String name) {
            return new Peer(name, null, null);
        }
    }

    private record Endpoint(String name, Map<String, String> labels, int port) {
        Peer peer() {
            return Peer.pod(name, labels);
        }
    }

    private record Connection(Peer from, Peer to, int port) {
        String what() {
            return from.name() + " -> " + to.name();
        }

        Connection onPort(int other) {
            return new Connection(from, to, other);
        }

        @Override
        public String toString() {
            return what() + ":" + port;
        }
    }

    private record Address(String host, int port) {
        static List<Address> in(String value) {
            List<Address> addresses = new ArrayList<>();
            for (String part : value.split(",")) {
                Matcher url = ADDRESS.matcher(part.trim());
                if (url.matches()) {
                    int port = url.group(2) != null
                            ? Integer.parseInt(url.group(2))
                            : part.trim().startsWith("https") ? 443 : 80;
                    addresses.add(new Address(url.group(1), port));
                } else if (part.trim().matches("[a-z0-9-]+:\\d+")) {
                    String[] hostPort = part.trim().split(":");
                    addresses.add(new Address(hostPort[0], Integer.parseInt(hostPort[1])));
                }
            }
            return addresses;
        }
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) return true;
        if (selector.getMatchLabels() != null
                && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) return false;
        for (var expression : Objects.requireNonNullElse(
                selector.getMatchExpressions(), List.<io.fabric8.kubernetes.api.model.LabelSelectorRequirement>of())) {
            String value = labels.get(expression.getKey());
            boolean ok = switch (expression.getOperator()) {
                case "In" -> value != null && expression.getValues().contains(value);
                case "NotIn" -> value == null || !expression.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator " + expression.getOperator());
            };
            if (!ok) return false;
        }
        return true;
    }

    private static String name(HasMetadata object) {
        return object.getMetadata().getName();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
