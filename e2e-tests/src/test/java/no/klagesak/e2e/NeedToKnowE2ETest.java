package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A complaint's text is read from intake-service only by those routing-service lets see the case, on the local stack
 * with real tokens: never the person it concerns, and not a colleague outside the line of managers.
 */
@ExtendWith(RunningPlatform.class)
class NeedToKnowE2ETest {

    private static final String INTAKE = "http://localhost:8081";

    @Test
    void the_person_a_complaint_concerns_cannot_read_it_and_the_managing_director_can() {
        HttpResponse<String> created = post(INTAKE + "/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Arbeidslederen",
                 "description":"Arbeidslederen min hører ikke på meg.","language":"nb",
                 "concerns":{"kind":"PERSON","id":"fjordvekst-handler"}}
                """);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String complaintId = json(created).get("complaintId").asString();

        String director = token("fjordvekst-director");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("http://localhost:8082/api/cases/" + complaintId, director)
                                .statusCode()
                        == 200);
        HttpResponse<String> read = get(INTAKE + "/api/complaints/" + complaintId, director);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("Arbeidslederen min hører ikke på meg.");

        for (String user : new String[] {"fjordvekst-handler", "fjordvekst-board", "fjordvekst-receiver"}) {
            String token = token(user);
            for (String path : new String[] {"", "/conversation"}) {
                HttpResponse<String> hidden = get(INTAKE + "/api/complaints/" + complaintId + path, token);
                assertThat(hidden.statusCode()).as(user + path).isEqualTo(404);
                assertThat(hidden.body()).doesNotContain("hører ikke");
            }
        }

        // The audit log has the read of the director (who handles it: it concerns the handler), with routing's reason,
        // and every refused attempt, the person the
        // complaint concerns included; the tenant admin reads it.
        var audit = json(get(INTAKE + "/api/audit?complaintId=" + complaintId, token("fjordvekst-admin")));
        java.util.List<String> entries = new java.util.ArrayList<>();
        audit.forEach(
                e -> entries.add(e.get("who").asString() + " " + e.get("action").asString() + " "
                        + e.get("what").asString() + " " + e.get("why").asString()));
        assertThat(entries)
                .contains(
                        "fjordvekst-director READ COMPLAINT HANDLER",
                        "fjordvekst-handler REFUSED COMPLAINT NOT_ALLOWED",
                        "fjordvekst-handler REFUSED CONVERSATION NOT_ALLOWED",
                        "fjordvekst-board REFUSED COMPLAINT NOT_ALLOWED",
                        "fjordvekst-receiver REFUSED CONVERSATION NOT_ALLOWED")
                .hasSize(7);
        assertThat(audit.toString()).doesNotContain("hører ikke");

        // Datatilsynet: the person the complaint names is told within a month; the handler records it from the case.
        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/saker/" + complaintId);
            chromium.logIn("fjordvekst-director", "demo");
            var notice =
                    chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.cssSelector("[data-testid=concerned-notice]")));
            assertThat(notice.getText())
                    .contains(
                            "Saken nevner en bestemt person",
                            java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))
                                    .plusMonths(1)
                                    .toString());
            chromium.driver
                    .findElement(org.openqa.selenium.By.cssSelector("details.template summary"))
                    .click();
            assertThat(chromium.driver
                            .findElement(org.openqa.selenium.By.cssSelector("details.template"))
                            .getText())
                    .contains("Du får ikke vite hvem som sendte den");
            chromium.assertNoAccessibilityViolations("the case with its notice to the person it concerns");
            // Not now (personopplysningsloven § 16): the exception has a reason and a date it is reviewed by.
            String reviewOn = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))
                    .plusDays(45)
                    .toString();
            chromium.driver
                    .findElement(org.openqa.selenium.By.id("exception"))
                    .sendKeys("Undersøkelsen pågår, og vitnene er ikke hørt ennå.");
            ((org.openqa.selenium.JavascriptExecutor) chromium.driver)
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            chromium.driver.findElement(org.openqa.selenium.By.id("exception-review")),
                            reviewOn);
            chromium.submit("Registrer unntak med begrunnelse");
            assertThat(chromium.wait
                            .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                                    org.openqa.selenium.By.cssSelector("[data-testid=concerned-exception]")))
                            .getText())
                    .contains("Unntaket vurderes på nytt " + reviewOn);
            chromium.assertNoAccessibilityViolations("the case with an exception to review");
            // Reviewed and lifted: sent by the platform from its template, to the person's own address.
            chromium.submit("Send varselet på e-post nå");
            assertThat(chromium.driver
                            .findElement(org.openqa.selenium.By.cssSelector("[data-testid=concerned-notice]"))
                            .getText())
                    .contains("er informert, eller unntaket er begrunnet");
            chromium.screenshot("concerned-notice.png");
            chromium.atPhoneWidth("the case with its notice recorded", "concerned-notice-phone.png");
        }
        String reference = json(created).get("reference").asString();
        var told = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> RunningPlatform.mails().stream()
                                .filter(m -> m.get("subject").asString().startsWith("Opplysninger om deg behandles")
                                        && m.toString().contains(reference))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(told.toString()).contains("rett til å be om innsyn").doesNotContain("hører ikke");

        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/admin/innsyn?sak=" + complaintId);
            chromium.logIn("fjordvekst-admin", "demo");
            var table =
                    chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.cssSelector("[data-testid=audit]")));
            assertThat(table.getText())
                    .contains("Dagny Daglig Klagen Lest Saksbehandler")
                    .contains("Henrik Håndterer Klagen Avvist Har ikke tilgang til saken");
            chromium.assertNoAccessibilityViolations("the audit log");
            chromium.screenshot("audit-log.png");
            chromium.atPhoneWidth("the audit log", "audit-log-phone.png");
            chromium.driver.get("http://localhost:8080/admin/innsyn?sak=" + complaintId + "&lang=nn");
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.tagName("h1"), "Kven har lese klagene"));
            chromium.assertNoAccessibilityViolations("the audit log in Nynorsk");
            chromium.screenshot("audit-log-nn.png");
        }
    }
}
