package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public complaint form in Chromium on the local stack, with an axe audit of every page it shows. */
@ExtendWith(RunningPlatform.class)
class ComplaintFormBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    @Test
    void a_named_complaint_sent_from_the_form_gets_a_reference_and_an_acknowledgement() {
        String address = "form-" + UUID.randomUUID() + "@example.org";
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/klage?lang=nb");
            assertThat(driver.findElement(By.id("main")).getText())
                    .contains("Du får skriftlig svar innen 14 dager.", "Du kan klage anonymt.");
            chromium.assertNoAccessibilityViolations("complaint form");
            chromium.screenshot("form-nb.png");

            driver.findElement(By.id("role-PARTICIPANT")).click();
            driver.findElement(By.id("category-FOLLOW_UP")).click();
            driver.findElement(By.id("subject")).sendKeys("Oppfølging i arbeidstreningen");
            driver.findElement(By.id("description")).sendKeys("Jeg har ikke hatt møte med veilederen min på en måned.");
            driver.findElement(By.id("name")).sendKeys("Kari Nordmann");
            driver.findElement(By.id("email")).sendKeys(address);
            driver.findElement(By.id("attachments")).sendKeys(minutes().toString());
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();

            var reference = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reference]")));
            assertThat(reference.getText()).matches("FJV-\\d{4}-\\d{4,}");
            chromium.assertNoAccessibilityViolations("receipt");
            String number = reference.getText();
            await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address).size() == 1);
            assertThat(mailsTo(address).getFirst().get("subject").asString()).contains(number);

            var stored = json(get(
                    "http://localhost:8081/api/complaints/" + complaintIdOf(number, "fjordvekst-handler"),
                    token("fjordvekst-handler")));
            assertThat(stored.at("/attachments/0/name").asString()).isEqualTo("referat.pdf");
            assertThat(stored.at("/attachments/0/contentType").asString()).isEqualTo("application/pdf");
        }
    }

    @Test
    void an_anonymous_complainant_keeps_the_receipt_code_and_answers_the_handlers_question_on_the_follow_up_page() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/klage?lang=nb");
            driver.findElement(By.id("role-PARTICIPANT")).click();
            driver.findElement(By.id("category-FOLLOW_UP")).click();
            driver.findElement(By.id("subject")).sendKeys("Tonen på verkstedet");
            driver.findElement(By.id("description")).sendKeys("Det blir ropt til oss hver morgen.");
            driver.findElement(By.id("anonymous")).click();
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();

            var shown = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=receipt-code]")));
            String code = shown.getText();
            assertThat(code).matches("(\\d{4} ){4}\\d{4}");
            String reference = driver.findElement(By.cssSelector("[data-testid=reference]"))
                    .getText();
            // No session and no tracking: the only cookie is the language the person chose (?lang=nb).
            assertThat(driver.manage().getCookies())
                    .as("no session or tracking cookie for an anonymous complainant")
                    .extracting(org.openqa.selenium.Cookie::getName)
                    .containsOnly("klagesak-lang");
            chromium.assertNoAccessibilityViolations("receipt with code");
            chromium.screenshot("receipt-code.png");

            // The handler asks through the staff API; the question's text reaches the complainant only here.
            String complaintId = complaintIdOf(reference, "fjordvekst-handler");
            assertThat(post(
                                    "http://localhost:8081/api/complaints/" + complaintId + "/questions",
                                    token("fjordvekst-handler"),
                                    "{\"text\":\"Hvem var til stede da det skjedde?\"}")
                            .statusCode())
                    .isEqualTo(201);

            driver.findElement(By.linkText("Følg saken med koden")).click();
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
            chromium.assertNoAccessibilityViolations("follow-up code page");
            driver.findElement(By.id("code")).sendKeys(code);
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();

            var question = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=question]")));
            assertThat(question.getText()).isEqualTo("Hvem var til stede da det skjedde?");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains(reference);
            chromium.assertNoAccessibilityViolations("follow-up case page");
            chromium.screenshot("follow-up-question.png");
            chromium.atPhoneWidth("follow-up case page", "follow-up-question-phone.png");

            driver.findElement(By.id("answer")).sendKeys("Hele gruppen på verkstedet.");
            driver.findElement(By.cssSelector("#question-heading + p + form button[type=submit]"))
                    .click();
            var done = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=done]")));
            assertThat(done.getText()).isEqualTo("Det du skrev, er sendt.");
            assertThat(driver.findElements(By.cssSelector("[data-testid=question]")))
                    .isEmpty();
            assertThat(driver.findElement(By.cssSelector("ol.conversation")).getText())
                    .contains("Hvem var til stede da det skjedde?", "Hele gruppen på verkstedet.");
            assertThat(driver.manage().getCookies())
                    .extracting(org.openqa.selenium.Cookie::getName)
                    .containsOnly("klagesak-lang");
            chromium.assertNoAccessibilityViolations("follow-up after answering");
            chromium.screenshot("follow-up-answered.png");

            var conversation = json(get(
                    "http://localhost:8081/api/complaints/" + complaintId + "/conversation",
                    token("fjordvekst-handler")));
            assertThat(conversation.at("/messages/1/text").asString()).isEqualTo("Hele gruppen på verkstedet.");
        }
    }

    @Test
    void the_easy_read_form_asks_one_question_a_page_and_shows_everything_before_sending() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/klage?lang=nb");
            driver.findElement(By.partialLinkText("lettleste skjemaet")).click();

            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("role-PARTICIPANT")));
            chromium.assertNoAccessibilityViolations("easy-read: who");
            chromium.screenshot("easy-read-who.png");
            driver.findElement(By.id("role-PARTICIPANT")).click();
            next(driver);
            chromium.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("category-FOLLOW_UP")))
                    .click();
            next(driver);
            chromium.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("description")))
                    .sendKeys("Jeg får ikke hjelp av veilederen.");
            next(driver);
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desiredChange")));
            next(driver);
            chromium.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("anonymous-yes")))
                    .click();
            next(driver);

            var check = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-heading")));
            assertThat(check.getText()).contains("Se over før du sender");
            assertThat(driver.findElement(By.id("main")).getText())
                    .contains("Jeg får ikke hjelp av veilederen.", "Du sier ikke hvem du er.");
            chromium.assertNoAccessibilityViolations("easy-read: check");
            chromium.screenshot("easy-read-check.png");
            chromium.atPhoneWidth("easy-read: check", "easy-read-check-phone.png");
            next(driver);

            var code = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=receipt-code]")));
            assertThat(code.getText()).matches("(\\d{4} ){4}\\d{4}");
        }
    }

    @Test
    void the_form_in_arabic_reads_right_to_left_from_the_tenants_language_choice() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/klage?lang=nb");
            driver.findElement(By.linkText("العربية")).click();

            chromium.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("ar");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("شكوى إلى Fjordvekst AS");
            assertThat(driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                            .getText())
                    .isEqualTo("أرسل الشكوى");
            chromium.assertNoAccessibilityViolations("complaint form in Arabic");
            chromium.screenshot("form-ar.png");
            chromium.atPhoneWidth("complaint form in Arabic", "form-ar-phone.png");
        }
    }

    @Test
    void the_form_works_without_javascript() {
        try (Browser chromium = Browser.openWithoutJavaScript()) {
            var driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/klage?lang=nb");
            driver.findElement(By.id("role-EMPLOYEE")).click();
            driver.findElement(By.id("category-FOLLOW_UP")).click();
            driver.findElement(By.id("subject")).sendKeys("Uten JavaScript");
            driver.findElement(By.id("description")).sendKeys("Skjemaet skal virke uten skript.");
            driver.findElement(By.id("anonymous")).click();
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();

            var reference = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reference]")));
            assertThat(reference.getText()).matches("FJV-\\d{4}-\\d{4,}");
        }
    }

    private static void next(org.openqa.selenium.WebDriver driver) {
        driver.findElement(By.cssSelector("form#easy button[name=action][value=next]"))
                .click();
    }

    /** A small real PDF, as a person would attach minutes of a meeting. */
    private static java.nio.file.Path minutes() {
        try {
            var dir = java.nio.file.Files.createTempDirectory("klagesak-e2e");
            var file = dir.resolve("referat.pdf");
            java.nio.file.Files.writeString(
                    file,
                    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_form_with_errors_shows_a_summary_that_gets_the_focus_and_a_refused_anonymity_is_said_at_the_start() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/t/lysheim/klage?lang=nb");
            assertThat(driver.findElement(By.id("main")).getText()).contains("Anonyme klager behandles ikke.");
            assertThat(driver.findElements(By.id("anonymous"))).isEmpty();

            driver.findElement(By.id("subject")).sendKeys("Bare et emne");
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();

            var summary = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(summary.getText()).contains("Hvem er du?", "Hva gjelder det?", "Navn");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
            assertThat(driver.findElement(By.id("subject")).getAttribute("value"))
                    .isEqualTo("Bare et emne");
            chromium.assertNoAccessibilityViolations("complaint form with errors");
            chromium.screenshot("form-errors.png");
        }
    }
}
