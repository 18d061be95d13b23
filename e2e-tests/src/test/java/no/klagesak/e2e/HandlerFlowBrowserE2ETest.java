package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A handler's day in Chromium on the local stack: the inbox, the case with its text and why it came, accepting it,
 * asking the complainant (whose answer comes back from the follow-up page), a refused answer, and resolving it.
 */
@ExtendWith(RunningPlatform.class)
class HandlerFlowBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";
    private static final String INTAKE = "http://localhost:8081";

    @Test
    void inbox_case_accept_ask_answer_resolve() {
        var receipt = json(post(INTAKE + "/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Ingen oppfølging",
                 "description":"Jeg har ikke hatt møte med veilederen på fem uker.","language":"nb"}
                """));
        String reference = receipt.get("reference").asString();
        String code = receipt.get("receiptCode").asString();
        String complaintId = complaintIdOf(reference, "fjordvekst-handler");

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/saker");
            chromium.logIn("fjordvekst-handler", "demo");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(reference)));
            chromium.assertNoAccessibilityViolations("the handler's inbox");
            chromium.screenshot("inbox.png");

            driver.findElement(By.linkText(reference)).click();
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=description]")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=description]"))
                            .getText())
                    .isEqualTo("Jeg har ikke hatt møte med veilederen på fem uker.");
            assertThat(driver.findElement(By.cssSelector("[data-testid=explanation]"))
                            .getText())
                    .startsWith("Sendt til den som tar imot klager");
            chromium.assertNoAccessibilityViolations("the case page");
            chromium.atPhoneWidth("the case page", "case-phone.png");

            chromium.submit("Ta saken");
            assertThat(notice(chromium)).isEqualTo("Du har tatt saken.");
            assertThat(state(driver)).isEqualTo("Under behandling");

            driver.findElement(By.id("question")).sendKeys("Hvilken veileder gjelder det?");
            chromium.submit("Send spørsmålet");
            assertThat(notice(chromium)).startsWith("Spørsmålet er sendt.");
            awaitState(driver, "Venter på svar fra klageren");

            // The complainant answers on the follow-up page, with the receipt code.
            var followUp = json(
                    post(INTAKE + "/public/tenants/fjordvekst/follow-up", null, "{\"code\":\"%s\"}".formatted(code)));
            post(
                    INTAKE + "/public/tenants/fjordvekst/follow-up/information",
                    null,
                    "{\"code\":\"%s\",\"text\":\"Det gjelder Ola.\",\"answers\":\"%s\"}"
                            .formatted(code, followUp.get("openQuestion").asString()));
            awaitState(driver, "Under behandling");
            assertThat(driver.findElement(By.id("main")).getText()).contains("Det gjelder Ola.");
            // The case's journal, as the archive will get it: received, acknowledged, asked, answered, in order.
            assertThat(driver.findElements(By.cssSelector("[data-testid=journal] tbody td:nth-child(4)")).stream()
                            .map(org.openqa.selenium.WebElement::getText)
                            .toList())
                    .containsExactly(
                            "Klage mottatt",
                            "Bekreftelse på mottatt klage",
                            "Spørsmål til klageren",
                            "Svar fra klageren");
            // The whole case file as one PDF/A, from the link under the journal.
            assertThat(driver.findElement(By.cssSelector("[data-testid=case-file]"))
                            .getAttribute("href"))
                    .endsWith("/saker/" + complaintId + "/saksmappe");
            assertThat(RunningPlatform.get(
                                    INTAKE + "/api/complaints/" + complaintId + "/case-file",
                                    RunningPlatform.token("fjordvekst-handler"))
                            .body())
                    .startsWith("%PDF-1.4");

            // The answer cannot be taken back: without the tick nothing is sent, and what was written stays.
            driver.findElement(By.id("outcome-PARTLY_UPHELD")).click();
            driver.findElement(By.id("response")).sendKeys("Et første utkast.");
            chromium.submit("Avslutt med svar");
            var unticked = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(unticked.getText()).contains("Kryss av for at du har lest over svaret");
            assertThat(driver.findElement(By.id("response")).getAttribute("value"))
                    .isEqualTo("Et første utkast.");
            assertThat(driver.findElement(By.id("outcome-PARTLY_UPHELD")).isSelected())
                    .isTrue();
            assertThat(state(driver)).isNotEqualTo("Avsluttet med svar");

            // Resolving without the answer to the complainant is refused, in words.
            driver.findElement(By.id("response")).clear();
            driver.findElement(By.id("confirm-answer")).click();
            chromium.submit("Avslutt med svar");
            var refused = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(refused.getText()).contains("Skriv svaret til klageren.");
            chromium.assertNoAccessibilityViolations("the case page with a refusal");

            driver.findElement(By.id("outcome-PARTLY_UPHELD")).click();
            driver.findElement(By.id("response")).clear();
            driver.findElement(By.id("response")).sendKeys("Du får fast møte med Ola hver uke fra nå.");
            driver.findElement(By.id("improvements")).sendKeys("Faste ukemøter for alle deltakere.");
            driver.findElement(By.id("confirm-answer")).click();
            chromium.submit("Avslutt med svar");
            assertThat(notice(chromium)).isEqualTo("Saken er avsluttet med svar.");
            assertThat(state(driver)).isEqualTo("Avsluttet med svar");
            assertThat(driver.findElement(By.cssSelector("[data-testid=timeline]"))
                            .getText())
                    .contains(
                            "Tok saken",
                            "Spurte klageren",
                            "Klageren svarte",
                            "Du får fast møte med Ola",
                            "Delvis medhold");
            chromium.screenshot("case-resolved.png");
            assertThat(complaintId).isNotBlank();
        }

        // The anonymous complainant reads the answer on the follow-up page with the code: the case as it is now,
        // the answer and its outcome, and no withdrawal after the answer.
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            // Intake hears of the answer from routing's event: the page shows it as soon as it has it.
            chromium.wait.until(d -> {
                d.get(WEB + "/t/fjordvekst/oppfolging?lang=nb");
                d.findElement(By.id("code")).sendKeys(code);
                d.findElement(By.cssSelector("form.settings button[type=submit]"))
                        .click();
                return !d.findElements(By.cssSelector("[data-testid=answer-text]"))
                        .isEmpty();
            });
            assertThat(state(driver)).isEqualTo("Besvart");
            assertThat(driver.findElement(By.cssSelector("[data-testid=answer-text]"))
                            .getText())
                    .isEqualTo("Du får fast møte med Ola hver uke fra nå.");
            assertThat(driver.findElement(By.cssSelector("[data-testid=outcome]"))
                            .getText())
                    .isEqualTo("Du fikk delvis medhold");
            // Fjordvekst's routine does not offer escalation to management; nothing else is left to do.
            assertThat(driver.findElement(By.id("main")).getText())
                    .doesNotContain("Trekk klagen", "Legg til noe i saken", "Be om at ledelsen", "Du får svar innen");
            chromium.assertNoAccessibilityViolations("the follow-up page with the answer");
            chromium.screenshot("follow-up-answer.png");
            chromium.atPhoneWidth("the follow-up page with the answer", "follow-up-answer-phone.png");
        }
        // Withdrawing after the answer is refused by intake, which keeps routing's state: 409, nothing changed.
        assertThat(post(
                                INTAKE + "/public/tenants/fjordvekst/follow-up/withdrawal",
                                null,
                                "{\"code\":\"%s\"}".formatted(code))
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void a_whistleblowers_follow_up_talks_are_planned_on_the_report_and_recorded_there() {
        var receipt = json(post(INTAKE + "/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"HARASSMENT","subject":"Mobbing i pausene",
                 "description":"En arbeidsleder gjør narr av meg foran de andre.","language":"nb",
                 "complainant":{"name":"Vera Varsler","phone":"99999999"}}
                """));
        String reference = receipt.get("reference").asString();
        String complaintId = complaintIdOf(reference, "lysheim-director");

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/saker/" + complaintId);
            chromium.logIn("lysheim-director", "demo");
            var checkIns = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=check-ins]")));
            assertThat(checkIns.getText()).contains("§ 2 A-3").contains("Planlagt");
            assertThat(driver.findElements(By.cssSelector("[data-testid=check-ins] li")))
                    .hasSize(3);
            chromium.assertNoAccessibilityViolations("the case page of a whistleblowing report");

            // Who reported is kept apart from the report, and shown to those who investigate it when they ask.
            var reporter = driver.findElement(By.cssSelector("[data-testid=reporter]"));
            assertThat(reporter.getText()).contains("holdes atskilt").doesNotContain("Vera");
            chromium.clickAndWait(By.linkText("Vis hvem som varslet (skrives i loggen)"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=reporter]"))
                            .getText())
                    .contains("Varslet av Vera Varsler", "99999999");
            chromium.assertNoAccessibilityViolations("a whistleblowing report with its reporter shown");

            driver.findElement(By.id("checkIn")).sendKeys("Vera har det bedre. Arbeidslederen er flyttet.");
            chromium.submit("Lagre samtalen");
            assertThat(notice(chromium)).isEqualTo("Samtalen er lagret.");
            assertThat(driver.findElements(By.cssSelector("[data-testid=check-ins] li"))
                            .getFirst()
                            .getText())
                    .contains("Holdt");
            assertThat(driver.findElement(By.cssSelector("[data-testid=timeline]"))
                            .getText())
                    .contains("Oppfølgingssamtale med den som varslet", "Arbeidslederen er flyttet.");
            chromium.screenshot("case-check-ins.png");
        }
    }

    @Test
    void a_whistleblower_reports_retaliation_on_the_follow_up_page_and_the_two_cases_link_to_each_other() {
        var receipt = json(post(INTAKE + "/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"SUBSTANCE_ABUSE","subject":"Rus på jobb",
                 "description":"En kollega er ruset på verkstedet.","language":"nb",
                 "complainant":{"name":"Rolf Varsler","phone":"98888888"}}
                """));
        String reference = receipt.get("reference").asString();
        String code = receipt.get("receiptCode").asString();
        String firstId = complaintIdOf(reference, "lysheim-director");

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/t/lysheim/oppfolging");
            driver.findElement(By.id("code")).sendKeys(code);
            chromium.submit("Åpne saken");
            var section = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=retaliation]")));
            assertThat(section.getText()).contains("§ 2 A-4");
            chromium.assertNoAccessibilityViolations("the follow-up page of a whistleblowing report");

            driver.findElement(By.id("retaliation-text")).sendKeys("Etter varselet får jeg ikke være med på turen.");
            chromium.submit("Meld fra om gjengjeldelse");
            String second = chromium.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reference]")))
                    .getText();
            assertThat(second).isNotEqualTo(reference).startsWith("LAI-");
            assertThat(driver.findElement(By.cssSelector("[data-testid=receipt-code]"))
                            .getText())
                    .matches("\\d{4}( \\d{4}){4}");
            chromium.assertNoAccessibilityViolations("the retaliation receipt");
            chromium.screenshot("retaliation-receipt.png");

            String secondId = complaintIdOf(second, "lysheim-director");
            driver.get(WEB + "/saker/" + secondId);
            chromium.logIn("lysheim-director", "demo");
            var first = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=retaliation-for]")));
            assertThat(first.getText()).isEqualTo(reference);
            assertThat(driver.findElement(By.cssSelector("[data-testid=explanation]"))
                            .getText())
                    .startsWith("Melding om gjengjeldelse etter " + reference);
            assertThat(driver.findElement(By.cssSelector("[data-testid=description]"))
                            .getText())
                    .isEqualTo("Etter varselet får jeg ikke være med på turen.");

            first.findElement(By.tagName("a")).click();
            var reports = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=retaliation-reports]")));
            assertThat(reports.getText()).isEqualTo(second);
            assertThat(driver.getCurrentUrl()).endsWith(firstId);
        }
    }

    @Test
    void the_managing_director_sees_the_overview_with_every_open_case() {
        var receipt = json(post(INTAKE + "/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"EMPLOYEE","category":"FOLLOW_UP","subject":"Oversikten",
                 "description":"En sak lederen skal se.","language":"nb"}
                """));
        String reference = receipt.get("reference").asString();
        complaintIdOf(reference, "fjordvekst-handler");

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/oversikt");
            chromium.logIn("fjordvekst-director", "demo");
            var open = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=open]")));
            assertThat(open.getText()).contains(reference);
            assertThat(driver.findElement(By.cssSelector("[data-testid=counts]"))
                            .getText())
                    .contains("i ledergruppens kø");
            chromium.assertNoAccessibilityViolations("the managers' overview");
            chromium.atPhoneWidth("the managers' overview", "overview-phone.png");
            chromium.screenshot("overview.png");
        }
    }

    private static String notice(Browser chromium) {
        return chromium.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=notice]")))
                .getText();
    }

    private static String state(WebDriver driver) {
        return driver.findElement(By.cssSelector("[data-testid=state]")).getText();
    }

    /** The complainant's steps arrive over Kafka: the page shows them on a reload. */
    private static void awaitState(WebDriver driver, String state) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            return state.equals(state(d));
        });
    }
}
