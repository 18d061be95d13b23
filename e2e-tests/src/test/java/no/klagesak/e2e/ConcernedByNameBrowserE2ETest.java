package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Whom a complaint concerns, said as the complainant knows it (issue 23): on Fjordvekst's public form an anonymous
 * participant writes the name of the person it is about. A name the organisation knows one person by sends it to that
 * person's own leader, and the person it names cannot open it; a name it does not know is left for the receiver, who
 * reads it on the case page and in the explanation, and corrects whom it concerns: the person it now concerns loses
 * access at once. The name never travels in an event.
 */
@ExtendWith(RunningPlatform.class)
class ConcernedByNameBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    private static String send(Browser chromium, String subject, String name) {
        WebDriver driver = chromium.driver;
        driver.get(WEB + "/t/fjordvekst/klage?lang=nb");
        driver.findElement(By.id("role-PARTICIPANT")).click();
        driver.findElement(By.id("category-FOLLOW_UP")).click();
        driver.findElement(By.id("subject")).sendKeys(subject);
        driver.findElement(By.id("description")).sendKeys("Han kjefter på oss når vi spør om hjelp.");
        driver.findElement(By.id("concerns-PERSON")).click();
        driver.findElement(By.id("concernsName")).sendKeys(name);
        driver.findElement(By.id("anonymous")).click();
        chromium.assertNoAccessibilityViolations("the form with a person named");
        driver.findElement(By.cssSelector("form.settings button[type=submit]")).click();
        return chromium.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reference]")))
                .getText();
    }

    @Test
    void a_person_named_on_the_form_is_kept_from_the_case_and_an_unknown_name_is_left_for_the_receiver() {
        String known;
        String unknown;
        try (Browser chromium = Browser.open()) {
            known = send(chromium, "Veilederen kjefter", "rune");
            unknown = send(chromium, "Lederen kjefter", "Dagny D.");
        }

        // "rune" is Rune Mottak, who answers to Henrik Håndterer: the case is Henrik's, and Rune cannot open it.
        String knownId = complaintIdOf(known, "fjordvekst-handler");
        String rune = token("fjordvekst-receiver");
        assertThat(get("http://localhost:8082/api/cases/" + knownId, rune).statusCode())
                .isEqualTo(404);
        assertThat(get("http://localhost:8081/api/complaints/" + knownId, rune).statusCode())
                .isEqualTo(404);

        String unknownId = complaintIdOf(unknown, "fjordvekst-handler");
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/saker/" + knownId);
            chromium.logIn("fjordvekst-handler", "demo");
            assertThat(chromium.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("[data-testid=explanation]")))
                            .getText())
                    .contains("Gjelder Rune Mottak", "sendt til nærmeste leder Henrik Håndterer");
            assertThat(driver.findElements(By.cssSelector("[data-testid=concerns-name]")))
                    .isEmpty();

            driver.get(WEB + "/saker/" + unknownId);
            assertThat(chromium.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("[data-testid=concerns-name]")))
                            .getText())
                    .contains("«Dagny D.»", "Avgjør hvem saken gjelder");
            assertThat(driver.findElement(By.cssSelector("[data-testid=explanation]"))
                            .getText())
                    .contains("mottakeren avgjør hvem saken gjelder");
            chromium.assertNoAccessibilityViolations("a case about someone the organisation does not know by name");
            chromium.screenshot("concerned-by-name.png");

            // Henrik knows "Dagny D." is the managing director: he corrects whom it concerns, and she, who sees every
            // case, loses access to this one at once.
            assertThat(get("http://localhost:8082/api/cases/" + unknownId, token("fjordvekst-director"))
                            .statusCode())
                    .isEqualTo(200);
            driver.findElement(By.id("concerned-fjordvekst-director")).click();
            driver.findElement(By.id("concernedReason")).sendKeys("Det er daglig leder klageren mener.");
            chromium.clickAndWait(By.cssSelector("[data-testid=correct-concerned] button[type=submit]"));
            assertThat(chromium.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("[data-testid=explanation]")))
                            .getText())
                    .contains("Mottakeren rettet hvem saken gjelder: Dagny Daglig.");
            assertThat(driver.findElements(By.cssSelector("[data-testid=concerns-name]")))
                    .as("settled: the name the complainant gave is no longer a task")
                    .isEmpty();
            chromium.assertNoAccessibilityViolations("the case after whom it concerns was corrected");
        }
        assertThat(get("http://localhost:8082/api/cases/" + unknownId, token("fjordvekst-director"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(KafkaTopics.records("klagesak.complaint-events.v1").stream()
                        .filter(r -> r.key() != null
                                && unknownId.equals(new String(r.key(), java.nio.charset.StandardCharsets.UTF_8)))
                        .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                        .toList())
                .isNotEmpty()
                .anyMatch(v -> v.contains("UNKNOWN_PERSON"))
                .noneMatch(v -> v.contains("Dagny D."));
    }
}
