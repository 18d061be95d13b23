package no.klagesak.support.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer for tests: an RSA key, its JWK set served over real HTTP, and signed tokens shaped like Keycloak's.
 * Services under test fetch the keys and validate signature, expiry, issuer and audience exactly as in production.
 */
public final class TestIssuer {

    public static final String ISSUER = "http://localhost:8180/realms/klagesak";
    public static final String AUDIENCE = "klagesak-api";

    private static TestIssuer shared;

    private final RSAKey key;
    private final HttpServer server;

    private TestIssuer(RSAKey key) throws IOException {
        this.key = key;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
    }

    public static synchronized TestIssuer shared() {
        if (shared == null) {
            try {
                shared = new TestIssuer(
                        new RSAKeyGenerator(2048).keyID("test-key").generate());
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    /** A second issuer whose key no service trusts. */
    public static TestIssuer impostor() {
        try {
            return new TestIssuer(new RSAKeyGenerator(2048).keyID("test-key").generate());
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as an attacker can fetch it from the JWK set, X.509-encoded: the secret of an HS/RS confusion. */
    public byte[] publicKeyBytes() {
        try {
            return key.toRSAPublicKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
    }

    /** A valid token of a user in one organization (tenant) with the given realm roles. */
    public String token(String tenant, String username, String... roles) {
        return sign(
                claims(username, roles).claim("organization", List.of(tenant)).build());
    }

    /** A complainant logged in with ID-porten through Keycloak: no organization, no roles, {@code idp: idporten}. */
    public String idPorten(String username) {
        return sign(claims(username).claim("idp", "idporten").build());
    }

    /** Signed with this issuer's key, naming this issuer's JWK set in the token's own {@code jku} header. */
    public String signNamingOwnKeys(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .jwkURL(java.net.URI.create(jwkSetUri()))
                            .jwk(key.toPublicJWK())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims as Keycloak issues them, valid for five minutes, without an organization. */
    public static JWTClaimsSet.Builder claims(String username, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8))
                        .toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }
}
