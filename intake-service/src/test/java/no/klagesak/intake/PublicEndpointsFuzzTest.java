package no.klagesak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12: generated payloads against the public endpoints, thousands per run. A valid complaint, changed in up to
 * five places by values of the wrong type, size, script, MongoDB operators, deep nesting, unknown fields, or replaced
 * by something that is no JSON at all. Whatever comes, the answer is never in the 5xx range (nor 401 on a public
 * endpoint), and a request that is refused stores nothing. The generator is seeded by QuickTheories: a failure prints
 * the smallest payload it found and the seed to repeat it.
 */
@ComponentTest
@TestPropertySource(
        properties = {
            // The limits are tested on their own (RateLimitComponentTest); here every request reaches the rules.
            "klagesak.intake.submissions.per-source=1000000",
            "klagesak.intake.submissions.per-tenant=1000000",
            "klagesak.intake.follow-up.wrong-codes-per-source=1000000",
            "klagesak.intake.follow-up.wrong-codes-per-tenant=1000000"
        })
class PublicEndpointsFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every place a complaint's JSON has a value, nested ones as paths. */
    private static final List<String> PLACES = List.of(
            "track",
            "complainantRole",
            "category",
            "subject",
            "description",
            "desiredChange",
            "complainant",
            "complainant.name",
            "complainant.email",
            "complainant.phone",
            "complainant.address",
            "complainant.representing",
            "complainant.representing.relation",
            "complainant.representing.consented",
            "concernsLineManager",
            "language",
            "staffRegistration",
            "staffRegistration.medium",
            "concerns",
            "concerns.kind",
            "concerns.id",
            "concerns.service",
            "chosenReceiver",
            "$where",
            "unknownField");

    /** Values the rules know, so generated complaints are sometimes valid and get further in. */
    private static final List<String> KNOWN = List.of(
            "COMPLAINT",
            "WHISTLEBLOWING",
            "PARTICIPANT",
            "EMPLOYEE",
            "CUSTOMER",
            "BUYER",
            "REPRESENTATIVE",
            "FOLLOW_UP",
            "SERVICE_DELIVERY",
            "NAV_DECISION",
            "HARASSMENT",
            "UNIT",
            "PERSON",
            "SERVICE",
            "nb",
            "nn",
            "en",
            "ar",
            "PHONE",
            "fjordvekst-handler",
            "u-workshop");

    private static final List<String> NASTY_TEXT = List.of(
            "",
            "   ",
            "\t\n",
            "<script>alert('x')</script>",
            "\"; db.dropDatabase(); //",
            "$gt",
            "{\"$ne\": null}",
            "../../etc/passwd",
            "\u0000",
            "\u202Eevil",
            "😀👍🏽",
            "ملاحظة",
            "Å æ ø",
            "null",
            "%s%n%x");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void generated_complaints_never_get_a_5xx_and_a_refused_one_stores_nothing() {
        TestHttp http = TestHttp.localhost(port);
        long before = complaints();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger cases = new AtomicInteger();
        qt().withExamples(2500).withShrinkCycles(200).forAll(requests()).checkAssert(request -> {
            cases.incrementAndGet();
            long stored = complaints();
            HttpResponse<String> response = http.post(
                    "/public/tenants/fjordvekst/complaints",
                    null,
                    request.body(),
                    Map.of("Content-Type", request.contentType()));
            int status = response.statusCode();
            assertThat(status)
                    .as("%s %s → %s", request.contentType(), abbreviated(request.body()), response.body())
                    .isLessThan(500)
                    .isNotEqualTo(401);
            if (status == 201) {
                accepted.incrementAndGet();
                assertThat(complaints()).isEqualTo(stored + 1);
            } else {
                assertThat(complaints())
                        .as("nothing stored after %d: %s", status, abbreviated(request.body()))
                        .isEqualTo(stored);
            }
        });
        assertThat(complaints()).isEqualTo(before + accepted.get());
        // The generator reaches past the parser: some complaints are valid as generated, most are refused.
        assertThat(accepted.get()).isPositive().isLessThan(cases.get());
        System.out.printf(
                "Fuzzed the public complaint endpoint with %d requests: %d accepted, %d refused, 0 in 5xx%n",
                cases.get(), accepted.get(), cases.get() - accepted.get());
    }

    @Test
    void generated_follow_up_requests_never_get_a_5xx() {
        TestHttp http = TestHttp.localhost(port);
        long before = complaints();
        List<String> paths = List.of("", "/information", "/withdrawal", "/escalation", "/retaliation", "/deviation");
        qt().withExamples(1000).forAll(followUps(), pick(paths)).checkAssert((body, path) -> {
            HttpResponse<String> response = http.post("/public/tenants/fjordvekst/follow-up" + path, null, body);
            assertThat(response.statusCode())
                    .as("%s %s → %s", path, abbreviated(body), response.body())
                    .isLessThan(500)
                    .isNotEqualTo(401);
        });
        // No receipt code was right, so nothing was reported, added or changed.
        assertThat(complaints()).isEqualTo(before);
    }

    private long complaints() {
        return mongo.getCollection("complaints").countDocuments();
    }

    record Request(String contentType, String body) {}

    /** Mostly JSON complaints changed in up to five places; sometimes no JSON, or another content type. */
    private static Gen<Request> requests() {
        return in -> {
            long kind = in.next(Constraint.between(0, 19));
            if (kind == 0) return new Request("application/json", noJson(in));
            if (kind == 1) {
                String type =
                        pickFrom(in, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"));
                return new Request(type, written(complaint(in)));
            }
            return new Request("application/json", written(complaint(in)));
        };
    }

    private static ObjectNode complaint(RandomnessSource in) {
        ObjectNode complaint = (ObjectNode) JSON.readTree("""
                {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"FOLLOW_UP",
                 "subject":"Oppfølging","description":"Veilederen svarer ikke.","language":"nb",
                 "complainant":{"name":"Kari Nordmann","email":"kari@example.org"}}
                """);
        long changes = in.next(Constraint.between(0, 5));
        for (int i = 0; i < changes; i++) {
            String place = pickFrom(in, PLACES);
            JsonNode value = in.next(Constraint.between(0, 9)) == 0 ? null : value(in, 0);
            put(complaint, place, value);
        }
        return complaint;
    }

    /** Sets a value at a dotted path, making the objects on the way; null removes it. */
    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(at.get(parts[i]) instanceof ObjectNode)) at.set(parts[i], NODES.objectNode());
            at = (ObjectNode) at.get(parts[i]);
        }
        if (value == null) at.remove(parts[parts.length - 1]);
        else at.set(parts[parts.length - 1], value);
    }

    private static JsonNode value(RandomnessSource in, int depth) {
        long kind = in.next(Constraint.between(0, depth < 2 ? 12 : 9));
        return switch ((int) kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(in.next(Constraint.between(0, 1)) == 1);
            case 2 -> NODES.numberNode(in.next(Constraint.between(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2)));
            case 3 -> NODES.numberNode(1e308 * in.next(Constraint.between(-10, 10)));
            case 4, 5 -> NODES.stringNode(pickFrom(in, KNOWN));
            case 6 -> NODES.stringNode(pickFrom(in, NASTY_TEXT));
            case 7 -> NODES.stringNode(text(in, (int) in.next(Constraint.between(0, 300))));
            case 8 -> NODES.stringNode("x".repeat((int) in.next(Constraint.between(199, 30_000))));
            case 9 -> operator(in);
            case 10 -> {
                ArrayNode array = NODES.arrayNode();
                long size = in.next(Constraint.between(0, 4));
                for (int i = 0; i < size; i++) array.add(value(in, depth + 1));
                yield array;
            }
            case 11 -> {
                ObjectNode object = NODES.objectNode();
                long size = in.next(Constraint.between(0, 4));
                for (int i = 0; i < size; i++) object.set(pickFrom(in, PLACES), value(in, depth + 1));
                yield object;
            }
            default -> deep(in.next(Constraint.between(10, 3000)));
        };
    }

    /** A MongoDB query operator where a plain value belongs. */
    private static JsonNode operator(RandomnessSource in) {
        ObjectNode object = NODES.objectNode();
        String operator = pickFrom(in, List.of("$gt", "$ne", "$where", "$regex", "$expr", "$function"));
        object.set(operator, NODES.stringNode(pickFrom(in, List.of("", ".*", "sleep(1000)", "this.a == 1"))));
        return object;
    }

    /**
     * Arrays nested {@code depth} deep, beyond what a parser should follow: a marker here, written out by
     * {@link #written} (the test's own JSON writer refuses such depth too).
     */
    private static JsonNode deep(long depth) {
        return NODES.stringNode(DEEP + depth);
    }

    private static final String DEEP = "\u0001deep:";

    private static String written(JsonNode body) {
        return java.util.regex.Pattern.compile("\"\\\\u0001deep:(\\d+)\"")
                .matcher(body.toString())
                .replaceAll(m -> {
                    int depth = Integer.parseInt(m.group(1));
                    return "[".repeat(depth) + "\"bottom\"" + "]".repeat(depth);
                });
    }

    /** Any code points, including control characters, right-to-left marks and characters outside the BMP. */
    private static String text(RandomnessSource in, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = (int) in.next(Constraint.between(0, 0x1F64F));
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF) codePoint = '?';
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** Bytes that are not a complaint: broken JSON, other documents, nothing. */
    private static String noJson(RandomnessSource in) {
        return switch ((int) in.next(Constraint.between(0, 7))) {
            case 0 -> "";
            case 1 -> "{\"subject\":";
            case 2 -> "[".repeat((int) in.next(Constraint.between(1, 5000)));
            case 3 -> "<complaint><subject>x</subject></complaint>";
            case 4 -> "null";
            case 5 -> "\"just a string\"";
            case 6 -> "{\"subject\":\"a\",\"subject\":\"b\"}";
            default -> text(in, (int) in.next(Constraint.between(1, 200)));
        };
    }

    /** Bodies for the follow-up endpoints: codes of every shape, and the other fields they read. */
    private static Gen<String> followUps() {
        return in -> {
            if (in.next(Constraint.between(0, 9)) == 0) return noJson(in);
            ObjectNode body = NODES.objectNode();
            JsonNode code = switch ((int) in.next(Constraint.between(0, 4))) {
                case 0 -> NODES.stringNode(digits(in, (int) in.next(Constraint.between(0, 40))));
                case 1 -> NODES.stringNode("1234 5678 9012 3456 7890");
                default -> value(in, 0);
            };
            body.set("code", code);
            if (in.next(Constraint.between(0, 1)) == 1) body.set("text", value(in, 0));
            if (in.next(Constraint.between(0, 2)) == 0) body.set("answers", value(in, 0));
            if (in.next(Constraint.between(0, 2)) == 0) body.set("description", value(in, 0));
            // A deviation's form: valid fields most often, so the code is what is tried.
            if (in.next(Constraint.between(0, 2)) > 0) {
                body.put("formId", "form-" + digits(in, 8));
                body.put("kind", "DEADLINE");
                body.put("text", "Ingen svar innen fristen.");
            }
            if (in.next(Constraint.between(0, 2)) == 0) body.set("kind", value(in, 0));
            if (in.next(Constraint.between(0, 2)) == 0) body.set("happenedOn", value(in, 0));
            if (in.next(Constraint.between(0, 2)) == 0) body.set("concernsDirector", value(in, 0));
            return written(body);
        };
    }

    private static String digits(RandomnessSource in, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) digits.append(in.next(Constraint.between(0, 9)));
        return digits.toString();
    }

    private static <T> Gen<T> pick(List<T> values) {
        return in -> pickFrom(in, values);
    }

    private static <T> T pickFrom(RandomnessSource in, List<T> values) {
        return values.get((int) in.next(Constraint.between(0, values.size() - 1)));
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "… (" + body.length() + " characters)";
    }
}
