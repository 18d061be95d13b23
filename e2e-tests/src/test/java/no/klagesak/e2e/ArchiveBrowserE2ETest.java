package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The tenant admin finds the archive delivery in the menu, in Chromium with axe, logged in on Keycloak: the years that
 * are over, what last year's Noark 5 extract holds as intake counts it, and what it leaves out. On a stack started
 * this year no case ended last year, so the page says there is nothing to deliver and offers no file, and intake
 * refuses the file with the same words. The extract's content and its validation against Arkivverket's schemas are
 * intake's ArchiveComponentTest (cases that ended last year need last year's clock).
 */
@ExtendWith(RunningPlatform.class)
class ArchiveBrowserE2ETest {

    @Test
    void the_admin_sees_what_last_years_archive_extract_holds() {
        int lastYear = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear() - 1;
        String admin = RunningPlatform.token("fjordvekst-admin");
        var offer = RunningPlatform.json(RunningPlatform.get("http://localhost:8081/api/archive/noark5", admin));
        assertThat(offer.get("years").get(0).asInt()).isEqualTo(lastYear);
        int cases = offer.get("summary").get("contents").get("cases").asInt();

        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get("http://localhost:8080/admin/rutine?lang=nb");
            chromium.logIn("fjordvekst-admin", "demo");
            chromium.awaitPage("http://localhost:8080/admin/rutine");
            chromium.clickAndWait(By.linkText("Arkiv"));
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contents]")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Levere til arkivet");
            assertThat(driver.findElement(By.cssSelector("select#ar option[selected]"))
                            .getText())
                    .isEqualTo(String.valueOf(lastYear));
            assertThat(driver.findElement(By.cssSelector("[data-testid=cases]")).getText())
                    .isEqualTo(String.valueOf(cases));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Varsler er med uten innhold og uten hvem som varslet");
            if (cases == 0) {
                assertThat(driver.findElement(By.cssSelector("[data-testid=nothing]"))
                                .getText())
                        .isEqualTo("Ingen saker ble avsluttet i " + lastYear
                                + ", så det er ikke noe å levere for det året.");
                assertThat(driver.findElements(By.cssSelector("[data-testid=download]")))
                        .isEmpty();
                var refused =
                        RunningPlatform.get("http://localhost:8081/api/archive/noark5/extract?year=" + lastYear, admin);
                assertThat(refused.statusCode()).isEqualTo(404);
                assertThat(refused.body()).contains("archive.nothing-ended");
            } else {
                assertThat(driver.findElement(By.cssSelector("[data-testid=download]"))
                                .getAttribute("href"))
                        .endsWith("/admin/arkiv/uttrekk?ar=" + lastYear);
            }
            chromium.assertNoAccessibilityViolations("the archive page");
            chromium.screenshot("archive.png");
            chromium.atPhoneWidth("the archive page", "archive-phone.png");

            driver.get("http://localhost:8080/admin/arkiv?lang=en");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Deliver to the archive");
            chromium.assertNoAccessibilityViolations("the archive page in English");
            chromium.screenshot("archive-en.png");

            // This year is not over: not on offer, and said so.
            driver.get("http://localhost:8080/admin/arkiv?lang=nb&ar=" + (lastYear + 1));
            assertThat(driver.findElement(By.cssSelector("[data-testid=unknown-year]"))
                            .getText())
                    .contains("bare år som er over");
        }
        var handler = RunningPlatform.get(
                "http://localhost:8081/api/archive/noark5", RunningPlatform.token("fjordvekst-handler"));
        assertThat(handler.statusCode()).isEqualTo(403);
    }
}
