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

    /** One submission: the status (0 when no answer came) and, when accepted, the complaint's id. */
    record Sent(int status, String complaintId, String email) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger number = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final String run;

    private SteadyStream(String run) {
        this.run = run;
    }

    /** Starts sending {@code perSecond} complaints a second to the tenant. */
    static SteadyStream start(String run, int perSecond) {
        SteadyStream stream = new SteadyStream(run);
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
        String email = run + "-" + number.incrementAndGet() + "@fault.example";
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:8081/public/tenants/fjordvekst/complaints"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(complaint(email)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = response.statusCode() == 201
                    ? JSON.readTree(response.body()).get("complaintId").asString()
                    : null;
            sent.add(new Sent(response.statusCode(), id, email));
        } catch (Exception noAnswer) {
            sent.add(new Sent(0, null, email));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** The complaint the stream (and the benchmark) sends to the public form: a participant's, with its own address. */
    static String complaint(String email) {
        return complaint(email, "");
    }

    /** The same complaint as a receiver registers a letter through the staff API. */
    static String letter(String email) {
        return complaint(email, ",\"staffRegistration\":{\"medium\":\"LETTER\"}");
    }

    private static String complaint(String email, String more) {
        return """
                {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"FOLLOW_UP",
                 "subject":"Oppfølging","description":"Veilederen svarer ikke.","language":"nb",
                 "complainant":{"name":"Kari Feil","email":"%s"}%s}
                """.formatted(email, more);
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
