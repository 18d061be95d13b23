package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 12: generated form posts against the public web form, through the whole path (web → intake → store → Kafka →
 * reporting). A valid complaint's form fields, changed in up to four places by empty, oversized, script, unknown or
 * wrongly typed values, doubled fields and unknown fields. Whatever comes, web never answers in the 5xx range, and
 * exactly the complaints it showed a receipt for are stored and counted: a refused form stores nothing. QuickTheories
 * seeds the generator; a failure prints the form and the seed.
 */
@ExtendWith(RunningPlatform.class)
class PublicFormFuzzE2ETest {

    private static final String FORM = "http://localhost:8080/t/fjordvekst/klage";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int CASES = Integer.getInteger("klagesak.fuzz.forms", 300);

    private static final List<String> FIELDS = List.of(
            "complainantRole",
            "category",
            "subject",
            "description",
            "desiredChange",
            "concerns",
            "concernsUnit",
            "concernsService",
            "chosenReceiver",
            "anonymous",
            "name",
            "email",
            "phone",
            "relation",
            "consented",
            "submission",
            "unknownField");

    private static final List<String> VALUES = List.of(
            "",
            " ",
            "PARTICIPANT",
            "REPRESENTATIVE",
            "CUSTOMER",
            "FOLLOW_UP",
            "NAV_DECISION",
            "UNIT",
            "SERVICE",
            "ADMIN",
            "null",
            "-1",
            "<script>alert(1)</script>",
            "{\"$ne\":null}",
            "../../etc/passwd",
            "ikke-en-epost",
            "kari@example.no",
            "+47 99 99 99 99",
            "Ærlig talt – æøå ÆØÅ 😀",
            "\u0000\u202e",
            "x".repeat(10_001),
            "Jeg har ikke fått svar på tre uker.");

    @Test
    void no_form_post_ends_in_a_server_error_and_only_what_was_receipted_is_stored() {
        Settled.await(Duration.ofMinutes(6));
        long before = RunningPlatform.counted(FaultE2ETest.BOARD);
        AtomicInteger receipted = new AtomicInteger();
        Map<Integer, Integer> statuses = new TreeMap<>();
        qt().withExamples(CASES).withShrinkCycles(20).forAll(forms()).checkAssert(form -> {
            HttpResponse<String> answer = post(form);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            assertThat(answer.statusCode()).as(show(form)).isLessThan(500);
            if (answer.body().contains("data-testid=\"receipt-code\"")) receipted.incrementAndGet();
        });
        System.out.printf(
                "%d generated forms posted: answers %s, %d receipted%n",
                statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses, receipted.get());
        assertThat(receipted.get())
                .as("some generated forms are valid complaints")
                .isPositive();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> RunningPlatform.counted(FaultE2ETest.BOARD), n -> n >= before + receipted.get());
        Settled.await(Duration.ofMinutes(6));
        assertThat(RunningPlatform.counted(FaultE2ETest.BOARD)).isEqualTo(before + receipted.get());
    }

    /** A valid form with up to four of its fields changed, dropped, doubled, or an unknown field added. */
    private static Gen<Map<String, List<String>>> forms() {
        Gen<String> field = SourceDSL.integers().between(0, FIELDS.size() - 1).map(FIELDS::get);
        Gen<String> value = SourceDSL.integers().between(0, VALUES.size() - 1).map(VALUES::get);
        Gen<Integer> how = SourceDSL.integers().between(0, 3);
        Gen<List<Object[]>> changes = SourceDSL.lists()
                .of(field.zip(value, how, (f, v, h) -> new Object[] {f, v, h}))
                .ofSizeBetween(0, 4);
        return changes.map(list -> {
            Map<String, List<String>> form = valid();
            for (Object[] change : list) {
                String f = (String) change[0];
                String v = (String) change[1];
                switch ((Integer) change[2]) {
                    case 0 -> form.put(f, new ArrayList<>(List.of(v)));
                    case 1 -> form.remove(f);
                    case 2 -> form.computeIfAbsent(f, k -> new ArrayList<>()).add(v);
                    default -> form.put(f + "[0]", new ArrayList<>(List.of(v)));
                }
            }
            return form;
        });
    }

    private static Map<String, List<String>> valid() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("submission", new ArrayList<>(List.of(UUID.randomUUID().toString())));
        form.put("complainantRole", new ArrayList<>(List.of("PARTICIPANT")));
        form.put("category", new ArrayList<>(List.of("FOLLOW_UP")));
        form.put("subject", new ArrayList<>(List.of("Oppfølging")));
        form.put("description", new ArrayList<>(List.of("Veilederen har ikke svart på tre uker.")));
        form.put("name", new ArrayList<>(List.of("Kari Fuzz")));
        return form;
    }

    private static HttpResponse<String> post(Map<String, List<String>> form) {
        String body = form.entrySet().stream()
                .flatMap(e -> e.getValue().stream()
                        .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(FORM))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("No answer to " + show(form), e);
        }
    }

    private static String show(Map<String, List<String>> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + e.getValue().stream()
                                .map(v -> v.length() > 40 ? v.substring(0, 40) + "…(" + v.length() + ")" : v)
                                .toList())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
