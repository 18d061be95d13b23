package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The board's figures in Chromium on the local stack: this year against last, charts with their tables, axe. */
@ExtendWith(RunningPlatform.class)
class BoardBrowserE2ETest {

    @Test
    void the_board_sees_the_number_and_type_of_complaints_as_charts_with_tables() {
        var sent = post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Styret","description":"Telles for styret.","language":"nb"}
                """);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(json(sent).get("reference").asString()).startsWith("FJV-");

        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/styret");
            chromium.logIn("fjordvekst-board", "demo");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                chromium.driver.navigate().refresh();
                assertThat(chromium.wait
                                .until(ExpectedConditions.visibilityOfElementLocated(
                                        By.cssSelector("[data-testid=key-figures]")))
                                .getText())
                        .doesNotContain("Mottatt\n0 ");
                assertThat(chromium.driver.findElements(By.cssSelector("figure.chart svg")))
                        .isNotEmpty();
            });
            assertThat(chromium.driver.findElement(By.id("category-heading")).getText())
                    .isEqualTo("Hva det gjaldt");
            assertThat(chromium.driver.findElement(By.cssSelector("#main")).getText())
                    .contains("Oppfølging og veiledning");
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=by-month]"))
                            .getText())
                    .contains("Måned for måned");
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=backlog]"))
                            .getText())
                    .contains("åpne saker");
            chromium.assertNoAccessibilityViolations("the board's figures");
            chromium.atPhoneWidth("the board's figures", "board-phone.png");
            chromium.screenshot("board.png");

            // The annual report's PDF, made in the background: the page follows it until the file is offered.
            chromium.clickAndWait(By.cssSelector("form[data-testid=downloads] button[value=pdf]"));
            var file = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=export-file]")));
            assertThat(file.getText()).startsWith("Last ned klager-").endsWith(".pdf");
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=export-status]"))
                            .getText())
                    .startsWith("Filen er klar");
            chromium.assertNoAccessibilityViolations("the export's progress");
            chromium.screenshot("board-export.png");
            chromium.atPhoneWidth("the export's progress", "board-export-phone.png");
        }
    }

    @Test
    void a_tenant_that_publishes_its_numbers_shows_them_to_anyone_with_small_counts_as_under_five() {
        String admin = RunningPlatform.token("fjordvekst-admin");
        var tenant = (tools.jackson.databind.node.ObjectNode)
                json(RunningPlatform.get("http://localhost:8085/api/tenants/fjordvekst", admin));
        var routine = (tools.jackson.databind.node.ObjectNode)
                tenant.get("currentRoutine").get("routine");
        ((tools.jackson.databind.node.ObjectNode) routine.get("retention")).put("publicStatistics", true);
        var changed = RunningPlatform.put(
                "http://localhost:8085/api/tenants/fjordvekst/routine",
                admin,
                tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .createObjectNode()
                        .set("routine", routine)
                        .toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"WORK_ENVIRONMENT","subject":"Offentlig","description":"Telles.","language":"nb"}
                """);

        try (Browser chromium = Browser.open()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                chromium.driver.get("http://localhost:8080/t/fjordvekst/statistikk");
                assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
                        .startsWith("Klager til Fjordvekst AS i");
                assertThat(chromium.driver
                                .findElement(By.cssSelector("[data-testid=categories]"))
                                .getText())
                        .contains("under 5");
            });
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=whistleblowing]"))
                            .getText())
                    .startsWith("Varsler om kritikkverdige forhold:");
            chromium.assertNoAccessibilityViolations("the public statistics");
            chromium.screenshot("public-statistics.png");
        }
    }

    /** Routine 001: the routine is evaluated every year; the director records it, the board and everyone see when. */
    @Test
    void the_director_records_the_yearly_evaluation_and_the_board_and_the_published_routine_show_it() {
        String conclusion = "Kvitteringene kom for sent i vår " + java.util.UUID.randomUUID();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get("http://localhost:8080/styret/gjennomgang?lang=nb");
            chromium.logIn("fjordvekst-director", "demo");
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=record-evaluation]")));
            // Sent without who took part: the page says what to correct and keeps what was written.
            driver.findElement(By.id("evaluation-conclusions")).sendKeys(conclusion);
            chromium.submit("Lagre evalueringen");
            assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                    .contains("Skriv hvem som var med.");
            assertThat(driver.findElement(By.id("evaluation-conclusions")).getAttribute("value"))
                    .isEqualTo(conclusion);
            chromium.assertNoAccessibilityViolations("the evaluation form with a problem");
            driver.findElement(By.id("evaluation-participants")).sendKeys("Dagny Daglig, Tora Tillitsvalgt");
            driver.findElement(By.id("evaluation-decidedChanges")).sendKeys("Kortere frist for kvittering.");
            chromium.submit("Lagre evalueringen");
            assertThat(driver.findElement(By.cssSelector("[data-testid=evaluation-saved]"))
                            .getText())
                    .isEqualTo("Evalueringen er lagret.");
            assertThat(driver.findElement(By.cssSelector("[data-testid=evaluations]"))
                            .getText())
                    .contains("Evaluering " + today, conclusion, "Kortere frist for kvittering.");
            chromium.assertNoAccessibilityViolations("the review with the evaluation recorded");
            chromium.atPhoneWidth("the review with the evaluation recorded", "evaluation-phone.png");
        }
        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/styret");
            chromium.logIn("fjordvekst-board", "demo");
            var evaluations = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=evaluations]")));
            assertThat(evaluations.getText()).contains(conclusion);
            assertThat(chromium.driver.findElements(By.cssSelector("[data-testid=record-evaluation]")))
                    .isEmpty();
            chromium.driver.get("http://localhost:8080/t/fjordvekst/rutine?lang=nb");
            assertThat(chromium.driver
                            .findElement(By.cssSelector("[data-testid=last-evaluated]"))
                            .getText())
                    .isEqualTo("Rutinen ble sist evaluert " + today + ".");
            chromium.assertNoAccessibilityViolations("the published routine with its last evaluation");
        }
    }

    @Test
    void the_managing_director_reviews_the_routine_and_the_operator_compares_the_tenants_without_names() {
        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/styret/gjennomgang");
            chromium.logIn("fjordvekst-director", "demo");
            var compared = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=compared]")));
            assertThat(compared.getText()).contains("Avvik: fristen passert uten begrunnelse");
            chromium.assertNoAccessibilityViolations("the routine's yearly review");
        }
        try (Browser chromium = Browser.open()) {
            chromium.driver.get("http://localhost:8080/operator/sammenligning");
            chromium.logIn("operator", "demo");
            // Keycloak's page has an h1 too: wait for the comparison's own (a stale heading is asked again).
            chromium.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Virksomhetene sammenlignet"));
            assertThat(chromium.driver.findElement(By.id("main")).getText()).doesNotContain("Fjordvekst", "Lysheim");
            chromium.assertNoAccessibilityViolations("the operator's comparison");
        }
    }
}
