package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The notices of a complaint's life on the local stack, read from the stack's real SMTP server: the complainant's
 * acknowledgement and written response, and the staff's notices, which never carry the complaint's text.
 */
@ExtendWith(RunningPlatform.class)
class NotificationsE2ETest {

    private static final String ROUTING = "http://localhost:8082";

    @Test
    void the_complainant_gets_the_acknowledgement_and_the_response_and_no_staff_mail_carries_the_complaints_text() {
        String canary = "KANARI-" + UUID.randomUUID();
        String address = "kari-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> sent = post(
                "http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Møtene %1$s",
                 "description":"Veilederen kommer ikke. %1$s","language":"nb",
                 "complainant":{"name":"Kari %1$s","email":"%2$s"}}
                """.formatted(canary, address));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String reference = json(sent).get("reference").asString();
        String complaintId = complaintIdOf(reference, "fjordvekst-handler");

        String handler = token("fjordvekst-handler");
        step(complaintId, handler, "{\"action\":\"ACCEPT\",\"version\":%d}");
        step(
                complaintId,
                handler,
                "{\"action\":\"RESOLVE\",\"version\":%d,\"outcome\":\"UPHELD\","
                        + "\"text\":\"Du får et fast møte hver uke fra nå.\"}");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address).size() == 2);
        List<String> complainantMails =
                mailsTo(address).stream().map(m -> m.get("text").asString()).toList();
        assertThat(String.join("\n", complainantMails))
                .contains("Vi har fått klagen din.", "Du får medhold.", "Du får et fast møte hver uke fra nå.");

        List<JsonNode> staffMails = mailsTo("@fjordvekst.example").stream()
                .filter(m -> m.get("subject").asString().contains(reference))
                .toList();
        assertThat(staffMails)
                .extracting(m -> m.get("subject").asString())
                .contains("Ny sak til deg: " + reference, "Ny klage: " + reference);
        assertThat(staffMails).allSatisfy(m -> assertThat(m.toString()).doesNotContain(canary, address, "Kari"));

        // The service marks a notice SENT once the mail server has taken it, a moment after the mail can be read there.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var log = get("http://localhost:8083/api/notices?complaintId=" + complaintId, handler);
            assertThat(log.statusCode()).isEqualTo(200);
            assertThat(log.body())
                    .contains("\"kind\":\"ACKNOWLEDGEMENT\",\"recipient\":\"complainant\",\"state\":\"SENT\"")
                    .contains("\"kind\":\"RESPONSE\",\"recipient\":\"complainant\",\"state\":\"SENT\"")
                    .doesNotContain(address);
        });
        // The case page shows the delivery log in its timeline, among the steps.
        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/saker/" + complaintId);
            chromium.logIn("fjordvekst-handler", "demo");
            var timeline =
                    chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.cssSelector("[data-testid=timeline]")));
            assertThat(timeline.getText())
                    .contains("Kvittering til klageren", "Svaret til klageren", "Sendt på e-post", "Tok saken");
            assertThat(timeline.getText()).doesNotContain(address);
            chromium.assertNoAccessibilityViolations("the case page with its delivery log");
            chromium.screenshot("case-delivery-log.png");
        }
        // Someone routing does not let see the case does not see its delivery log either.
        assertThat(get("http://localhost:8083/api/notices?complaintId=" + complaintId, token("fjordvekst-board"))
                        .statusCode())
                .isEqualTo(404);
    }

    private static void step(String complaintId, String token, String body) {
        long version = json(get(ROUTING + "/api/cases/" + complaintId + "/workflow", token))
                .get("version")
                .asLong();
        HttpResponse<String> done =
                post(ROUTING + "/api/cases/" + complaintId + "/workflow", token, body.formatted(version));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }
}
