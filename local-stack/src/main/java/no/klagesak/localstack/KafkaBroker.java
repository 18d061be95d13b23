package no.klagesak.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * Real Apache Kafka nodes in KRaft mode (broker and controller in one process), from the Maven Central jars, each in
 * its own JVM. One node normally; three in the cluster shape, with replication factor 3 and {@code min.insync.replicas}
 * 2 as in production (k8s/overlays/production). Their log directories are formatted once and kept, so topics and
 * offsets survive a restart.
 */
final class KafkaBroker {

    private KafkaBroker() {}

    /** The bootstrap servers of a cluster of this many nodes. */
    static String bootstrap(int nodes) {
        return IntStream.rangeClosed(1, nodes)
                .mapToObj(node -> "localhost:" + Ports.kafka(node))
                .collect(Collectors.joining(","));
    }

    /** Starts one node of a cluster of {@code nodes}, formatting its log directory first if it is new. */
    static ChildProcess start(Path root, Path dataDir, Path logDir, int nodes, int node)
            throws IOException, InterruptedException {
        Path home = nodes == 1 ? dataDir.resolve("kafka") : dataDir.resolve("kafka-cluster/node-" + node);
        Path logs = home.resolve("data");
        Files.createDirectories(logs);
        Path config = home.resolve("server.properties");
        try (var out = Files.newOutputStream(config)) {
            properties(nodes, node, logs).store(out, "Written by the Klagesak local stack");
        }
        String classpath = classpath(root);
        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(classpath, config, clusterId(dataDir, nodes), home, logDir);
        }
        String name = nodes == 1 ? "kafka" : "kafka-" + node;
        return ChildProcess.start(
                name, java(classpath, "-Xmx512m", "kafka.Kafka", config.toString()), Map.of(), home, logDir);
    }

    private static Properties properties(int nodes, int node, Path logs) {
        int replicas = Math.min(nodes, 3);
        String minInSync = String.valueOf(nodes == 1 ? 1 : 2);
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(node));
        p.setProperty(
                "controller.quorum.voters",
                IntStream.rangeClosed(1, nodes)
                        .mapToObj(n -> n + "@127.0.0.1:" + Ports.kafkaController(n))
                        .collect(Collectors.joining(",")));
        p.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + Ports.kafka(node) + ",CONTROLLER://127.0.0.1:"
                        + Ports.kafkaController(node));
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + Ports.kafka(node));
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logs.toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", String.valueOf(replicas));
        p.setProperty("min.insync.replicas", minInSync);
        p.setProperty("offsets.topic.replication.factor", String.valueOf(replicas));
        p.setProperty("transaction.state.log.replication.factor", String.valueOf(replicas));
        p.setProperty("transaction.state.log.min.isr", minInSync);
        p.setProperty("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
        p.setProperty("share.coordinator.state.topic.min.isr", minInSync);
        // No unclean leader election, as in production: a replica that was not in sync never becomes leader.
        p.setProperty("unclean.leader.election.enable", "false");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        return p;
    }

    /** Waits until every node of the cluster is known to the cluster and answers. */
    static void awaitCluster(int nodes, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(nodes),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            while (Instant.now().isBefore(end)) {
                try {
                    if (admin.describeCluster()
                                    .nodes()
                                    .get(10, TimeUnit.SECONDS)
                                    .size()
                            == nodes) return;
                } catch (ExecutionException | TimeoutException notYet) {
                    // a node still starting
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("Kafka's " + nodes + " nodes did not all join within " + timeout);
    }

    /** One cluster id for all the nodes of a cluster, made on the first start and kept with the data. */
    private static String clusterId(Path dataDir, int nodes) throws IOException {
        if (nodes == 1) return Uuid.randomUuid().toString();
        Path file = dataDir.resolve("kafka-cluster/cluster.id");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Uuid.randomUuid().toString());
        }
        return Files.readString(file).strip();
    }

    private static void format(String classpath, Path config, String clusterId, Path home, Path logDir)
            throws IOException, InterruptedException {
        Path log = logDir.resolve("kafka-format-" + home.getFileName() + ".log");
        Process format = new ProcessBuilder(java(
                        classpath,
                        "-Xmx256m",
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        clusterId,
                        "-c",
                        config.toString()))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("Formatting Kafka's log directory failed; see " + log);
        }
    }

    private static List<String> java(String classpath, String heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>(
                List.of(LocalStack.javaExecutable(), heap, "-XX:+UseSerialGC", "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher's own runtime classpath, written by the build; it holds Kafka and a logging binding. */
    private static String classpath(Path root) throws IOException {
        Path file = root.resolve("local-stack/target/classpath.txt");
        if (!Files.exists(file)) {
            throw new IllegalStateException("Missing " + file + ": build first with ./mvnw install -DskipTests");
        }
        return Files.readString(file).strip();
    }
}
