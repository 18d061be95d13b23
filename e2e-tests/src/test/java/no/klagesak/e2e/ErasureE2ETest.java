package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A complainant's erasure request on the local stack (personvernforordningen art. 17): the tenant admin erases the
 * complaint in intake; intake forgets the text and the complainant, routing the notes of the case, notification the
 * address; the board's count does not change; the audit log says who erased it.
 */
@ExtendWith(RunningPlatform.class)
class ErasureE2ETest {

    @Test
    void an_erased_complaint_is_forgotten_by_every_service_and_still_counted() {
        String secret = "Slettes-" + UUID.randomUUID();
        String address = "erase-" + UUID.randomUUID() + "@example.org";
        var sent = post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Om %s","description":"%s",
                 "complainant":{"name":"Navn %s","email":"%s"},"language":"nb"}
                """.formatted(
                        secret, secret, secret, address));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String id = json(sent).get("complaintId").asString();
        String handler = token("fjordvekst-handler");
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        get("http://localhost:8082/api/cases/" + id, handler).statusCode() == 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailsTo(address).isEmpty());
        JsonNode workflow = json(get("http://localhost:8082/api/cases/" + id + "/workflow", handler));
        var noted = post("http://localhost:8082/api/cases/" + id + "/workflow", handler, """
                {"action":"RECORD_ACTION","version":%d,"text":"Ringte %s"}
                """.formatted(
                        workflow.get("version").asLong(), secret));
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        // Counted, with nothing of earlier tests still on its way.
        Settled.await(Duration.ofMinutes(6));
        String board = token("fjordvekst-board");
        long counted = json(get("http://localhost:8084/api/statistics/dashboard", board))
                .at("/counts/total")
                .asLong();

        assertThat(post("http://localhost:8081/api/complaints/" + id + "/erasure", handler, "")
                        .statusCode())
                .isEqualTo(403);
        String admin = token("fjordvekst-admin");
        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/admin/innsyn?sak=" + id);
            chromium.logIn("fjordvekst-admin", "demo");
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.cssSelector("[data-testid=erase]")));
            chromium.assertNoAccessibilityViolations("the erasure of a complainant's data");
            chromium.driver.findElement(org.openqa.selenium.By.id("bekreft")).click();
            chromium.submit("Slett opplysningene");
            assertThat(chromium.driver
                            .findElement(org.openqa.selenium.By.cssSelector("[data-testid=erase-message]"))
                            .getText())
                    .isEqualTo("Opplysningene i saken er slettet.");
        }
        assertThat(post("http://localhost:8081/api/complaints/" + id + "/erasure", admin, "")
                        .statusCode())
                .as("repeated")
                .isEqualTo(200);

        String director = token("fjordvekst-director");
        JsonNode complaint = json(get("http://localhost:8081/api/complaints/" + id, director));
        assertThat(complaint.toString()).doesNotContain(secret, address);
        assertThat(complaint.get("description").asString()).isEqualTo("[slettet]");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(get("http://localhost:8082/api/cases/" + id + "/workflow", director)
                                .body())
                        .doesNotContain(secret)
                        .contains("[slettet]"));
        assertThat(json(get("http://localhost:8084/api/statistics/dashboard", board))
                        .at("/counts/total")
                        .asLong())
                .as("still counted")
                .isGreaterThanOrEqualTo(counted);
        assertThat(get("http://localhost:8081/api/audit?complaintId=" + id, admin)
                        .body())
                .contains("\"action\":\"ERASED\"", "fjordvekst-admin");
    }
}
