package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mails;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A whistleblowing report about the managing director, from the reporter's side (aml. § 2 A-6): on the public form
 * they say it concerns the managing director; it reaches the routine's alternative receiver (Lysheim names none, so
 * the board's contact), who finds it under "Mine saker"; the managing director, who is also Lysheim's designated
 * receiver, gets 404 in the browser and from routing's API, and no notice. The published routine says where such
 * reports go, and names the receivers.
 */
@ExtendWith(RunningPlatform.class)
class ReportAboutTheDirectorBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    @Test
    void a_report_about_the_managing_director_reaches_the_boards_contact_and_never_the_director() {
        String reference;
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/t/lysheim/rutine?lang=nb");
            assertThat(driver.findElement(By.cssSelector("[data-testid=report-receivers]"))
                            .getText())
                    .contains("Dagny Daglig, daglig leder");
            assertThat(driver.findElement(By.cssSelector("[data-testid=alternative-receiver]"))
                            .getText())
                    .contains("daglig leder", "Berit Styreleder, styreleder");

            driver.get(WEB + "/t/lysheim/klage?lang=nb");
            driver.findElement(By.id("role-PARTICIPANT")).click();
            driver.findElement(By.id("category-HARASSMENT")).click();
            driver.findElement(By.id("subject")).sendKeys("Daglig leder truer ansatte");
            driver.findElement(By.id("description")).sendKeys("Hun sier at de som klager, mister jobben.");
            driver.findElement(By.id("concerns-MANAGING_DIRECTOR")).click();
            driver.findElement(By.id("name")).sendKeys("Siv Sannferdig");
            driver.findElement(By.id("email")).sendKeys("siv.sannferdig@example.org");
            chromium.assertNoAccessibilityViolations("the form with the managing director chosen");
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();
            reference = chromium.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reference]")))
                    .getText();
        }

        String complaintId = complaintIdOf(reference, "lysheim-board");
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/saker");
            chromium.logIn("lysheim-board", "demo");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(reference)));
            chromium.clickAndWait(By.linkText(reference));
            assertThat(driver.findElement(By.cssSelector("[data-testid=description]"))
                            .getText())
                    .isEqualTo("Hun sier at de som klager, mister jobben.");
            assertThat(driver.findElement(By.cssSelector("[data-testid=explanation]"))
                            .getText())
                    .contains("Varselet gjelder Dagny Daglig", "Berit Styreleder");
            chromium.assertNoAccessibilityViolations("the report about the director, as the board's contact sees it");
            chromium.screenshot("report-about-the-director.png");
        }

        // The director: not in her lists, 404 on the page and from routing, and not one mail about it.
        String director = token("lysheim-director");
        assertThat(get("http://localhost:8082/api/cases/" + complaintId, director)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("http://localhost:8081/api/complaints/" + complaintId, director)
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(get("http://localhost:8082/api/cases/received?size=200", director))
                        .toString())
                .doesNotContain(reference);
        assertThat(json(get("http://localhost:8082/api/cases/overview", director))
                        .toString())
                .doesNotContain(reference);
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/saker/" + complaintId);
            chromium.logIn("lysheim-director", "demo");
            assertThat(chromium.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("[data-testid=error-title]")))
                            .getText())
                    .isEqualTo("Fant ikke siden");
            assertThat(driver.getPageSource()).doesNotContain("Daglig leder truer", "Hun sier at de som klager");
            chromium.assertNoAccessibilityViolations("the page a person meets for a case they may not see");
        }
        // Her attempts, in the browser and straight at routing's and intake's APIs, are in the audit log, which the
        // tenant admin searches by the reference number, with her name.
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/admin/innsyn?sak=" + reference);
            chromium.logIn("lysheim-admin", "demo");
            var rows = chromium.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=audit]")))
                    .getText();
            assertThat(rows)
                    .contains("Dagny Daglig Saken Avvist Har ikke tilgang til saken " + reference)
                    .contains("Dagny Daglig Klagen Avvist Har ikke tilgang til saken " + reference);
            chromium.assertNoAccessibilityViolations("the audit log searched by reference number");
            // Her access request is answered from here, the admin choosing who asked; no list says whom it concerns.
            assertThat(driver.findElement(By.cssSelector("[data-testid=concerned-person]"))
                            .getText())
                    .contains("Dagny Daglig", "Henrik Håndterer");
        }
        var export = get(
                "http://localhost:8081/api/complaints/" + complaintId + "/export/concerned?person=lysheim-director",
                token("lysheim-admin"));
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.body())
                .contains("Klagen eller varselet gjelder deg")
                .doesNotContain("Siv", "Sannferdig", "siv.sannferdig@example.org");
        // The board's contact is told by mail; once that mail is there, everything the assignment owed is sent.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> mails().stream()
                        .anyMatch(m -> m.toString().contains("lysheim-board@lysheim.example")
                                && m.toString().contains(reference)));
        assertThat(mails())
                .filteredOn(m -> m.toString().contains(reference))
                .noneMatch(m -> m.toString().contains("lysheim-director@lysheim.example"));
    }
}
