package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.put;
import static no.klagesak.e2e.RunningPlatform.stack;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak away while the admin adds a person: the organisation is saved at once, and the person is invited once
 * Keycloak is back, once. Runs late (it stops Keycloak for the whole shared stack, and starts it again before it ends).
 */
@Order(Integer.MAX_VALUE - 1)
@ExtendWith(RunningPlatform.class)
class KeycloakAwayE2ETest {

    private static final String TENANTS = "http://localhost:8085/api/tenants";

    @Test
    void a_person_added_while_keycloak_is_away_is_invited_once_it_is_back_once() throws Exception {
        String admin = token("lysheim-admin");
        String email = "ny-" + UUID.randomUUID().toString().substring(0, 8) + "@lysheim.example";
        ObjectNode organisation =
                (ObjectNode) json(get(TENANTS + "/lysheim", admin)).get("organisation");
        ((ArrayNode) organisation.get("people"))
                .addObject()
                .put("id", "p-away-" + UUID.randomUUID().toString().substring(0, 8))
                .put("name", "Nina Nyansatt")
                .put("email", email)
                .put("username", email)
                .put("unitId", "lysheim-workshop")
                .put("active", true)
                .putArray("roles")
                .add("receiver");

        stack().stopKeycloak();
        try {
            var saved = put(TENANTS + "/lysheim/organisation", admin, organisation.toString());
            assertThat(saved.statusCode())
                    .as("saved though Keycloak is away: " + saved.body())
                    .isEqualTo(200);
            assertThat(mailsTo(email)).isEmpty();
        } finally {
            stack().startKeycloak();
        }

        // The schedule brings the change to Keycloak once it is back (every 30 s).
        await().atMost(Duration.ofSeconds(120)).until(() -> !mailsTo(email).isEmpty());
        // Another change makes tenant-service reconcile within the request: no second invitation.
        String again = token("lysheim-admin");
        var current = (ObjectNode) json(get(TENANTS + "/lysheim", again)).get("organisation");
        assertThat(put(TENANTS + "/lysheim/organisation", again, current.toString())
                        .statusCode())
                .isEqualTo(200);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo(email).getFirst().get("subject").asString()).isEqualTo("Kontoen din i Klagesak");
    }
}
