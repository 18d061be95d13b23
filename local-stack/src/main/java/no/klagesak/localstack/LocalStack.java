package no.klagesak.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the whole platform on this machine and stops it cleanly on Ctrl-C. Used by {@code ./run-local.sh} and by the
 * end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {

    /** The six applications, module name and port; the tenant service first, since the others read its tenants. */
    public static final Map<String, Integer> APPLICATIONS = orderedApplications();

    /**
     * How each application's JVM runs: small (a heap that starts small, grows to 256 MB and gives memory back after a
     * collection; 166–255 MB resident at rest, docs/benchmarks.md), and quick to start on two cores (the C1 compiler
     * only). The benchmark sets {@code klagesak.app.jvm-options} to run them with the optimising compiler, as
     * production does.
     */
    private static final List<String> JVM_OPTIONS = List.of(System.getProperty(
                    "klagesak.app.jvm-options",
                    "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
                            + " -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k"
                            + " -XX:+ExitOnOutOfMemoryError")
            .trim()
            .split("\\s+"));

    /**
     * What runs: how many Kafka nodes and how many replicas of each application, and settings added to an application's
     * environment (by module). {@link #SINGLE} is the everyday stack; {@link #CLUSTER} is three Kafka nodes
     * (replication factor 3, {@code min.insync.replicas} 2) and two replicas of every application, for the fault
     * suite's cluster tests (issue 12, ClusterE2ETest).
     */
    public record Shape(int brokers, int replicas, Map<String, Map<String, String>> environment) {

        public static final Shape SINGLE = new Shape(1, 1, Map.of());
        public static final Shape CLUSTER = new Shape(3, 2, Map.of());

        public Shape {
            if (brokers != 1 && brokers != 3) throw new IllegalArgumentException("1 or 3 Kafka nodes");
            if (replicas < 1 || replicas > 2) throw new IllegalArgumentException("1 or 2 replicas");
            environment = Map.copyOf(environment);
        }

        /** This shape with one more setting in a module's environment, for all its replicas. */
        public Shape with(String module, String variable, String value) {
            var changed = new HashMap<>(environment);
            var settings = new HashMap<>(changed.getOrDefault(module, Map.of()));
            settings.put(variable, value);
            changed.put(module, settings);
            return new Shape(brokers, replicas, changed);
        }
    }

    private final Path root;
    private final Path dataDir;
    private final Path logDir;
    private final Shape shape;
    /** Every application replica by instance name ({@code routing-service}, {@code routing-service-2}) and port. */
    private final Map<String, Integer> instances;

    private MongoStore mongo;
    private SessionDatabase webSessions;
    private MailServer mail;
    /** The running Kafka nodes by node id. */
    private final Map<Integer, ChildProcess> kafka = new TreeMap<>();

    private ChildProcess keycloak;
    private ChildProcess idporten;
    private ChildProcess companyLogin;
    private final Map<String, ChildProcess> applications = new LinkedHashMap<>();
    private final Map<String, Instant> startedAt = new ConcurrentHashMap<>();
    private final Map<String, Duration> startUpTimes = new ConcurrentHashMap<>();

    private LocalStack(Path root, Path dataDir, Shape shape) {
        this.root = root;
        this.dataDir = dataDir;
        this.logDir = dataDir.resolve("logs");
        this.shape = shape;
        var named = new LinkedHashMap<String, Integer>();
        for (int replica = 1; replica <= shape.replicas(); replica++) {
            for (var app : APPLICATIONS.entrySet()) {
                named.put(
                        replica == 1 ? app.getKey() : app.getKey() + "-" + replica,
                        Ports.replica(app.getValue(), replica));
            }
        }
        this.instances = Collections.unmodifiableMap(named);
    }

    public static void main(String[] args) throws Exception {
        Path root = findRoot();
        String configured = System.getenv("KLAGESAK_DATA_DIR");
        Path dataDir = configured == null ? root.resolve(".local-data") : Path.of(configured);
        // ./run-local.sh --cluster: three Kafka nodes and two replicas of every application (data kept apart).
        boolean cluster = Arrays.asList(args).contains("--cluster");
        LocalStack stack = cluster
                ? new LocalStack(root, dataDir.resolveSibling(dataDir.getFileName() + "-cluster"), Shape.CLUSTER)
                : new LocalStack(root, dataDir, Shape.SINGLE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Klagesak …");
            stack.close();
            System.out.println("Stopped.");
        }));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("\nThe platform did not start: " + e.getMessage());
            System.exit(1);
        }
        stack.printWelcome();
        if (cluster) {
            System.out.println("Cluster shape: Kafka on " + stack.kafkaBootstrap()
                    + "; a second replica of each application on its port + 200 (8280–8285).");
        }
        Thread.currentThread().join();
    }

    /** Starts everything and returns when every part answers; on failure, stops what was started. */
    public static LocalStack start(Path root, Path dataDir) throws Exception {
        return start(root, dataDir, Shape.SINGLE);
    }

    /**
     * Starts the stack in the given shape on no data: the data folder is deleted first, once it is clear that no stack
     * runs on these ports (whose data it may be). For the end-to-end tests.
     */
    public static LocalStack startAfresh(Path root, Path dataDir, Shape shape) throws Exception {
        new LocalStack(root, dataDir, shape).checkPortsFree();
        if (Files.exists(dataDir)) {
            try (var paths = Files.walk(dataDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        return start(root, dataDir, shape);
    }

    /** Starts the stack in the given shape; see {@link #start(Path, Path)}. */
    public static LocalStack start(Path root, Path dataDir, Shape shape) throws Exception {
        LocalStack stack = new LocalStack(root, dataDir, shape);
        try {
            stack.start();
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    private void start() throws Exception {
        Instant begin = Instant.now();
        Files.createDirectories(logDir);
        checkPortsFree();
        step("MongoDB-compatible store on " + Ports.MONGO + " (data in " + dataDir.resolve("mongo") + ")");
        mongo = MongoStore.start(dataDir);
        step("The web's session database (H2 server) on " + Ports.WEB_SESSIONS);
        webSessions = SessionDatabase.start(dataDir);
        step("SMTP on " + Ports.SMTP + ", mail viewer on " + Ports.MAIL_VIEWER);
        mail = MailServer.start();
        step("Keycloak on " + Ports.KEYCLOAK + " (about a minute on first start)");
        keycloak = KeycloakServer.start(root, dataDir, logDir);
        step("Kafka (KRaft) on " + kafkaBootstrap());
        startKafka();
        step("ID-porten stand-in on " + Ports.IDPORTEN);
        idporten = IdPortenMock.start(root, logDir);
        step("Company login stand-in on " + Ports.COMPANY_LOGIN);
        companyLogin = IdPortenMock.startCompanyLogin(root, logDir);
        KeycloakServer.awaitReady(keycloak);
        step("Keycloak ready");
        // The tenant service first: it publishes the tenants every other service reads at start.
        var tenantService = instances.entrySet().iterator().next();
        awaitReady(tenantService.getKey(), tenantService.getValue(), startApplication(tenantService.getKey()));
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (var app : instances.entrySet()) {
            if (app.equals(tenantService)) continue;
            ChildProcess process = startApplication(app.getKey());
            ready.add(CompletableFuture.runAsync(() -> awaitReady(app.getKey(), app.getValue(), process)));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
        step("Everything is up after " + Duration.between(begin, Instant.now()).toSeconds() + " s");
    }

    /** Fails when a port this stack needs is taken: by a stack already running, most likely. */
    private void checkPortsFree() {
        List<Integer> ports = new ArrayList<>(instances.values());
        instances.values().forEach(port -> ports.add(Ports.management(port)));
        for (int node = 1; node <= shape.brokers(); node++) {
            ports.addAll(List.of(Ports.kafka(node), Ports.kafkaController(node)));
        }
        ports.addAll(List.of(
                Ports.KEYCLOAK,
                Ports.MONGO,
                Ports.WEB_SESSIONS,
                Ports.SMTP,
                Ports.MAIL_VIEWER,
                Ports.IDPORTEN,
                Ports.COMPANY_LOGIN));
        for (int port : ports) {
            if (ChildProcess.isOpen(port)) {
                throw new IllegalStateException("Port " + port + " is already in use; is the stack already running?");
            }
        }
    }

    private void awaitReady(String instance, int port, ChildProcess process) {
        try {
            process.awaitHttp(
                    "http://localhost:" + Ports.management(port) + "/actuator/health/readiness",
                    Duration.ofSeconds(300));
            startUpTimes.put(instance, Duration.between(startedAt.get(instance), Instant.now()));
            step(instance + " ready on " + port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ChildProcess startApplication(String instance) throws IOException {
        return startApplication(instance, Map.of());
    }

    private ChildProcess startApplication(String instance, Map<String, String> settings) throws IOException {
        String module = moduleOf(instance);
        int port = instances.get(instance);
        Path jar = root.resolve(module + "/target/" + module + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build first with ./mvnw install -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        var environment = new HashMap<>(Map.of(
                "PORT",
                String.valueOf(port),
                "MANAGEMENT_PORT",
                String.valueOf(Ports.management(port)),
                // Everything comes from this one machine: the public form's limits per address and per tenant
                // are raised here (RateLimitComponentTest tests them; docs/security.md).
                "KLAGESAK_INTAKE_SUBMISSIONS_PER_SOURCE",
                "100000",
                "KLAGESAK_INTAKE_SUBMISSIONS_PER_TENANT",
                "100000",
                // and a tenant's public complaints are taken 100 at a time instead of one (the fault suite streams
                // 10 a second to one tenant; its flood test restarts intake with one).
                "KLAGESAK_INTAKE_SUBMISSIONS_CONCURRENT_PER_TENANT",
                "100",
                "KLAGESAK_MASTER_KEY",
                masterKey(),
                // The retention watch runs hourly in production; here every 10 s, so a case whose retention
                // ran out (or whose hold was released) is erased while you watch (RetentionE2ETest).
                "KLAGESAK_ROUTING_RETENTION_WATCH_INTERVAL",
                "10s",
                "KLAGESAK_ROUTING_RETENTION_WATCH_INITIAL_DELAY",
                "10s",
                "KAFKA_BOOTSTRAP_SERVERS",
                kafkaBootstrap()));
        // The yearly evaluation's reminder is looked for hourly in production; here every 15 s.
        environment.put("KLAGESAK_NOTICES_EVALUATION_CHECK_EVERY", "15s");
        environment.put("KLAGESAK_NOTICES_EVALUATION_CHECK_FIRST", "15s");
        // Every web instance keeps its sessions in the one database, so a user stays logged in whichever answers.
        if (module.equals("web")) environment.put("KLAGESAK_WEB_SESSIONS_URL", SessionDatabase.url());
        environment.putAll(shape.environment().getOrDefault(module, Map.of()));
        environment.putAll(settings);
        ChildProcess process = ChildProcess.start(instance, command, environment, root, logDir);
        applications.put(instance, process);
        startedAt.put(instance, Instant.now());
        return process;
    }

    /** The module of an application instance: {@code routing-service-2} is a replica of {@code routing-service}. */
    private static String moduleOf(String instance) {
        return APPLICATIONS.containsKey(instance) ? instance : instance.substring(0, instance.lastIndexOf('-'));
    }

    /**
     * The master key that wraps each tenant's data key in intake, routing and notification: made at random on the first start and kept with the
     * data (readable by its owner only), so the sealed complaints open again after a restart. Deleting the data
     * folder deletes both.
     */
    private String masterKey() throws IOException {
        Path file = dataDir.resolve("master.key");
        Path older = dataDir.resolve("intake-master.key");
        if (!Files.exists(file) && Files.exists(older)) Files.move(older, file);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(dataDir);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
        }
        return Files.readString(file).strip();
    }

    private void printWelcome() {
        System.out.println("""

                Klagesak runs locally.

                  Web                 http://localhost:%d
                  Public form API     POST http://localhost:%d/public/tenants/{fjordvekst|lysheim}/complaints
                  intake-service      http://localhost:%d
                  routing-service     http://localhost:%d
                  notification        http://localhost:%d
                  reporting-service   http://localhost:%d
                  tenant-service      http://localhost:%d  (tenants and routines; GET /public/tenants/fjordvekst)
                  Keycloak            http://localhost:%d  (admin / admin)
                  Mail viewer         http://localhost:%d
                  Kafka               localhost:%d    MongoDB  localhost:%d    SMTP  localhost:%d
                  Web sessions        %s  (H2 server, user web / web-local)

                Demo logins (password: demo), one per role in each tenant:
                  Fjordvekst AS                   fjordvekst-receiver, -handler, -director, -management, -board, -admin
                  Lysheim Arbeid og Inkludering   lysheim-receiver, -handler, -director, -management, -board, -admin

                Logs: %s
                Press Ctrl-C to stop everything.
                """.formatted(
                        Ports.WEB,
                        Ports.INTAKE,
                        Ports.INTAKE,
                        Ports.ROUTING,
                        Ports.NOTIFICATION,
                        Ports.REPORTING,
                        Ports.TENANT,
                        Ports.KEYCLOAK,
                        Ports.MAIL_VIEWER,
                        Ports.KAFKA,
                        Ports.MONGO,
                        Ports.SMTP,
                        SessionDatabase.url(),
                        logDir));
    }

    // Faults, for the fault suite (issue 12, e2e-tests FaultE2ETest): each part can be taken away and given back while
    // the rest runs on, as it happens in production.

    /** The shape the stack runs in. */
    public Shape shape() {
        return shape;
    }

    /** Kafka's bootstrap servers, every node. */
    public String kafkaBootstrap() {
        return KafkaBroker.bootstrap(shape.brokers());
    }

    /** Every application replica, by instance name ({@code intake-service}, {@code intake-service-2}) and port. */
    public Map<String, Integer> instances() {
        return instances;
    }

    /**
     * Stops every Kafka node (their data is kept), all at once: a node of a cluster stopped after the others would wait
     * for a quorum that is gone.
     */
    public synchronized void stopKafka() {
        closeAll(kafka.values());
        kafka.clear();
    }

    /** Stops the processes at once and returns when all are gone. */
    private static void closeAll(Collection<ChildProcess> processes) {
        List<Thread> stopping = processes.stream()
                .map(process -> Thread.ofVirtual().start(process::close))
                .toList();
        for (Thread process : stopping) {
            try {
                process.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts every Kafka node that is not running, on its data, and returns once the cluster is whole. */
    public synchronized void startKafka() throws IOException, InterruptedException {
        for (int node = 1; node <= shape.brokers(); node++) {
            if (!kafka.containsKey(node)) {
                kafka.put(node, KafkaBroker.start(root, dataDir, logDir, shape.brokers(), node));
            }
        }
        // A node starts in ~5 s on a quiet machine; on a loaded one (a second build beside the tests) one took over a
        // minute. These bounds only catch a node that will not start at all.
        for (var node : kafka.entrySet())
            node.getValue().awaitPort(Ports.kafka(node.getKey()), Duration.ofSeconds(240));
        KafkaBroker.awaitCluster(shape.brokers(), Duration.ofSeconds(240));
    }

    /** Kills one Kafka node as {@code kill -9} does (its data is kept). */
    public synchronized void killBroker(int node) {
        ChildProcess process = kafka.remove(node);
        if (process == null) throw new IllegalStateException("Kafka node " + node + " is not running");
        process.kill();
    }

    /** Kills an application instance as {@code kill -9} does: no graceful shutdown, work in hand is lost. */
    public synchronized void kill(String instance) {
        ChildProcess process = applications.remove(instance);
        if (process == null) throw new IllegalStateException(instance + " is not running");
        process.kill();
    }

    /** Starts an application instance that was killed or stopped, and returns when it is ready. */
    public void startAgain(String instance) throws IOException {
        ChildProcess process;
        synchronized (this) {
            if (applications.containsKey(instance)) throw new IllegalStateException(instance + " is running");
            process = startApplication(instance);
        }
        awaitReady(instance, instances.get(instance), process);
    }

    /**
     * Stops an application instance gracefully and starts it with these settings added to its environment (none: as
     * the stack starts it); returns when it is ready.
     */
    public void restartWith(String instance, Map<String, String> settings) throws IOException {
        ChildProcess process;
        synchronized (this) {
            ChildProcess running = applications.remove(instance);
            if (running == null) throw new IllegalStateException(instance + " is not running");
            running.close();
            process = startApplication(instance, settings);
        }
        awaitReady(instance, instances.get(instance), process);
    }

    /** The log file of a process of the stack, by its name (an application instance, e.g. {@code intake-service}). */
    public Path log(String name) {
        return logDir.resolve(name + ".log");
    }

    /** Stops Keycloak gracefully: no logins, no token refreshes, and the admin API does not answer. */
    public synchronized void stopKeycloak() {
        if (keycloak == null) throw new IllegalStateException("Keycloak is not running");
        keycloak.close();
        keycloak = null;
    }

    /** Starts Keycloak again on its own data (the realm as it was), and returns when it answers. */
    public void startKeycloak() throws IOException, InterruptedException {
        ChildProcess started;
        synchronized (this) {
            if (keycloak != null) throw new IllegalStateException("Keycloak is running");
            started = KeycloakServer.start(root, dataDir, logDir);
            keycloak = started;
        }
        KeycloakServer.awaitReady(started);
    }

    /** Stops the SMTP server; mail already received stays in the viewer. */
    public void stopSmtp() {
        mail.stopSmtp();
    }

    public void startSmtp() {
        mail.startSmtp();
    }

    /** When the first mail to an address arrived at the stack's SMTP server, to the millisecond. */
    public Optional<Instant> mailArrival(String address) {
        return mail.arrivalFor(address);
    }

    /** Stops the store and starts it again on the same files, as a restarted database server. */
    public synchronized void restartStore() throws IOException {
        mongo.close();
        mongo = MongoStore.start(dataDir);
    }

    /** How long each application instance took from its process start to ready, the last time it started. */
    public Map<String, Duration> startUpTimes() {
        return Map.copyOf(startUpTimes);
    }

    /** Each running application's resident memory (VmRSS, Linux) in bytes, by instance. */
    public synchronized Map<String, Long> residentMemory() throws IOException {
        Map<String, Long> resident = new LinkedHashMap<>();
        for (var app : applications.entrySet()) {
            Path status = Path.of("/proc", String.valueOf(app.getValue().pid()), "status");
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    resident.put(app.getKey(), Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        }
        return resident;
    }

    /** Stops the applications first (all at once), then Keycloak, Kafka, mail and the store. */
    @Override
    public void close() {
        closeAll(applications.values());
        applications.clear();
        if (keycloak != null) keycloak.close();
        stopKafka();
        if (idporten != null) idporten.close();
        if (companyLogin != null) companyLogin.close();
        if (mail != null) mail.close();
        if (mongo != null) mongo.close();
        if (webSessions != null) webSessions.close();
        keycloak = null;
        idporten = null;
        companyLogin = null;
        mail = null;
        mongo = null;
        webSessions = null;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The repository root: the nearest directory up from here that holds {@code mvnw}. */
    public static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run from inside the Klagesak repository");
        }
        return dir;
    }

    private static void step(String message) {
        System.out.println("• " + message);
    }

    private static Map<String, Integer> orderedApplications() {
        var apps = new LinkedHashMap<String, Integer>();
        apps.put("tenant-service", Ports.TENANT);
        apps.put("intake-service", Ports.INTAKE);
        apps.put("routing-service", Ports.ROUTING);
        apps.put("notification-service", Ports.NOTIFICATION);
        apps.put("reporting-service", Ports.REPORTING);
        apps.put("web", Ports.WEB);
        return Collections.unmodifiableMap(apps);
    }
}
