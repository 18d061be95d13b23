package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Routine 004: "du har rett til å gjennomføre anonym brukerundersøkelse før du slutter hos oss". On the local stack,
 * Lysheim's published routine says so; a handler makes a link for a participant who leaves, on the product's page, and
 * the QR code on it reads as that link; the participant answers in another browser without logging in, once; the
 * board's page counts the answer without knowing whose it is.
 */
@ExtendWith(RunningPlatform.class)
class LeavingSurveyBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    @Test
    void a_participant_who_leaves_answers_the_survey_behind_the_link_a_handler_made() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        String board = token("lysheim-board");
        long before = json(get("http://localhost:8084/api/statistics/dashboard?year=" + year, board))
                .get("leavingSurvey")
                .get("answers")
                .asLong();
        String link;
        try (Browser handler = Browser.open()) {
            handler.driver.get(WEB + "/t/lysheim/rutine?lang=nb");
            assertThat(handler.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")))
                            .getText())
                    .contains("Du har rett til å svare på en anonym brukerundersøkelse før du slutter hos oss.");

            handler.driver.get(WEB + "/undersokelse-ved-avslutning?lang=nb");
            handler.logIn("lysheim-handler", "demo");
            handler.awaitPage(WEB + "/undersokelse-ved-avslutning");
            assertThat(handler.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                            .getText())
                    .isEqualTo("Undersøkelse når en deltaker slutter");
            assertThat(handler.driver
                            .findElement(By.cssSelector("nav a[href='/undersokelse-ved-avslutning']"))
                            .getText())
                    .isEqualTo("Undersøkelse ved avslutning");
            handler.assertNoAccessibilityViolations("the survey when leaving, before a link");
            // The participant reads English best: the link opens the survey in English, and the sheet says so too.
            new org.openqa.selenium.support.ui.Select(handler.driver.findElement(By.id("language")))
                    .selectByValue("en");
            handler.submit("Lag en lenke");

            var field = handler.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=link]")));
            link = field.getText();
            assertThat(link).matches(WEB + "/t/lysheim/undersokelse/[A-Za-z0-9_-]{32}\\?lang=en");
            assertThat(handler.driver
                            .findElement(By.cssSelector("[data-testid=paper]"))
                            .getText())
                    .startsWith("You have the right to answer an anonymous survey before you leave.");
            assertThat(handler.driver
                            .findElement(By.cssSelector("[data-testid=handed-out]"))
                            .getText())
                    .contains("Lenken virker i 60 dager");
            assertThat(read(handler.driver
                            .findElement(By.cssSelector("[data-testid=qr]"))
                            .getScreenshotAs(OutputType.BYTES)))
                    .as("the QR code a phone scans")
                    .isEqualTo(link);
            handler.assertNoAccessibilityViolations("the survey when leaving, with its link");
            handler.screenshot("leaving-survey-link.png");
            handler.atPhoneWidth("the survey when leaving, with its link", "leaving-survey-link-375.png");

            handler.driver.get(WEB + "/undersokelse-ved-avslutning");
            handler.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertThat(handler.driver.findElements(By.cssSelector("[data-testid=link]")))
                    .as("the link is shown once, and kept nowhere")
                    .isEmpty();
        }

        try (Browser participant = Browser.open()) {
            participant.driver.get(link);
            assertThat(participant
                            .wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                            .getText())
                    .isEqualTo("How was your time with us?");
            assertThat(participant.driver.findElement(By.tagName("main")).getText())
                    .contains("How satisfied are you with your time with us?", "Would you recommend us to others?");
            participant.assertNoAccessibilityViolations("the survey when leaving, for the participant");
            participant.atPhoneWidth("the survey when leaving, for the participant", "leaving-survey-375.png");
            participant.driver.findElement(By.id("satisfied-4")).click();
            participant.driver.findElement(By.id("heard-3")).click();
            participant.driver.findElement(By.id("again-yes")).click();
            participant.submit("Send the answer");
            assertThat(participant
                            .wait
                            .until(ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("[data-testid=thanks]")))
                            .getText())
                    .isEqualTo("Thank you for your answer!");
            assertThat(participant.driver.manage().getCookies())
                    .extracting(org.openqa.selenium.Cookie::getName)
                    .doesNotContain("SESSION", "JSESSIONID");

            participant.driver.get(link);
            assertThat(participant
                            .wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=gone]")))
                            .getText())
                    .as("one answer per link")
                    .isNotBlank();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> json(get("http://localhost:8084/api/statistics/dashboard?year=" + year, board))
                                .get("leavingSurvey")
                                .get("answers")
                                .asLong()
                        == before + 1);
        try (Browser member = Browser.open()) {
            member.driver.get(WEB + "/styret?lang=nb");
            member.logIn("lysheim-board", "demo");
            member.awaitPage(WEB + "/styret");
            assertThat(member.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("[data-testid=leaving-survey]")))
                            .getText())
                    .contains("Undersøkelse ved avslutning", (before + 1) + " svar");
            member.assertNoAccessibilityViolations("the board's figures with the survey when leaving");
        }
    }

    /** The text a phone's camera reads from the QR code as the browser drew it. */
    private static String read(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
