package no.klagesak.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker in KRaft mode, from the Maven Central jars, in its own JVM. Its log directory
 * is formatted once and kept, so topics and offsets survive a restart.
 */
final class KafkaBroker {

    private KafkaBroker() {}

    static ChildProcess start(Path root, Path dataDir, Path logDir) throws IOException, InterruptedException {
        Path home = dataDir.resolve("kafka");
        Path logs = home.resolve("data");
        Files.createDirectories(logs);
        Path config = home.resolve("server.properties");
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + Ports.KAFKA_CONTROLLER);
        p.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + Ports.KAFKA + ",CONTROLLER://127.0.0.1:" + Ports.KAFKA_CONTROLLER);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + Ports.KAFKA);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logs.toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        try (var out = Files.newOutputStream(config)) {
            p.store(out, "Written by the Klagesak local stack");
        }
        String classpath = classpath(root);
        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(classpath, config, home, logDir);
        }
        ChildProcess kafka = ChildProcess.start(
                "kafka", java(classpath, "-Xmx512m", "kafka.Kafka", config.toString()), Map.of(), home, logDir);
        kafka.awaitPort(Ports.KAFKA, Duration.ofSeconds(60));
        return kafka;
    }

    private static void format(String classpath, Path config, Path home, Path logDir)
            throws IOException, InterruptedException {
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
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
                .redirectOutput(logDir.resolve("kafka-format.log").toFile())
                .start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException(
                    "Formatting Kafka's log directory failed; see " + logDir.resolve("kafka-format.log"));
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
