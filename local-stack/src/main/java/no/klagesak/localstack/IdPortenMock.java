package no.klagesak.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for ID-porten, the Norwegian public login, for complainants who want to log in: NAV's mock OIDC provider
 * ({@code no.nav.security:mock-oauth2-server}) in its own JVM, with the issuer {@code /idporten} and an interactive
 * login page where you type any person (the {@code sub}) and claims such as {@code {"pid": "12345678910"}}. Keycloak
 * brokers it as the identity provider {@code idporten}; in production that points at ID-porten itself
 * (docs/security.md, "ID-porten"). A second instance on its own port stands in for a company's own login (Microsoft
 * Entra ID, Google Workspace or any OIDC provider) that a tenant admin connects to their organization.
 */
final class IdPortenMock {

    static final String ISSUER_ID = "idporten";
    /** The issuer of the company login's stand-in: {@code http://localhost:8191/company}. */
    static final String COMPANY_ISSUER_ID = "company";

    private IdPortenMock() {}

    static ChildProcess start(Path root, Path logDir) throws IOException, InterruptedException {
        return start(root, logDir, "idporten", Ports.IDPORTEN, ISSUER_ID, """
                {"acr": "idporten-loa-substantial", "amr": ["TestID"]}""");
    }

    /** The stand-in for a company's own login: a person types their work e-mail as a claim. */
    static ChildProcess startCompanyLogin(Path root, Path logDir) throws IOException, InterruptedException {
        return start(root, logDir, "company-login", Ports.COMPANY_LOGIN, COMPANY_ISSUER_ID, "{}");
    }

    private static ChildProcess start(Path root, Path logDir, String name, int port, String issuerId, String claims)
            throws IOException, InterruptedException {
        Path file = root.resolve("local-stack/target/idporten-classpath.txt");
        if (!Files.exists(file)) {
            throw new IllegalStateException("Missing " + file + ": build first with ./mvnw install -DskipTests");
        }
        String config = """
                {"interactiveLogin": true, "httpServer": "NettyWrapper",
                 "tokenCallbacks": [{"issuerId": "%s", "tokenExpiry": 300,
                   "requestMappings": [{"requestParam": "scope", "match": "*",
                                        "claims": %s}]}]}
                """.formatted(issuerId, claims);
        ChildProcess mock = ChildProcess.start(
                name,
                List.of(
                        LocalStack.javaExecutable(),
                        "-Xmx128m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        Files.readString(file).strip(),
                        "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt"),
                Map.of("SERVER_PORT", String.valueOf(port), "JSON_CONFIG", config),
                root,
                logDir);
        mock.awaitHttp(
                "http://localhost:" + port + "/" + issuerId + "/.well-known/openid-configuration",
                Duration.ofSeconds(60));
        return mock;
    }

    static String issuer() {
        return "http://localhost:" + Ports.IDPORTEN + "/" + ISSUER_ID;
    }
}
