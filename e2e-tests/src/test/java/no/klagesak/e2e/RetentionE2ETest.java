package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import no.klagesak.localstack.Ports;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Retention on the local stack: two complaints are answered and closed; the tenant admin places a legal hold on one
 * in the browser. Their cases are then made to have ended six years ago (Fjordvekst keeps complaints five), the only
 * step not taken through the product, since no one waits five years. The retention watch finds the case without a
 * hold, intake erases it and every service forgets it, while the held one keeps everything; the admin releases the
 * hold, and that one goes too. The board's count stays.
 */
@ExtendWith(RunningPlatform.class)
class RetentionE2ETest {

    @Test
    void a_case_closed_longer_ago_than_the_routine_keeps_it_is_erased_by_itself_unless_a_legal_hold_is_on() {
        String heldSecret = "Holdes-" + UUID.randomUUID();
        String expiredSecret = "Utlopt-" + UUID.randomUUID();
        String held = answeredAndClosed(heldSecret);
        String expired = answeredAndClosed(expiredSecret);
        // Counted, with nothing of earlier tests still on its way.
        Settled.await(Duration.ofMinutes(6));
        String board = token("fjordvekst-board");
        long counted = json(get("http://localhost:8084/api/statistics/dashboard", board))
                .at("/counts/total")
                .asLong();

        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/admin/innsyn?sak=" + held);
            chromium.logIn("fjordvekst-admin", "demo");
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=retention-status]")));
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=retention-status]"))
                            .getText())
                    .contains("Etter rutinen oppbevares innholdet i 5 år");
            chromium.driver.findElement(By.id("grunn")).sendKeys("Klageren har varslet søksmål");
            chromium.submit("Hold saken tilbake");
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=hold-on]"))
                            .getText())
                    .contains("fjordvekst-admin", "Klageren har varslet søksmål");
            chromium.assertNoAccessibilityViolations("a case's retention with a legal hold on");
            chromium.screenshot("retention-hold.png");
            chromium.atPhoneWidth("a case's retention with a legal hold on", "retention-hold-phone.png");

            endedSixYearsAgo(held);
            endedSixYearsAgo(expired);
            String director = token("fjordvekst-director");
            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> assertThat(get("http://localhost:8081/api/complaints/" + expired, director)
                                    .body())
                            .doesNotContain(expiredSecret)
                            .contains("[slettet]"));
            // The round that found the one without a hold passed the held one by.
            assertThat(get("http://localhost:8081/api/complaints/" + held, director)
                            .body())
                    .contains(heldSecret);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(get("http://localhost:8082/api/cases/" + expired + "/workflow", director)
                                            .body())
                                    .doesNotContain(expiredSecret));
            String admin = token("fjordvekst-admin");
            assertThat(get("http://localhost:8081/api/audit?complaintId=" + expired, admin)
                            .body())
                    .contains("\"who\":\"klagesak\"", "\"why\":\"RETENTION\"");
            // Asked for by the complainant, the held one is refused too.
            assertThat(post("http://localhost:8081/api/complaints/" + held + "/erasure", admin, "")
                            .statusCode())
                    .isEqualTo(409);

            chromium.driver.get("http://localhost:8080/admin/innsyn?lang=en");
            assertThat(chromium.driver.findElement(By.id("held-heading")).getText())
                    .isEqualTo("Cases under a legal hold");
            chromium.assertNoAccessibilityViolations("the cases held, in English");
            chromium.driver.get("http://localhost:8080/admin/innsyn?lang=nb");
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=held]"))
                            .getText())
                    .contains("Klageren har varslet søksmål");
            chromium.driver.get("http://localhost:8080/admin/innsyn?sak=" + held);
            chromium.driver.findElement(By.id("grunn")).sendKeys("Saken ble forlikt");
            chromium.submit("Opphev tilbakeholdelsen");
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=hold-message]"))
                            .getText())
                    .isEqualTo("Tilbakeholdelsen er opphevet. Saken slettes etter rutinen.");
            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> assertThat(get("http://localhost:8081/api/complaints/" + held, director)
                                    .body())
                            .doesNotContain(heldSecret));
            // Routing records the erasure when intake's complaint.erased.v1 reaches it.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                chromium.driver.navigate().refresh();
                assertThat(chromium.driver
                                .findElement(By.cssSelector("[data-testid=retention-status]"))
                                .getText())
                        .startsWith("Innholdet og klagerens opplysninger ble slettet");
            });
        }
        assertThat(json(get("http://localhost:8084/api/statistics/dashboard", board))
                        .at("/counts/total")
                        .asLong())
                .as("still counted")
                .isGreaterThanOrEqualTo(counted);
    }

    /** A complaint from the public form, answered and closed by its handler; its id. */
    private static String answeredAndClosed(String secret) {
        var sent = post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Om %s","description":"%s",
                 "complainant":{"name":"Navn %s","email":"r-%s@example.org"},"language":"nb"}
                """.formatted(
                        secret, secret, secret, UUID.randomUUID()));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String id = json(sent).get("complaintId").asString();
        String handler = token("fjordvekst-handler");
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        get("http://localhost:8082/api/cases/" + id, handler).statusCode() == 200);
        for (String step : List.of(
                "{\"action\":\"ACCEPT\",\"version\":%d}",
                "{\"action\":\"RESOLVE\",\"version\":%d,\"outcome\":\"UPHELD\",\"text\":\"Svar om " + secret + "\"}",
                "{\"action\":\"CLOSE\",\"version\":%d}")) {
            long version = json(get("http://localhost:8082/api/cases/" + id + "/workflow", handler))
                    .get("version")
                    .asLong();
            var done = post("http://localhost:8082/api/cases/" + id + "/workflow", handler, step.formatted(version));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
        return id;
    }

    /** Moves every step of the case six years back in routing's store, as if it had ended then. */
    @SuppressWarnings("unchecked")
    private static void endedSixYearsAgo(String complaintId) {
        try (var client = MongoClients.create("mongodb://localhost:" + Ports.MONGO)) {
            var cases = client.getDatabase("klagesak-routing-service").getCollection("cases");
            Document found = cases.find(Filters.eq("_id", complaintId)).first();
            assertThat(found).as(complaintId).isNotNull();
            List<Document> timeline = (List<Document>) found.get("timeline");
            for (Document step : timeline) {
                var at = step.getDate("at").toInstant().atOffset(ZoneOffset.UTC).minusYears(6);
                step.put("at", Date.from(at.toInstant()));
            }
            cases.updateOne(Filters.eq("_id", complaintId), Updates.set("timeline", timeline));
        }
    }
}
