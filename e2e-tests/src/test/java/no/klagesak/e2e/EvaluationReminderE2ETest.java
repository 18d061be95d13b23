package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Routine 001: "rutinen evalueres årlig". A year after the routine was last evaluated, the managing director gets a
 * mail that says so and links to where the evaluation is recorded; the page there says it is due. The local stack
 * looks for reminders every 15 s (hourly in production). The evaluation is recorded with the director's own token,
 * dated thirteen months back (the form takes dates up to ten years back); recording one through the page is
 * BoardBrowserE2ETest's.
 */
@ExtendWith(RunningPlatform.class)
class EvaluationReminderE2ETest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void a_year_after_the_last_evaluation_the_director_is_reminded_by_mail_and_the_link_shows_it_is_due() {
        LocalDate heldOn = LocalDate.now(ZoneId.of("Europe/Oslo")).minusMonths(13);
        String director = token("lysheim-director");
        var recorded = post("http://localhost:8085/api/tenants/lysheim/evaluations", director, """
                {"id":"%s","heldOn":"%s","participants":"Dagny Daglig og ledergruppen",
                 "conclusions":"Fristene holdt."}
                """.formatted(
                        UUID.randomUUID(), heldOn));
        assertThat(recorded.statusCode()).as(recorded.body()).isIn(200, 201);
        assertThat(json(recorded).path("due").asBoolean()).isTrue();

        String subject = "Rutinen skal evalueres: Lysheim Arbeid og Inkludering";
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(mailsTo("lysheim-director@lysheim.example"))
                        .extracting(m -> m.get("subject").asString())
                        .contains(subject));
        var mail = mailsTo("lysheim-director@lysheim.example").stream()
                .filter(m -> m.get("subject").asString().equals(subject))
                .toList();
        assertThat(mail)
                .as("one reminder for the day it fell due, however many rounds looked")
                .hasSize(1);
        String text = mail.getFirst().get("text").asString();
        assertThat(text).contains("sist evaluert " + DAY.format(heldOn));
        var link = Pattern.compile("http://localhost:8080/styret/gjennomgang").matcher(text);
        assertThat(link.find()).isTrue();

        try (Browser chromium = Browser.open()) {
            chromium.driver.get(link.group() + "?lang=nb");
            chromium.logIn("lysheim-director", "demo");
            var due = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=evaluation-due]")));
            assertThat(due.getText())
                    .isEqualTo("Det er over ett år siden rutinen sist ble evaluert (" + DAY.format(heldOn)
                            + "). Den skal evalueres hvert år.");
            assertThat(chromium.driver.findElements(By.cssSelector("[data-testid=record-evaluation]")))
                    .isNotEmpty();
            chromium.assertNoAccessibilityViolations("the review with the evaluation due");
            chromium.screenshot("evaluation-due.png");
        }
    }
}
