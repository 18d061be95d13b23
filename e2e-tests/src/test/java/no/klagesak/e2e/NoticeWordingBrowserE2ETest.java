package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tenant admin words a notice their own way in Chromium: from the standard wording, previewed with sample data and
 * its readability, saved; the next complainant gets it, through tenant-service, the tenant topic and SMTP.
 */
@ExtendWith(RunningPlatform.class)
class NoticeWordingBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    @Test
    void the_admins_own_wording_is_previewed_saved_and_sent_to_the_next_complainant() {
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/admin/tekster");
            chromium.logIn("lysheim-admin", "demo");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=wording]")));
            chromium.assertNoAccessibilityViolations("the list of notice wording");

            driver.get(WEB + "/admin/tekster/ACKNOWLEDGEMENT/nn");
            var subject = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subject")));
            // The values are shown and written under Norwegian names.
            assertThat(subject.getAttribute("value")).contains("{{saksnummer}}").doesNotContain("{{reference}}");
            subject.clear();
            subject.sendKeys("Takk for klaga di, sak {{saksnummer}}");
            var text = driver.findElement(By.id("text"));
            text.clear();
            text.sendKeys("Hei!\n\nVi svarar innan {{frist}}.\n\nHelsing\n{{virksomhet}}");
            chromium.submit("Forhåndsvis");
            var preview = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=preview]")));
            assertThat(preview.getText())
                    .contains("Takk for klaga di, sak FJV-2026-0042", "Vi svarar innan 09.12.2026.");
            chromium.assertNoAccessibilityViolations("a notice's wording with its preview");
            chromium.screenshot("wording-preview.png");

            chromium.submit("Lagre");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=wording]")));
            assertThat(driver.findElement(By.id("main")).getText()).contains("Teksten er lagret.", "Egen tekst");
        }

        String address = "nynorsk-" + UUID.randomUUID() + "@example.org";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var sent = post("http://localhost:8081/public/tenants/lysheim/complaints", null, """
                    {"complainantRole":"PARTICIPANT","category":"WORK_ENVIRONMENT","subject":"Rettleiing",
                     "description":"Eg får ikkje rettleiing.","language":"nn",
                     "complainant":{"name":"Nils Nynorsk","email":"%s"}}
                    """.formatted(address));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            String reference = json(sent).get("reference").asString();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> mailsTo(address).stream()
                            .anyMatch(m -> m.get("subject").asString().contains(reference)));
            assertThat(mailsTo(address).stream()
                            .filter(m -> m.get("subject").asString().contains(reference))
                            .findFirst()
                            .orElseThrow()
                            .get("subject")
                            .asString())
                    .isEqualTo("Takk for klaga di, sak " + reference);
        });
    }
}
