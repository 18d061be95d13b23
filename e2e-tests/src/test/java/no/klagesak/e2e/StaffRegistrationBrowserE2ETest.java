package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A receiver writes down an oral complaint in Chromium on the local stack (routine 001): who helped, and the
 * complainant's confirmation, which the page asks for until it is given.
 */
@ExtendWith(RunningPlatform.class)
class StaffRegistrationBrowserE2ETest {

    @Test
    void a_receiver_registers_an_oral_complaint_that_the_complainant_confirmed() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get("http://localhost:8080/registrering");
            chromium.logIn("fjordvekst-receiver", "demo");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("medium-IN_PERSON")));
            chromium.assertNoAccessibilityViolations("staff registration");

            driver.findElement(By.id("medium-IN_PERSON")).click();
            driver.findElement(By.id("helpedBy")).sendKeys("Tolk Tove");
            driver.findElement(By.id("role-PARTICIPANT")).click();
            driver.findElement(By.id("category-FOLLOW_UP")).click();
            driver.findElement(By.id("subject")).sendKeys("Muntlig klage om oppfølging");
            driver.findElement(By.id("description")).sendKeys("Hun sier at hun ikke har fått noen oppfølging.");
            driver.findElement(By.id("name")).sendKeys("Amina Hassan");
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();

            // Not confirmed yet: the summary says so, has the focus, and nothing was stored.
            var summary = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(summary.getText()).contains("kryss av når klageren har bekreftet teksten");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
            assertThat(driver.findElement(By.id("helpedBy")).getAttribute("value"))
                    .isEqualTo("Tolk Tove");
            chromium.assertNoAccessibilityViolations("staff registration with errors");
            chromium.screenshot("registration-errors.png");

            driver.findElement(By.id("confirmedByComplainant")).click();
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();
            var reference = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reference]")));
            assertThat(reference.getText()).matches("FJV-\\d{4}-\\d{4,}");
            chromium.assertNoAccessibilityViolations("registered");
            chromium.screenshot("registration-done.png");

            String handler = token("fjordvekst-handler");
            String complaintId = complaintIdOf(reference.getText(), "fjordvekst-handler");
            var stored = json(get("http://localhost:8081/api/complaints/" + complaintId, handler));
            assertThat(stored.get("channel").asString()).isEqualTo("STAFF_REGISTRATION");
            assertThat(stored.get("registeredBy").asString()).isEqualTo("fjordvekst-receiver");
            assertThat(stored.at("/staffRegistration/medium").asString()).isEqualTo("IN_PERSON");
            assertThat(stored.at("/staffRegistration/helpedBy").asString()).isEqualTo("Tolk Tove");
            assertThat(stored.at("/staffRegistration/confirmedByComplainant").asBoolean())
                    .isTrue();

            // She gave no e-mail: the handler owes her the written acknowledgement, and records how it was given.
            try (Browser asHandler = Browser.open()) {
                asHandler.driver.get("http://localhost:8080/saker/" + complaintId);
                asHandler.logIn("fjordvekst-handler", "demo");
                var acknowledgement = asHandler.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=acknowledgement]")));
                assertThat(acknowledgement.getText()).startsWith("Ikke gitt ennå. Gi den innen");
                asHandler.driver.findElement(By.id("acknowledged")).sendKeys("Brev sendt i posten i dag.");
                asHandler.submit("Kvittering er gitt");
                assertThat(asHandler
                                .wait
                                .until(ExpectedConditions.visibilityOfElementLocated(
                                        By.cssSelector("[data-testid=acknowledgement]")))
                                .getText())
                        .isEqualTo("Gitt. Se hva som er gjort.");
                assertThat(asHandler
                                .driver
                                .findElement(By.cssSelector("[data-testid=timeline]"))
                                .getText())
                        .contains("Ga kvittering til klageren", "Brev sendt i posten i dag.");
                assertThat(asHandler.driver.findElements(By.id("acknowledged"))).isEmpty();
                // Without e-mail, the acknowledgement is a letter to print and post, from the timeline.
                var letter = asHandler.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=letter]")));
                assertThat(letter.getText()).isEqualTo("Last ned brevet (PDF) for å skrive det ut");
                assertThat(asHandler
                                .driver
                                .findElement(By.cssSelector("[data-testid=timeline]"))
                                .getText())
                        .contains("Klageren har ikke e-post: skriv ut brevet og send det i posten.");
                var log = get("http://localhost:8083/api/notices?complaintId=" + complaintId, handler);
                String noticeId = json(log)
                        .valueStream()
                        .filter(d -> d.get("kind").asString().equals("ACKNOWLEDGEMENT"))
                        .findFirst()
                        .orElseThrow()
                        .get("id")
                        .asString();
                var pdf = get(
                        "http://localhost:8083/api/notices/letter?id="
                                + java.net.URLEncoder.encode(noticeId, java.nio.charset.StandardCharsets.UTF_8),
                        handler);
                assertThat(pdf.statusCode()).isEqualTo(200);
                assertThat(pdf.body()).startsWith("%PDF-");
                asHandler.assertNoAccessibilityViolations("the case page after the acknowledgement");

                // The case page says how it came in.
                assertThat(asHandler
                                .driver
                                .findElement(By.cssSelector("[data-testid=how-it-came]"))
                                .getText())
                        .contains("Skrevet inn av en ansatt", "Muntlig, i møte", "fjordvekst-receiver", "Tolk Tove")
                        .contains("Klageren har bekreftet teksten");

                // She has no e-mail and no code: the handler asks, takes her answer by phone, and closes the case.
                asHandler.submit("Ta saken");
                asHandler.driver.findElement(By.id("question")).sendKeys("Hvem er veilederen din?");
                asHandler.submit("Send spørsmålet");
                asHandler.wait.until(d -> {
                    d.navigate().refresh();
                    return !d.findElements(By.id("recorded-answer")).isEmpty();
                });
                asHandler
                        .driver
                        .findElement(By.id("recorded-answer"))
                        .sendKeys("Ringte henne i dag kl. 10: veilederen er Ola.");
                asHandler.submit("Skriv inn svaret");
                assertThat(asHandler
                                .driver
                                .findElement(By.cssSelector("[data-testid=notice]"))
                                .getText())
                        .isEqualTo("Svaret er skrevet inn. Fristen løper igjen.");
                asHandler.driver.findElement(By.id("outcome-UPHELD")).click();
                asHandler.driver.findElement(By.id("response")).sendKeys("Du får fast møte med Ola hver uke.");
                asHandler.driver.findElement(By.id("confirm-answer")).click();
                asHandler.submit("Avslutt med svar");
                asHandler.submit("Lukk saken");
                assertThat(asHandler
                                .driver
                                .findElement(By.cssSelector("[data-testid=timeline]"))
                                .getText())
                        .contains(
                                "Klageren svarte på telefon eller i møte",
                                "Ringte henne i dag kl. 10: veilederen er Ola.",
                                "Lukket");
                asHandler.assertNoAccessibilityViolations("the closed case of an oral complaint");
            }
        }
    }
}
