package no.klagesak.web.services;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The routing service, called with the logged-in user's own access token. */
@Component
public class RoutingServiceClient {

    private final RestClient asUser;

    RoutingServiceClient(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager authorizedClients,
            @Value("${klagesak.web.routing-service-url}") String routingService) {
        this.asUser = UserToken.client(builder, authorizedClients, routingService);
    }

    /** The cases assigned to one handler (a user name), soonest deadline first. */
    public List<CaseLine> casesOf(String handler) {
        return asUser.get()
                .uri(uri ->
                        uri.path("/api/cases").queryParam("handler", handler).build())
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /** What a list of cases shows: never the complaint's text. */
    public record CaseLine(String complaintId, String reference, String category, String handler, LocalDate deadline) {}
}
