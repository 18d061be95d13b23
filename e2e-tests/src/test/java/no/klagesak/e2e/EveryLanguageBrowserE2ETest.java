package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.token;
import static no.klagesak.e2e.RunningPlatform.workflowStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A complainant who reads Arabic, Ukrainian, Somali or Polish, from their side in Chromium: the form, the receipt with
 * the code, the code typed back as it is read off the screen, the case with its answer, the mail. Each page in the
 * reader's language, axe-clean at 1280 and 375 px, without Bokmål on it.
 */
@ExtendWith(RunningPlatform.class)
class EveryLanguageBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    /** Lines of the journey as Bokmål writes them; none may be on a page in another language. */
    private static final List<String> BOKMAAL = List.of(
            "Klagen er mottatt",
            "Saksnummeret ditt er",
            "Koden din",
            "Følg saken med koden",
            "Send klagen",
            "Hvem er du?",
            "Oppfølging og veiledning",
            "Du får skriftlig svar",
            "Saken din",
            "Besvart",
            "Svaret");

    @Test
    void an_arabic_speaker_keeps_the_code_types_it_back_as_read_and_reads_the_answer_and_the_mail_in_arabic() {
        String address = "ar-" + UUID.randomUUID() + "@example.org";
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/klage?lang=ar");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("dir"))
                    .isEqualTo("rtl");
            noBokmaal(driver, "the form");
            chromium.assertNoAccessibilityViolations("the form in Arabic");
            chromium.atPhoneWidth("the form in Arabic", "form-ar-375.png");

            driver.findElement(By.id("role-PARTICIPANT")).click();
            driver.findElement(By.id("category-FOLLOW_UP")).click();
            driver.findElement(By.id("subject")).sendKeys("الحافلة");
            driver.findElement(By.id("description")).sendKeys("الحافلة تتأخر كل يوم اثنين.");
            driver.findElement(By.id("name")).sendKeys("سارة");
            driver.findElement(By.id("email")).sendKeys(address);
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();

            String code = chromium.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=receipt-code]")))
                    .getText();
            String reference = driver.findElement(By.cssSelector("[data-testid=reference]"))
                    .getText();
            // Read off the screen as a person reads it: four-digit groups left to right, the reference as issued.
            assertThat(code).matches("(\\d{4} ){4}\\d{4}");
            assertThat(reference).matches("FJV-\\d{4}-\\d{4,}");
            noBokmaal(driver, "the receipt");
            chromium.assertNoAccessibilityViolations("the receipt in Arabic");
            chromium.atPhoneWidth("the receipt in Arabic", "receipt-ar-375.png");

            // The acknowledgement comes in Arabic too, with the reference readable.
            await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address).size() == 1);
            var mail = mailsTo(address).getFirst();
            assertThat(mail.get("subject").asString()).contains(reference).containsPattern("\\p{IsArabic}");
            assertThat(mail.toString()).doesNotContain("Vi har fått klagen");

            String complaintId = complaintIdOf(reference, "fjordvekst-handler");
            String handler = token("fjordvekst-handler");
            workflowStep(complaintId, handler, "{\"action\":\"ACCEPT\",\"version\":%d}");
            workflowStep(complaintId, handler, """
                    {"action":"RESOLVE","version":%d,"outcome":"UPHELD","text":"سنتحدث مع شركة الحافلات."}""");

            // The code typed back as it was read: the follow-up page finds the case and shows the answer.
            chromium.wait.until(d -> {
                d.get(WEB + "/t/fjordvekst/oppfolging?lang=ar");
                d.findElement(By.id("code")).sendKeys(code);
                d.findElement(By.cssSelector("form.settings button[type=submit]"))
                        .click();
                return !d.findElements(By.cssSelector("[data-testid=answer-text]"))
                        .isEmpty();
            });
            assertThat(driver.findElement(By.cssSelector("[data-testid=answer-text]"))
                            .getText())
                    .isEqualTo("سنتحدث مع شركة الحافلات.");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains(reference);
            noBokmaal(driver, "the case with its answer");
            chromium.assertNoAccessibilityViolations("the case in Arabic");
            chromium.atPhoneWidth("the case in Arabic", "follow-up-ar-375.png");

            // Switching language on the case page keeps the reader on their case (the code goes along, unseen).
            chromium.clickAndWait(By.cssSelector("nav.languages button[lang=en]"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            assertThat(driver.findElement(By.cssSelector("[data-testid=answer-text]"))
                            .getText())
                    .isEqualTo("سنتحدث مع شركة الحافلات.");
            chromium.assertNoAccessibilityViolations("the case, switched to English");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "so", "pl"})
    void the_form_the_receipt_the_code_page_and_easy_read_speak_the_readers_language(String language) {
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/klage?lang=" + language);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language);
            noBokmaal(driver, "the form");
            chromium.assertNoAccessibilityViolations("the form in " + language);
            chromium.atPhoneWidth("the form in " + language, "form-" + language + "-375.png");

            driver.findElement(By.id("role-EMPLOYEE")).click();
            driver.findElement(By.id("category-TRAINING")).click();
            driver.findElement(By.id("subject")).sendKeys("Kurs");
            driver.findElement(By.id("description")).sendKeys("Kurs " + UUID.randomUUID());
            driver.findElement(By.id("anonymous")).click();
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=receipt-code]")));
            noBokmaal(driver, "the receipt");
            chromium.assertNoAccessibilityViolations("the receipt in " + language);

            driver.findElement(By.cssSelector("[data-testid=receipt-code] ~ p a"))
                    .click();
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
            noBokmaal(driver, "the code page");
            chromium.assertNoAccessibilityViolations("the code page in " + language);

            driver.get(WEB + "/t/fjordvekst/klage/lettlest?lang=" + language);
            noBokmaal(driver, "easy-read");
            // Enter on a page presses its own Next, not the language menu's first button.
            String firstPage = driver.findElement(By.cssSelector("main p")).getText();
            driver.findElement(By.id("role-PARTICIPANT")).click();
            driver.findElement(By.id("role-PARTICIPANT")).sendKeys(org.openqa.selenium.Keys.ENTER);
            chromium.wait.until(
                    d -> !d.findElement(By.cssSelector("main p")).getText().equals(firstPage));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language);
            assertThat(driver.findElements(By.id("category-TRAINING"))).isNotEmpty();
            chromium.assertNoAccessibilityViolations("easy-read in " + language);
            chromium.atPhoneWidth("easy-read in " + language, "easy-" + language + "-375.png");
        }
    }

    private static void noBokmaal(WebDriver driver, String page) {
        String text = driver.findElement(By.id("main")).getText();
        assertThat(BOKMAAL).as(page).noneMatch(text::contains);
    }
}
