package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the k8s base cannot run here (no Docker, no cluster), so they are parsed and checked against
 * the local stack: the same applications on the same ports, with the configuration each one needs.
 */
class DeploymentAgreesWithLocalStackTest {

    private static final Path ROOT = LocalStack.findRoot();

    @Test
    void compose_runs_the_same_applications_on_the_same_ports_as_the_local_stack() throws IOException {
        Map<String, Object> services = map(compose().get("services"));

        for (var app : LocalStack.APPLICATIONS.entrySet()) {
            Map<String, Object> service = map(services.get(app.getKey()));
            assertThat(service).as(app.getKey()).isNotNull();
            assertThat(list(service.get("ports"))).containsExactly(app.getValue() + ":" + app.getValue());
            assertThat(map(service.get("build")).get("args")).isEqualTo(Map.of("MODULE", app.getKey()));
        }
        assertThat(list(map(services.get("kafka")).get("ports"))).contains(Ports.KAFKA + ":9092");
        assertThat(list(map(services.get("mongo")).get("ports"))).contains(Ports.MONGO + ":27017");
        assertThat(list(map(services.get("keycloak")).get("ports"))).contains(Ports.KEYCLOAK + ":8180");
        assertThat(list(map(services.get("mail")).get("ports")))
                .contains(Ports.SMTP + ":1025", Ports.MAIL_VIEWER + ":8025");
    }

    /**
     * Issue 11: every service of compose has a healthcheck; every application waits for healthy infrastructure and
     * reports its own readiness on the management port it is given (the local stack's, port + 1000); Prometheus
     * scrapes exactly those ports.
     */
    /** Issue 11: the ports compose publishes are the ones docs/operations.md gives, service by service. */
    @Test
    void compose_publishes_the_ports_the_operations_guide_names() throws IOException {
        Map<String, List<String>> documented = new java.util.TreeMap<>();
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));
        String table = guide.substring(guide.indexOf("| service | port on the host |"));
        table = table.substring(0, table.indexOf("\n\n"));
        for (String row : table.lines().skip(2).toList()) {
            String[] cells = row.split("\\|");
            documented.put(
                    cells[1].strip().split(" ")[0],
                    java.util.Arrays.stream(cells[2].split(","))
                            .map(String::strip)
                            .toList());
        }
        Map<String, List<String>> published = new java.util.TreeMap<>();
        for (var service : map(compose().get("services")).entrySet()) {
            List<String> hostPorts = list(map(service.getValue()).getOrDefault("ports", List.of())).stream()
                    .map(port -> port.toString().split(":")[0])
                    .toList();
            if (!hostPorts.isEmpty()) published.put(service.getKey(), hostPorts);
        }
        assertThat(published).isEqualTo(documented);
    }

    /** The ID-porten stand-in's image has no shell or HTTP client to check it with; Keycloak asks it only at login. */
    private static final String WITHOUT_HEALTHCHECK = "idporten";

    /**
     * ID-porten under compose: Keycloak reaches the stand-in by its container name (token, keys, the issuer it sees),
     * browsers by localhost, and Keycloak's mail goes to Mailpit: the realm file's placeholders are set for it.
     */
    @Test
    void compose_points_keycloak_at_the_id_porten_stand_in_and_mailpit_by_their_container_names() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        assertThat(list(map(services.get("idporten")).get("ports"))).containsExactly(Ports.IDPORTEN + ":8190");
        assertThat(map(map(services.get("keycloak")).get("environment")))
                .containsEntry("KLAGESAK_IDPORTEN_BACKCHANNEL_URL", "http://idporten:8190")
                .containsEntry("KLAGESAK_SMTP_HOST", "mail")
                .containsEntry("KLAGESAK_SMTP_PORT", "1025");
        String realm = Files.readString(ROOT.resolve("local-stack/src/main/resources/keycloak/klagesak-realm.json"));
        assertThat(realm)
                .contains("\"tokenUrl\": \"${KLAGESAK_IDPORTEN_BACKCHANNEL_URL:http://localhost:8190}/idporten/token\"")
                .contains("\"authorizationUrl\": \"http://localhost:8190/idporten/authorize\"")
                .contains("\"host\": \"${KLAGESAK_SMTP_HOST:localhost}\"");
    }

    @Test
    void compose_checks_every_service_and_starts_applications_on_healthy_infrastructure() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        for (var service : services.entrySet()) {
            if (service.getKey().equals(WITHOUT_HEALTHCHECK)) continue;
            assertThat(map(service.getValue())).as(service.getKey()).containsKey("healthcheck");
        }
        for (var service : services.values()) {
            assertThat(map(map(service).getOrDefault("depends_on", Map.of())))
                    .as("nothing waits for the service that cannot report its health")
                    .doesNotContainKey(WITHOUT_HEALTHCHECK);
        }
        String scrape = Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        for (var app : LocalStack.APPLICATIONS.entrySet()) {
            Map<String, Object> service = map(services.get(app.getKey()));
            String management = String.valueOf(Ports.management(app.getValue()));
            assertThat(map(service.get("environment"))).as(app.getKey()).containsEntry("MANAGEMENT_PORT", management);
            assertThat(map(service.get("depends_on")).values())
                    .as(app.getKey())
                    .allSatisfy(condition -> assertThat(map(condition)).containsEntry("condition", "service_healthy"));
            assertThat(scrape).contains(app.getKey() + ":" + management);
        }
        assertThat(map(map(services.get("grafana")).get("depends_on"))).containsKey("prometheus");
    }

    /**
     * What each image has to run a healthcheck with, from the images' own documentation: eclipse-temurin's JRE has no
     * curl or wget (Adoptium removed them on purpose), Keycloak's has bash and no HTTP client, Prometheus's and
     * Grafana's have busybox's wget. Our Dockerfile adds only the probe class.
     */
    private static final Map<String, Set<String>> IMAGE_PROGRAMS = Map.of(
            "apache/kafka", Set.of("sh", "/opt/kafka/bin/kafka-broker-api-versions.sh"),
            "mongo", Set.of("sh", "bash", "mongosh"),
            "quay.io/keycloak/keycloak", Set.of("sh", "bash"),
            "axllent/mailpit", Set.of("/mailpit"),
            "prom/prometheus", Set.of("sh", "wget"),
            "grafana/grafana", Set.of("sh", "wget"),
            "postgres", Set.of("sh", "bash", "pg_isready"));

    @Test
    void every_healthcheck_runs_a_program_its_image_has() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        for (var service : map(compose().get("services")).entrySet()) {
            Map<String, Object> definition = map(service.getValue());
            if (!definition.containsKey("healthcheck")) continue;
            @SuppressWarnings("unchecked")
            List<String> test =
                    (List<String>) map(definition.get("healthcheck")).get("test");
            String program = test.getFirst().equals("CMD-SHELL") ? "sh" : test.get(1);
            String shellProgram = test.getFirst().equals("CMD-SHELL")
                    ? test.get(1).replaceFirst("^exec ", "").split("[ ;&|<>]")[0]
                    : program;
            if (definition.containsKey("build")) {
                assertThat(test)
                        .as(service.getKey() + ": the JVM runs the probe the Dockerfile compiles into /opt/probe")
                        .startsWith("CMD", "java")
                        .contains("/opt/probe", "HealthProbe");
                assertThat(dockerfile).contains("COPY --from=layers /build/probe/HealthProbe.class /opt/probe/");
                assertThat(dockerfile).doesNotContainPattern("apt-get install|apk add");
                continue;
            }
            String image = ((String) definition.get("image")).replaceFirst(":[^:/]+$", "");
            assertThat(IMAGE_PROGRAMS)
                    .as(service.getKey() + ": what its image " + image + " has")
                    .containsKey(image);
            assertThat(IMAGE_PROGRAMS.get(image)).as(service.getKey()).contains(program);
            // `exec 3<>/dev/tcp/…` is the shell's own (bash opens the connection); anything else must be in the image.
            if (!shellProgram.matches("\\d+") && !shellProgram.isEmpty()) {
                assertThat(IMAGE_PROGRAMS.get(image))
                        .as(service.getKey() + " runs " + shellProgram)
                        .contains(shellProgram);
            }
        }
    }

    @Test
    void compose_gives_every_backend_service_real_mongo_kafka_and_the_local_issuer() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        for (String backend : List.of(
                "intake-service", "routing-service", "notification-service", "reporting-service", "tenant-service")) {
            Map<String, Object> env = map(map(services.get(backend)).get("environment"));
            assertThat(env.get("MONGODB_URI")).as(backend).asString().contains("replicaSet=rs0");
            assertThat(env).as(backend).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "KEYCLOAK_JWKS_URI");
            assertThat(env.get("KEYCLOAK_ISSUER")).as(backend).isEqualTo(KeycloakServer.issuer());
        }
        assertThat(map(map(services.get("notification-service")).get("environment")))
                .containsEntry("SMTP_HOST", "mail");
    }

    /** One image per application: two stages, the jar in layers, a JDK 25 runtime, never root. */
    @Test
    void the_image_is_built_in_two_stages_from_layers_on_java_25_and_runs_as_a_user_without_rights()
            throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).hasSize(2).allMatch(l -> l.contains(":25-"));
        assertThat(lines).anyMatch(l -> l.contains("-Djarmode=tools") && l.contains("--layers"));
        assertThat(lines.stream().filter(l -> l.startsWith("COPY --from=layers /build/extracted/")))
                .hasSize(4);
        assertThat(lines).contains("USER 10001");
        assertThat(lines.getLast()).startsWith("ENTRYPOINT").contains("JarLauncher");
    }

    @Test
    void compose_imports_the_same_realm_file_as_the_local_stack() throws IOException {
        Map<String, Object> keycloak = map(map(compose().get("services")).get("keycloak"));
        String volume = list(keycloak.get("volumes")).getFirst().toString();
        String source = volume.substring(0, volume.indexOf(':'));
        assertThat(ROOT.resolve(source)).exists();
        assertThat(source).endsWith("local-stack/src/main/resources/keycloak/klagesak-realm.json");
        assertThat(keycloak.get("image").toString()).endsWith(":26.4.7");
    }

    @Test
    void the_k8s_base_deploys_each_application_on_its_port_with_probes_limits_and_no_root() throws IOException {
        for (var app : LocalStack.APPLICATIONS.entrySet()) {
            List<Map<String, Object>> docs = yamlDocuments(ROOT.resolve("k8s/base/" + app.getKey() + ".yaml"));
            Map<String, Object> deployment = docs.stream()
                    .filter(d -> "Deployment".equals(d.get("kind")))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> pod =
                    map(map(map(deployment.get("spec")).get("template")).get("spec"));
            assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
            Map<String, Object> container = map(list(pod.get("containers")).getFirst());
            assertThat(map(list(container.get("ports")).getFirst()))
                    .as(app.getKey())
                    .containsEntry("containerPort", app.getValue());
            assertThat(container).containsKeys("readinessProbe", "livenessProbe");
            assertThat(map(map(container.get("resources")).get("limits"))).containsKey("memory");
            assertThat(map(container.get("securityContext")))
                    .containsEntry("allowPrivilegeEscalation", false)
                    .containsEntry("readOnlyRootFilesystem", true);
            assertThat(docs).anyMatch(d -> "Service".equals(d.get("kind")));
        }
    }

    @Test
    void the_k8s_base_lists_every_manifest_and_renders_with_kustomize() throws Exception {
        Map<String, Object> kustomization =
                yamlDocuments(ROOT.resolve("k8s/base/kustomization.yaml")).getFirst();
        List<String> files;
        try (var listing = Files.list(ROOT.resolve("k8s/base"))) {
            files = listing.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(list(kustomization.get("resources"))).containsExactlyInAnyOrderElementsOf(files);

        if (Files.isExecutable(Path.of("/usr/bin/kubectl"))) {
            Process render = new ProcessBuilder(
                            "kubectl", "kustomize", ROOT.resolve("k8s/base").toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(render.getInputStream().readAllBytes());
            assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(render.exitValue()).as(output).isZero();
            assertThat(output).contains("namespace: klagesak");
        } else {
            System.out.println("kubectl is not installed: skipped rendering k8s/base with kustomize");
        }
    }

    private static Map<String, Object> compose() throws IOException {
        return yamlDocuments(ROOT.resolve("docker-compose.yml")).getFirst();
    }

    private static List<Map<String, Object>> yamlDocuments(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(options).loadAll(Files.readString(file))) {
            docs.add(map(doc));
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
