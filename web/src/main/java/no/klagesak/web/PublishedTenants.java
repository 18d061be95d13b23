package no.klagesak.web;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/** What the tenant service publishes of a tenant, read from its public endpoint; the web keeps no tenant data. */
@Component
class PublishedTenants {

    private static final Logger log = LoggerFactory.getLogger(PublishedTenants.class);

    private final RestClient http;

    PublishedTenants(RestClient.Builder builder, @Value("${klagesak.web.tenant-service-url}") String tenantService) {
        this.http = builder.baseUrl(tenantService).build();
    }

    /** The tenant's display name; empty when no such tenant is served or the tenant service does not answer. */
    Optional<String> nameOf(String tenantId) {
        try {
            JsonNode tenant =
                    http.get().uri("/public/tenants/{id}", tenantId).retrieve().body(JsonNode.class);
            return Optional.ofNullable(tenant).map(t -> t.path("name").asString(null));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        } catch (RestClientException e) {
            log.warn("The tenant service did not answer: {}", e.toString());
            return Optional.empty();
        }
    }
}
