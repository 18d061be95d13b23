package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static no.klagesak.e2e.RunningPlatform.workflowStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Routine 004's anonymous user survey on the local stack: after Lysheim closes a case, the complainant gets a link by
 * e-mail, answers in Chromium without logging in, once, and the board's numbers count it without knowing whose it is.
 */
@ExtendWith(RunningPlatform.class)
class SatisfactionSurveyBrowserE2ETest {

    private static final String ROUTING = "http://localhost:8082";

    @Test
    void the_complainant_answers_the_anonymous_survey_once_after_the_case_is_closed() {
        // Lysheim's routine (004) offers the survey.
        var published = json(get("http://localhost:8085/public/tenants/lysheim", null));
        assertThat(published.toString()).contains("\"satisfactionSurvey\":true");
        String address = "undersokelse-" + UUID.randomUUID() + "@example.org";
        var sent = post("http://localhost:8081/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"WORK_ENVIRONMENT","subject":"Lyset","description":"Det er for mørkt ved maskinene.",
                 "language":"nb","complainant":{"name":"Lise Lys","email":"%s"}}
                """.formatted(address));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String complaintId = complaintIdOf(json(sent).get("reference").asString(), "lysheim-handler");
        String handler = token("lysheim-handler");
        workflowStep(complaintId, handler, "{\"action\":\"ACCEPT\",\"version\":%d}");
        workflowStep(
                complaintId,
                handler,
                "{\"action\":\"RESOLVE\",\"version\":%d,\"outcome\":\"UPHELD\",\"text\":\"Vi setter opp nye lamper.\"}");
        workflowStep(complaintId, handler, "{\"action\":\"CLOSE\",\"version\":%d}");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(mailsTo(address))
                        .extracting(m -> m.get("subject").asString())
                        .anyMatch(subject -> subject.startsWith("Hva syntes du om behandlingen")));
        String text = mailsTo(address).stream()
                .filter(m -> m.get("subject").asString().startsWith("Hva syntes du"))
                .findFirst()
                .orElseThrow()
                .get("text")
                .asString();
        var link = Pattern.compile("http://localhost:8080/t/lysheim/undersokelse/[A-Za-z0-9_-]+")
                .matcher(text);
        assertThat(link.find()).isTrue();
        String board = token("lysheim-board");
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        long before = json(get("http://localhost:8084/api/statistics/survey?year=" + year, board))
                .get("answers")
                .asLong();

        try (Browser chromium = Browser.open()) {
            chromium.driver.get(link.group());
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("satisfied-4")));
            chromium.assertNoAccessibilityViolations("the anonymous survey");
            chromium.driver.findElement(By.id("satisfied-4")).click();
            chromium.driver.findElement(By.id("heard-5")).click();
            chromium.driver.findElement(By.id("again-yes")).click();
            chromium.submit("Send svaret");
            assertThat(chromium.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("[data-testid=thanks]")))
                            .getText())
                    .isEqualTo("Takk for svaret ditt!");
            assertThat(chromium.driver.manage().getCookies())
                    .extracting(org.openqa.selenium.Cookie::getName)
                    .doesNotContain("SESSION", "JSESSIONID");

            chromium.driver.get(link.group());
            assertThat(chromium.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=gone]")))
                            .getText())
                    .contains("allerede besvart");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> json(get("http://localhost:8084/api/statistics/survey?year=" + year, board))
                                .get("answers")
                                .asLong()
                        == before + 1);
    }
}
