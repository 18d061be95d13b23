package no.klagesak.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Forged and misused tokens, tried against every endpoint of a running service, from the service's own inventory of
 * request mappings: a new endpoint is attacked without anyone adding it here. Every attack must get 401.
 */
public final class TokenAttacks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TokenAttacks() {}

    /** A forged or misused token, named for the report. */
    public record Attack(String name, String token) {}

    /** An endpoint of the service: its method and path, path variables filled in. */
    public record Endpoint(String method, String path) {}

    /** Each attack, shaped as a token of a handler of {@code tenant}. */
    public static List<Attack> all(String tenant) {
        TestIssuer ours = TestIssuer.shared();
        JWTClaimsSet valid = TestIssuer.claims("mallory", "handler", "managing-director", "tenant-admin", "board")
                .claim("organization", List.of(tenant))
                .build();
        String genuine = ours.sign(valid);
        List<Attack> attacks = new ArrayList<>();
        attacks.add(new Attack("no signature (alg: none)", new PlainJWT(valid).serialize()));
        attacks.add(new Attack("alg: none with a signature part", noneWithSignature(genuine)));
        attacks.add(
                new Attack("HS256 signed with the public key (HS/RS confusion)", hmac(valid, ours.publicKeyBytes())));
        attacks.add(new Attack(
                "signed by a key the issuer does not have",
                TestIssuer.impostor().token(tenant, "mallory", "handler", "managing-director")));
        attacks.add(new Attack(
                "signed by an unknown key named in its own jku and jwk headers",
                TestIssuer.impostor().signNamingOwnKeys(valid)));
        attacks.add(new Attack(
                "an ID token (typ: ID)",
                ours.sign(with(valid).claim("typ", "ID").build())));
        attacks.add(new Attack(
                "foreign issuer",
                ours.sign(with(valid)
                        .issuer("https://evil.example/realms/klagesak")
                        .build())));
        attacks.add(new Attack(
                "token from another realm",
                ours.sign(with(valid)
                        .issuer("http://localhost:8180/realms/master")
                        .build())));
        attacks.add(new Attack(
                "wrong audience",
                ours.sign(with(valid)
                        .audience(List.of("account", "some-other-api"))
                        .build())));
        attacks.add(new Attack(
                "no audience", ours.sign(with(valid).audience(List.<String>of()).build())));
        Instant past = Instant.now().minus(Duration.ofHours(2));
        attacks.add(new Attack(
                "expired",
                ours.sign(with(valid)
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
                        .build())));
        attacks.add(new Attack("tampered organization claim", tamperedOrganization(genuine, "someone-else")));
        attacks.add(new Attack("garbage", "not.a.token"));
        return attacks;
    }

    /** The service's endpoints that need a token: everything but {@code /public/**}, health and the API document. */
    public static List<Endpoint> inventory(RequestMappingHandlerMapping mappings) {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Endpoint mapped : mapped(mappings)) {
            String pattern = mapped.path();
            if (pattern.startsWith("/public/")
                    || pattern.startsWith("/actuator")
                    || pattern.startsWith("/v3/api-docs")
                    || pattern.startsWith("/swagger-ui")
                    || pattern.equals("/error")) {
                continue;
            }
            String path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            if (seen.add(mapped.method() + " " + path)) endpoints.add(new Endpoint(mapped.method(), path));
        }
        return endpoints;
    }

    /** Every method and path pattern the service maps (a mapping without a method as GET), the path unfilled. */
    static List<Endpoint> mapped(RequestMappingHandlerMapping mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(m.name(), pattern));
                }
            }
        });
        return endpoints;
    }

    /** Every attack against every endpoint gets 401; the failures, if any, are listed together. */
    public static void assertEveryAttackRefused(int port, List<Endpoint> endpoints, List<Attack> attacks) {
        assertThat(endpoints).as("the service's endpoints").isNotEmpty();
        List<String> accepted = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Attack attack : attacks) {
                int status = send(port, endpoint, attack.token());
                if (status != 401)
                    accepted.add(endpoint.method() + " " + endpoint.path() + " with " + attack.name() + ": " + status);
            }
            int status = send(port, endpoint, null);
            if (status != 401) accepted.add(endpoint.method() + " " + endpoint.path() + " without a token: " + status);
        }
        assertThat(accepted).as("requests not refused with 401").isEmpty();
    }

    private static int send(int port, Endpoint endpoint, String token) {
        return send(port, endpoint.method(), endpoint.path(), token, Duration.ofSeconds(30))
                .statusCode();
    }

    /** The request as a test client sends it: JSON, an empty object as the body of a change, the token if any. */
    static HttpResponse<String> send(int port, String method, String path, String token, Duration timeout) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(timeout)
                .header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        boolean body = Set.of("POST", "PUT", "PATCH").contains(method);
        request.method(method, body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    private static JWTClaimsSet.Builder with(JWTClaimsSet claims) {
        return new JWTClaimsSet.Builder(claims);
    }

    private static String hmac(JWTClaimsSet claims, byte[] secret) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("test-key").build(), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A genuine token's payload and signature under a header that says {@code alg: none}. */
    private static String noneWithSignature(String genuine) {
        String[] parts = genuine.split("\\.");
        String header = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"test-key\"}".getBytes(StandardCharsets.UTF_8))
                .toString();
        return header + "." + parts[1] + "." + parts[2];
    }

    /** A genuine token whose payload names another organization, the signature left as it was. */
    private static String tamperedOrganization(String genuine, String tenant) {
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String changed =
                payload.replaceFirst("\"organization\":\\[\"[^\"]*\"]", "\"organization\":[\"" + tenant + "\"]");
        if (changed.equals(payload)) throw new IllegalStateException("no organization claim in " + payload);
        return parts[0] + "." + Base64URL.encode(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
