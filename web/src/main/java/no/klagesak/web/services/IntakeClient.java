package no.klagesak.web.services;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** intake-service's public endpoints: a tenant's form rules, and a complaint from the public form. No token. */
@Component
public class IntakeClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient anonymous;

    IntakeClient(RestClient.Builder builder, @Value("${klagesak.web.intake-service-url}") String intake) {
        this.anonymous = builder.clone().baseUrl(intake).build();
    }

    /** The rules a complaint sent now is received under; empty when the tenant has no public form. */
    public Optional<FormRules> rules(String tenantId) {
        try {
            return Optional.ofNullable(anonymous
                    .get()
                    .uri("/public/tenants/{id}/form", tenantId)
                    .retrieve()
                    .body(FormRules.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    /**
     * Sends a complaint. The submission key makes a repeated send (a double click, a reload) one complaint with one
     * receipt.
     */
    public Sent submit(String tenantId, String submissionKey, Map<String, Object> complaint) {
        try {
            JsonNode receipt = anonymous
                    .post()
                    .uri("/public/tenants/{id}/complaints", tenantId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", submissionKey)
                    .body(complaint)
                    .retrieve()
                    .body(JsonNode.class);
            return new Sent.Received(receipt.path("reference").asString());
        } catch (HttpClientErrorException.BadRequest refused) {
            JsonNode problems = JSON.readTree(refused.getResponseBodyAsString()).path("problems");
            Map<String, String> byField = new java.util.LinkedHashMap<>();
            problems.properties()
                    .forEach(e -> byField.put(e.getKey(), e.getValue().asString()));
            return new Sent.Refused(byField);
        }
    }

    public record FormRules(
            int version,
            boolean anonymousAllowed,
            boolean nameRequired,
            boolean contactRequired,
            boolean desiredChangeRequired,
            Set<String> complainantRoles,
            Map<String, String> categories) {}

    /** What came of a complaint sent. */
    public sealed interface Sent {
        record Received(String reference) implements Sent {}

        /** Field name to problem code, e.g. {@code complainant.email} → {@code contact-required}. */
        record Refused(Map<String, String> problems) implements Sent {}
    }
}
