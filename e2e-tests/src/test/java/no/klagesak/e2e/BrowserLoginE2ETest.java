package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A demo user logs in to the web through Keycloak in real Chromium and sees their tenant; axe finds no WCAG 2.1 AA violation. */
@ExtendWith(RunningPlatform.class)
class BrowserLoginE2ETest {

    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--no-first-run",
                        "--window-size=1280,900",
                        "--lang=nb");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) browser.quit();
    }

    @Test
    void a_demo_user_logs_in_through_keycloak_sees_the_name_of_their_tenant_and_logs_out() throws Exception {
        browser.get("http://localhost:8080/");
        assertNoAccessibilityViolations("home page before login");

        browser.findElement(By.linkText("Logg inn")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(RunningPlatform.KEYCLOAK);
        browser.findElement(By.id("username")).sendKeys("lysheim-handler");
        if (browser.findElements(By.id("password")).isEmpty()) {
            // With Organizations on, Keycloak asks for the user name first, then the password.
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        }
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        var tenant = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=tenant]")));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:8080/");
        assertThat(tenant.getText()).isEqualTo("Lysheim Arbeid og Inkludering");
        assertThat(browser.findElement(By.cssSelector("[data-testid=user]")).getText())
                .contains("Henrik Leder");
        screenshot("home-logged-in.png");
        assertNoAccessibilityViolations("home page after login");

        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Logg inn")));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:8080/");
        assertThat(browser.findElements(By.cssSelector("[data-testid=tenant]"))).isEmpty();
        // The Keycloak session ended too: logging in again asks for the user name.
        browser.findElement(By.linkText("Logg inn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private void assertNoAccessibilityViolations(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> page + ": "
                        + violations.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp())
                                .collect(Collectors.joining("; ")))
                .isEmpty();
        assertThat(results.getPasses()).as("axe ran rules on " + page).isNotEmpty();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
