package no.klagesak.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A steady stream of complaints to the public form, at a fixed rate whatever the answers take (each on a thread of its
 * own), each named with an address of its own so its acknowledgement can be found. Keeps what intake answered.
 */
final class SteadyStream implements AutoCloseable {

    /**
     * One submission: when it was sent, the status (0 when no answer came) and, when accepted, the complaint's id and
     * reference.
     */
    record Sent(java.time.Instant at, Duration took, int status, String complaintId, String reference, String email) {}

    /** The public form of Fjordvekst at intake (the first replica). */
    static final String FJORDVEKST = "http://localhost:8081/public/tenants/fjordvekst/complaints";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger number = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final String run;
    private final List<String> forms;
    private final String category;

    private SteadyStream(String run, List<String> forms, String category) {
        this.run = run;
        this.forms = List.copyOf(forms);
        this.category = category;
    }

    /** Starts sending {@code perSecond} complaints a second to Fjordvekst. */
    static SteadyStream start(String run, int perSecond) {
        return start(run, perSecond, List.of(FJORDVEKST));
    }

    /** Starts sending {@code perSecond} complaints a second, to each of the public form URLs in turn. */
    static SteadyStream start(String run, int perSecond, List<String> forms) {
        return start(run, perSecond, forms, "FOLLOW_UP");
    }

    /** The same, with complaints of a category of the tenants' routine (Lysheim's has no FOLLOW_UP). */
    static SteadyStream start(String run, int perSecond, List<String> forms, String category) {
        SteadyStream stream = new SteadyStream(run, forms, category);
        stream.clock.scheduleAtFixedRate(
                () -> {
                    // Counted before the thread starts, so close() cannot miss a submission already under way.
                    stream.inFlight.incrementAndGet();
                    Thread.ofVirtual().start(stream::sendOne);
                },
                0,
                1_000_000 / perSecond,
                TimeUnit.MICROSECONDS);
        return stream;
    }

    private void sendOne() {
        int n = number.incrementAndGet();
        String email = run + "-" + n + "@fault.example";
        var at = java.time.Instant.now();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(forms.get(n % forms.size())))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(complaint(email, category, "")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var body = response.statusCode() == 201 ? JSON.readTree(response.body()) : null;
            sent.add(new Sent(
                    at,
                    Duration.between(at, java.time.Instant.now()),
                    response.statusCode(),
                    body == null ? null : body.get("complaintId").asString(),
                    body == null ? null : body.get("reference").asString(),
                    email));
        } catch (Exception noAnswer) {
            sent.add(new Sent(at, Duration.between(at, java.time.Instant.now()), 0, null, null, email));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** The complaint the stream (and the benchmark) sends to the public form: a participant's, with its own address. */
    static String complaint(String email) {
        return complaint(email, "FOLLOW_UP", "");
    }

    /** The same complaint in another category (one of the tenant's routine). */
    static String complaint(String email, String category) {
        return complaint(email, category, "");
    }

    /** The same complaint as a receiver registers a letter through the staff API. */
    static String letter(String email) {
        return complaint(email, "FOLLOW_UP", ",\"staffRegistration\":{\"medium\":\"LETTER\"}");
    }

    private static String complaint(String email, String category, String more) {
        return """
                {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"%s",
                 "subject":"Oppfølging","description":"Veilederen svarer ikke.","language":"nb",
                 "complainant":{"name":"Kari Feil","email":"%s"}%s}
                """.formatted(category, email, more);
    }

    /** Stops sending and waits for the answers still to come. */
    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        clock.awaitTermination(5, TimeUnit.SECONDS);
        for (int i = 0; i < 200 && inFlight.get() > 0; i++) Thread.sleep(100);
    }

    List<Sent> accepted() {
        return sent.stream().filter(s -> s.status() == 201).toList();
    }

    List<Sent> refused() {
        return sent.stream().filter(s -> s.status() != 201).toList();
    }
}
