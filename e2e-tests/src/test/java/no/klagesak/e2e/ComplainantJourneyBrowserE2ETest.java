package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mails;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static no.klagesak.e2e.RunningPlatform.workflowStep;
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
 * The complainant's whole journey on the product's own pages, from their side: Lysheim (routine 004) answers a named
 * complaint, the complainant reads the answer with the code and asks management to decide, management is told and
 * decides, and the complainant reads the decision as final, with nothing left to do; intake refuses what routing's
 * state forbids.
 */
@ExtendWith(RunningPlatform.class)
class ComplainantJourneyBrowserE2ETest {

    private static final String ROUTING = "http://localhost:8082";
    private static final String INTAKE = "http://localhost:8081";
    private static final String WEB = "http://localhost:8080";

    @Test
    void a_named_complaint_is_answered_escalated_decided_and_read_as_final_with_the_code() {
        String description = "Bussen til verkstedet kommer for sent hver mandag " + UUID.randomUUID();
        var sent = post(INTAKE + "/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"WORK_ENVIRONMENT","subject":"Bussen",
                 "description":"%s","language":"nb","complainant":{"name":"Kari Klager","phone":"90000000"}}
                """.formatted(description));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String reference = json(sent).get("reference").asString();
        String code = json(sent).get("receiptCode").asString();
        String complaintId = complaintIdOf(reference, "lysheim-handler");
        String handler = token("lysheim-handler");
        workflowStep(complaintId, handler, "{\"action\":\"ACCEPT\",\"version\":%d}");
        // Routine 004: minutes agreed by both parties. The handler sends them; she confirms them on the follow-up page.
        workflowStep(complaintId, handler, """
                {"action":"SEND_MINUTES","version":%d,"text":"Vi snakket om bussen. Lysheim tar det opp med busselskapet."}""");
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            openWithCode(chromium, code, "minutes");
            assertThat(text(driver, "minutes-text"))
                    .isEqualTo("Vi snakket om bussen. Lysheim tar det opp med busselskapet.");
            chromium.assertNoAccessibilityViolations("the follow-up page with minutes to confirm");
            driver.findElement(By.id("minutes-agreed")).click();
            chromium.submit("Send svaret på referatet");
            assertThat(text(driver, "done")).isEqualTo("Svaret ditt på referatet er sendt.");
            assertThat(driver.findElements(By.cssSelector("[data-testid=minutes]")))
                    .isEmpty();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> json(get(ROUTING + "/api/cases/" + complaintId + "/workflow", handler))
                        .get("timeline")
                        .toString()
                        .contains("MINUTES_CONFIRMED"));
        workflowStep(complaintId, handler, """
                {"action":"RESOLVE","version":%d,"outcome":"NOT_UPHELD","text":"Bussen er i rute etter tabellen."}""");

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            openWithCode(chromium, code, "answer-text");
            assertThat(text(driver, "state")).isEqualTo("Besvart");
            assertThat(text(driver, "answer-text")).isEqualTo("Bussen er i rute etter tabellen.");
            assertThat(text(driver, "outcome")).isEqualTo("Du fikk ikke medhold");
            assertThat(driver.findElement(By.id("main")).getText()).doesNotContain("Trekk klagen");
            chromium.assertNoAccessibilityViolations("the follow-up page with the answer and escalation offered");

            driver.findElement(By.id("escalation")).sendKeys("Bussen var sen fire mandager på rad.");
            chromium.submit("Be om at ledelsen behandler saken");
            assertThat(text(driver, "done")).isEqualTo("Du har bedt om at ledelsen behandler saken.");
            assertThat(text(driver, "state"))
                    .isIn("Du har bedt om at ledelsen behandler saken", "Ledelsen behandler saken");
        }

        // Management hears of it, by a link and nothing of the complaint; then decides.
        String director = token("lysheim-director");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> json(get(ROUTING + "/api/cases/" + complaintId + "/workflow", director))
                        .get("state")
                        .asString()
                        .equals("ESCALATED"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(mails())
                        .filteredOn(
                                m -> m.get("subject").asString().equals("Klageren ber ledelsen avgjøre: " + reference))
                        .isNotEmpty()
                        .allSatisfy(m -> assertThat(m.get("text").asString())
                                .contains("http://localhost:8080/saker/" + complaintId)
                                .doesNotContain(description, "Kari", "Bussen")));
        workflowStep(complaintId, director, """
                {"action":"DECIDE","version":%d,"outcome":"PARTLY_UPHELD","text":"Vi ber busselskapet om en tidligere avgang."}""");

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            openWithCode(chromium, code, "final");
            assertThat(text(driver, "state")).isEqualTo("Avgjort av ledelsen. Avgjørelsen er endelig.");
            assertThat(text(driver, "answer-text")).isEqualTo("Vi ber busselskapet om en tidligere avgang.");
            assertThat(text(driver, "outcome")).isEqualTo("Du fikk delvis medhold");
            // Nothing left to do about the case; reporting that the routine was not followed stays open (routine 001).
            assertThat(driver.findElements(By.cssSelector("main form")))
                    .as("nothing left to do")
                    .allMatch(form -> !form.findElements(By.xpath("ancestor::section[@data-testid='deviation']"))
                            .isEmpty());
            chromium.assertNoAccessibilityViolations("the follow-up page with management's final decision");
            chromium.screenshot("follow-up-decided.png");
            chromium.atPhoneWidth("the follow-up page with the final decision", "follow-up-decided-phone.png");
        }

        String withCode = "{\"code\":\"%s\",\"text\":\"Likevel\"}".formatted(code);
        for (String step : new String[] {"/withdrawal", "/information", "/escalation"}) {
            assertThat(post(INTAKE + "/public/tenants/lysheim/follow-up" + step, null, withCode)
                            .statusCode())
                    .as(step + " after the final decision")
                    .isEqualTo(409);
        }
        assertThat(json(get(ROUTING + "/api/cases/" + complaintId + "/workflow", director))
                        .get("state")
                        .asString())
                .isEqualTo("DECIDED");

        // The managing director's list of every case has it, decided, with its outcome.
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/oversikt/alle?utfall=PARTLY_UPHELD");
            chromium.logIn("lysheim-director", "demo");
            var all = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=all]")));
            assertThat(all.getText()).contains(reference, "Avgjort av ledelsen (endelig)", "Delvis medhold");
            chromium.assertNoAccessibilityViolations("the list of every case");
            chromium.screenshot("all-cases.png");
            chromium.atPhoneWidth("the list of every case", "all-cases-phone.png");
        }
    }

    /**
     * Withdrawal cannot be undone, so the complainant is asked first: "no" goes back to the case with nothing sent,
     * "yes" withdraws it with the reason they wrote, and the handler sees it withdrawn.
     */
    @Test
    void withdrawing_asks_first_and_no_changes_nothing() {
        var sent = post(INTAKE + "/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"WORK_ENVIRONMENT","subject":"Lunsjen",
                 "description":"Lunsjen kommer sent %s","language":"nb",
                 "complainant":{"name":"Ola Klager","phone":"90000001"}}
                """.formatted(UUID.randomUUID()));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String reference = json(sent).get("reference").asString();
        String code = json(sent).get("receiptCode").asString();
        String complaintId = complaintIdOf(reference, "lysheim-handler");
        String handler = token("lysheim-handler");

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            // Knowing only the platform's address, she finds her company on the start page, without logging in.
            driver.get(WEB + "/?lang=nb");
            var lysheim = driver.findElements(By.cssSelector("[data-testid=companies] .companies > li")).stream()
                    .filter(company ->
                            company.findElement(By.tagName("h3")).getText().equals("Lysheim Arbeid og Inkludering"))
                    .findFirst()
                    .orElseThrow();
            assertThat(lysheim.findElement(By.linkText("Send en klage eller et varsel"))
                            .getAttribute("href"))
                    .endsWith("/t/lysheim/klage");
            chromium.assertNoAccessibilityViolations("the start page with the companies");
            chromium.atPhoneWidth("the start page with the companies", "start-page-phone.png");
            lysheim.findElement(By.linkText("Følg saken din med koden")).click();
            assertThat(driver.findElement(By.id("code")).isDisplayed()).isTrue();
            openWithCode(chromium, code, "state");
            driver.findElement(By.id("withdrawal")).sendKeys("Det ordnet seg.");
            chromium.submit("Trekk klagen");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vil du trekke klagen?");
            assertThat(text(driver, "withdrawal-reason")).isEqualTo("Det ordnet seg.");
            chromium.assertNoAccessibilityViolations("the question before a withdrawal");
            chromium.atPhoneWidth("the question before a withdrawal", "withdrawal-confirm-phone.png");

            chromium.submit("Nei, tilbake til saken");
            assertThat(text(driver, "state")).isNotEqualTo("Trukket tilbake");
            assertThat(json(get(ROUTING + "/api/cases/" + complaintId + "/workflow", handler))
                            .get("state")
                            .asString())
                    .as("no changes nothing")
                    .isNotEqualTo("WITHDRAWN");

            driver.findElement(By.id("withdrawal")).sendKeys("Det ordnet seg.");
            chromium.submit("Trekk klagen");
            chromium.submit("Ja, trekk klagen");
            assertThat(text(driver, "done")).isEqualTo("Klagen er trukket tilbake.");
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> json(get(ROUTING + "/api/cases/" + complaintId + "/workflow", handler))
                        .get("state")
                        .asString()
                        .equals("WITHDRAWN"));
    }

    /** Opens the case with the code, again until what routing's last step shows has reached the page. */
    private static void openWithCode(Browser chromium, String code, String shown) {
        chromium.wait.until(d -> {
            d.get(WEB + "/t/lysheim/oppfolging?lang=nb");
            d.findElement(By.id("code")).sendKeys(code);
            d.findElement(By.cssSelector("form.settings button[type=submit]")).click();
            return !d.findElements(By.cssSelector("[data-testid=" + shown + "]"))
                    .isEmpty();
        });
    }

    private static String text(WebDriver driver, String testId) {
        return driver.findElement(By.cssSelector("[data-testid=" + testId + "]"))
                .getText();
    }
}
