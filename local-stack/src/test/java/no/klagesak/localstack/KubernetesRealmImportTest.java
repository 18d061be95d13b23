package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm is code, kept once: Kubernetes' {@code KeycloakRealmImport} ({@code k8s/base/keycloak-realm-import.yaml})
 * is the local realm file made fit for production, and this test keeps the two from drifting apart. From the local
 * realm it leaves out the demo people and tenants (tenant-service onboards tenants) and the local script client, points
 * the web client at the public address, takes every secret from a Kubernetes Secret (the operator's placeholders), and
 * brokers the real ID-porten instead of its stand-in. A change to the realm file fails this test until the import file
 * is made again: review {@code target/keycloak-realm-import.received.yaml} and copy it over.
 */
class KubernetesRealmImportTest {

    private static final Path ROOT = LocalStack.findRoot();
    private static final Path APPROVED = ROOT.resolve("k8s/base/keycloak-realm-import.yaml");

    @Test
    void the_kubernetes_realm_import_is_the_local_realm_made_fit_for_production() throws IOException {
        String received = header() + yaml(realmImport());
        Path file = ROOT.resolve("local-stack/target/keycloak-realm-import.received.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, received);
        assertThat(Files.exists(APPROVED) ? Files.readString(APPROVED) : "")
                .as("k8s/base/keycloak-realm-import.yaml differs from the local realm made fit for production; review "
                        + file + " and copy it over when it is right")
                .isEqualTo(received);
        assertThat(received)
                .doesNotContain("localhost", "local-secret", "\"demo\"", "klagesak-cli")
                .contains("https://idporten.no", "${KEYCLOAK_WEB_CLIENT_SECRET}");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> realmImport() throws IOException {
        Map<String, Object> realm;
        try (InputStream in = KubernetesRealmImportTest.class.getResourceAsStream("/keycloak/klagesak-realm.json")) {
            realm = JsonMapper.builder().build().readValue(in, LinkedHashMap.class);
        }
        realm.put("sslRequired", "external");
        // Tenants are onboarded by tenant-service; only the service account of tenant-service is a user here.
        realm.remove("organizations");
        realm.put(
                "users",
                ((List<Map<String, Object>>) realm.get("users"))
                        .stream()
                                .filter(u -> u.containsKey("serviceAccountClientId"))
                                .toList());
        List<Map<String, Object>> clients = new ArrayList<>();
        for (Map<String, Object> client : (List<Map<String, Object>>) realm.get("clients")) {
            String id = (String) client.get("clientId");
            if (id.equals("klagesak-cli")) continue; // the local scripts' password grant
            if (id.equals("klagesak-web")) {
                client.put("secret", "${KEYCLOAK_WEB_CLIENT_SECRET}");
                client.put("redirectUris", List.of("${KLAGESAK_WEB_URL}/*"));
                client.put("webOrigins", List.of("${KLAGESAK_WEB_URL}"));
                ((Map<String, Object>) client.get("attributes"))
                        .put("post.logout.redirect.uris", "${KLAGESAK_WEB_URL}/*");
                ((Map<String, Object>) client.get("attributes"))
                        .put("backchannel.logout.url", "${KLAGESAK_WEB_URL}/logout/connect/back-channel/keycloak");
            }
            if (id.equals("klagesak-tenant-service")) client.put("secret", "${KEYCLOAK_TENANT_SERVICE_SECRET}");
            clients.add(client);
        }
        realm.put("clients", clients);
        Map<String, Object> smtp = (Map<String, Object>) realm.get("smtpServer");
        smtp.put("host", "${SMTP_HOST}");
        smtp.put("port", "${SMTP_PORT}");
        smtp.put("from", "${MAIL_FROM_ADDRESS}");
        for (Map<String, Object> idp : (List<Map<String, Object>>) realm.get("identityProviders")) {
            Map<String, Object> config = (Map<String, Object>) idp.get("config");
            // ID-porten itself (Digdir): https://docs.digdir.no/docs/idporten/oidc/oidc_func_wellknown
            config.put("issuer", "https://idporten.no");
            config.put("authorizationUrl", "https://login.idporten.no/authorize");
            config.put("tokenUrl", "https://idporten.no/token");
            config.put("jwksUrl", "https://idporten.no/jwks.json");
            config.put("logoutUrl", "https://login.idporten.no/logout");
            config.put("clientId", "${IDPORTEN_CLIENT_ID}");
            config.put("clientSecret", "${IDPORTEN_CLIENT_SECRET}");
        }
        Map<String, Object> placeholders = new LinkedHashMap<>();
        placeholder(placeholders, "KEYCLOAK_WEB_CLIENT_SECRET", "klagesak-web-client");
        placeholder(placeholders, "KEYCLOAK_TENANT_SERVICE_SECRET", "klagesak-tenant-service");
        placeholder(placeholders, "IDPORTEN_CLIENT_ID", "klagesak-idporten");
        placeholder(placeholders, "IDPORTEN_CLIENT_SECRET", "klagesak-idporten");
        placeholder(placeholders, "KLAGESAK_WEB_URL", "klagesak-keycloak-realm");
        placeholder(placeholders, "SMTP_HOST", "klagesak-keycloak-realm");
        placeholder(placeholders, "SMTP_PORT", "klagesak-keycloak-realm");
        placeholder(placeholders, "MAIL_FROM_ADDRESS", "klagesak-keycloak-realm");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", "keycloak");
        spec.put("placeholders", placeholders);
        spec.put("realm", realm);
        Map<String, Object> cr = new LinkedHashMap<>();
        cr.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        cr.put("kind", "KeycloakRealmImport");
        cr.put("metadata", Map.of("name", "klagesak-realm"));
        cr.put("spec", spec);
        return cr;
    }

    private static void placeholder(Map<String, Object> placeholders, String name, String secret) {
        // Ordered maps: Map.of's order changes from one JVM to the next, and the file must not.
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", secret);
        ref.put("key", name);
        placeholders.put(name, Map.of("secret", ref));
    }

    private static String yaml(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        return new Yaml(options).dump(document);
    }

    private static String header() {
        return """
                # Generated from local-stack/src/main/resources/keycloak/klagesak-realm.json by KubernetesRealmImportTest:
                # do not edit by hand (docs/keycloak.md). The Keycloak operator imports it once, when the realm does not
                # exist yet; the placeholders come from the Secrets named under spec.placeholders.
                """;
    }
}
