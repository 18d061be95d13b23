package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Routine 001: whoever finds that the routine was not followed reports it to the managing director. In Chromium on
 * the local stack, with axe: a handler reports one, the director is told by mail with a link only, reads it and writes
 * what was done, and the board counts it by kind.
 */
@ExtendWith(RunningPlatform.class)
class DeviationBrowserE2ETest {

    private static final String DIRECTOR_MAIL = "fjordvekst-director@fjordvekst.example";

    @Test
    void a_handler_reports_a_deviation_the_director_handles_it_and_the_board_counts_it() {
        String what = "Klageren fikk ingen kvittering på tre uker " + UUID.randomUUID();
        var complaint = RunningPlatform.post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Kvittering","description":"Avviket gjelder denne.","language":"nb"}
                """);
        assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);
        String reference = RunningPlatform.json(complaint).get("reference").asString();
        // Routing has the case (the report names it, and routing checks that the tenant has it).
        String director = RunningPlatform.token("fjordvekst-director");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> RunningPlatform.get("http://localhost:8082/api/cases/received?year=" + year, director)
                        .body()
                        .contains(reference));
        int mailsBefore = mailsTo(DIRECTOR_MAIL).size();
        long acknowledgementsCounted;
        String reportUrl;
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get("http://localhost:8080/avvik/meld?lang=nb");
            chromium.logIn("fjordvekst-handler", "demo");
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=report-deviation]")));
            chromium.assertNoAccessibilityViolations("the deviation form");
            // Sent with nothing chosen: the page says what to correct and keeps what was written.
            driver.findElement(By.id("caseReference")).sendKeys(reference);
            chromium.submit("Meld avviket");
            assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                    .contains("Velg", "Skriv");
            assertThat(driver.findElement(By.id("caseReference")).getAttribute("value"))
                    .isEqualTo(reference);
            chromium.assertNoAccessibilityViolations("the deviation form with problems");
            driver.findElement(By.cssSelector("label[for=kind-ACKNOWLEDGEMENT]"))
                    .click();
            driver.findElement(By.id("what")).sendKeys(what);
            chromium.submit("Meld avviket");
            assertThat(driver.findElement(By.cssSelector("[data-testid=reported]"))
                            .getText())
                    .startsWith("Avviket er meldt til Dagny Daglig.");
            reportUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
            assertThat(reportUrl).matches("http://localhost:8080/avvik/[0-9a-f-]{36}");
            chromium.assertNoAccessibilityViolations("the reported deviation");
            chromium.atPhoneWidth("the reported deviation", "deviation-reported-phone.png");
        }

        // The director's mail names the kind and links to the report, without what the handler wrote.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsTo(DIRECTOR_MAIL).size() > mailsBefore);
        String mail = mailsTo(DIRECTOR_MAIL).getFirst().toString();
        assertThat(mail)
                .contains(reportUrl.substring("http://localhost:8080".length()))
                .doesNotContain(what);

        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get("http://localhost:8080/styret");
            chromium.logIn("fjordvekst-board", "demo");
            var counts = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reported-deviations]")));
            acknowledgementsCounted = acknowledgements(counts.getText());
            assertThat(acknowledgementsCounted).isPositive();
            assertThat(counts.getText()).doesNotContain(what);
            chromium.assertNoAccessibilityViolations("the board's figures with reported deviations");
        }

        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(reportUrl);
            chromium.logIn("fjordvekst-director", "demo");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=handle]")));
            assertThat(driver.findElement(By.id("main")).getText()).contains(what, reference);
            chromium.assertNoAccessibilityViolations("the deviation to handle");
            driver.findElement(By.id("measures")).sendKeys("Kvitteringen sendes nå samme dag; tatt opp i ledermøtet.");
            chromium.submit("Lagre hva som er gjort");
            assertThat(driver.findElement(By.cssSelector("[data-testid=handling]"))
                            .getText())
                    .contains("Kvitteringen sendes nå samme dag");
            assertThat(driver.findElements(By.cssSelector("[data-testid=handle]")))
                    .isEmpty();
            chromium.assertNoAccessibilityViolations("the handled deviation");

            // The log lists it, handled, beside what the platform found in the cases itself.
            driver.get("http://localhost:8080/avvik");
            var reported = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reported]")));
            assertThat(reported.getText()).contains("Behandlet");
            assertThat(driver.findElement(By.id("detected-heading")).getText()).isEqualTo("Avvik systemet har funnet");
            chromium.assertNoAccessibilityViolations("the deviation log");
            chromium.atPhoneWidth("the deviation log", "deviation-log-phone.png");
            chromium.screenshot("deviation-log.png");
        }
    }

    /** The complainant reports from the follow-up page, with the code; the director finds it in the log, marked so. */
    @Test
    void a_complainant_reports_a_deviation_from_the_follow_up_page_and_the_director_reads_it() {
        var sent = RunningPlatform.post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Avvik","description":"Fra klageren.","language":"nb"}
                """);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String code = RunningPlatform.json(sent).get("receiptCode").asString();
        String reference = RunningPlatform.json(sent).get("reference").asString();
        String what = "Ingen svarte på telefonen da jeg ringte " + UUID.randomUUID();
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            chromium.wait.until(d -> {
                d.get("http://localhost:8080/t/fjordvekst/oppfolging?lang=nb");
                d.findElement(By.id("code")).sendKeys(code);
                d.findElement(By.cssSelector("form.settings button[type=submit]"))
                        .click();
                return !d.findElements(By.cssSelector("[data-testid=deviation]"))
                        .isEmpty();
            });
            // Sent without saying what it is about: the page says so and keeps the words.
            driver.findElement(By.id("deviation-text")).sendKeys(what);
            // Each press loads a new page: wait for it before reading it (it once read the page before).
            chromium.clickAndWait(By.cssSelector("[data-testid=deviation] button[type=submit]"));
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Velg hva det gjelder.");
            assertThat(driver.findElement(By.id("deviation-text")).getAttribute("value"))
                    .isEqualTo(what);
            chromium.assertNoAccessibilityViolations("the follow-up page's deviation form with a problem");
            driver.findElement(By.cssSelector("label[for=deviation-kind-INFORMATION]"))
                    .click();
            chromium.clickAndWait(By.cssSelector("[data-testid=deviation] button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=done]")).getText())
                    .startsWith("Takk. Det du meldte, er sendt til daglig leder");
            // Not in the case's conversation, which the handler reads.
            assertThat(driver.findElement(By.id("main")).getText()).doesNotContain(what);
            chromium.assertNoAccessibilityViolations("the follow-up page after a deviation");
            chromium.atPhoneWidth("the follow-up page after a deviation", "follow-up-deviation-phone.png");
        }
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get("http://localhost:8080/avvik");
            chromium.logIn("fjordvekst-director", "demo");
            // Through intake, Kafka and routing: it is in the log once routing has taken the event.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                driver.navigate().refresh();
                assertThat(driver.findElement(By.cssSelector("[data-testid=reported]"))
                                .getText())
                        .contains(reference);
            });
            driver.findElements(By.cssSelector("[data-testid=reported] tbody tr")).stream()
                    .filter(row -> row.getText().contains(reference))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.tagName("a"))
                    .click();
            chromium.wait.until(d -> d.findElement(By.id("main")).getText().contains(what));
            assertThat(driver.findElement(By.id("main")).getText())
                    .contains(what, "klageren, fra oppfølgingssiden", reference);
            chromium.assertNoAccessibilityViolations("a deviation a complainant reported");
        }
    }

    /** The count in the board's table's row for acknowledgements. */
    private static long acknowledgements(String table) {
        var row = Pattern.compile("Kvittering[^\\n]*?(\\d+)\\s*$", Pattern.MULTILINE)
                .matcher(table);
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }
}
