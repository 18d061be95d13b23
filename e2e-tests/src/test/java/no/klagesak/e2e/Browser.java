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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Selenium, with an axe-core audit and screenshots. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // A condition that reads an element while the page is being replaced asks again.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static Browser open() {
        return open(false);
    }

    /** A browser with JavaScript turned off, as some people and some assistive setups use the web. */
    static Browser openWithoutJavaScript() {
        return open(true);
    }

    private static Browser open(boolean withoutJavaScript) {
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
        if (withoutJavaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        // The console is read for Content-Security-Policy violations (assertNoAccessibilityViolations).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Logs in on Keycloak's pages, which ask for the user name first and the password next. */
    void logIn(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(RunningPlatform.KEYCLOAK);
        driver.findElement(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            driver.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        }
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /**
     * Presses a form's button and waits until the next page has replaced this one. While Chromium swaps
     * documents it may answer "Node with given id does not belong to the document" instead of "stale"; that
     * is asked again rather than failed on.
     */
    void submit(String button) {
        clickAndWait(By.xpath("//button[normalize-space()='" + button + "']"));
    }

    /** Clicks what leads to another page and waits until that page has replaced this one. */
    void clickAndWait(By what) {
        var page = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }

    /** Waits until the browser is on a page whose address starts so; says where it is if it never gets there. */
    void awaitPage(String urlPrefix) {
        try {
            wait.until(d -> d.getCurrentUrl().startsWith(urlPrefix));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("stuck-before-" + urlPrefix.replaceAll("[^a-z0-9]+", "-") + ".png");
            throw new AssertionError(
                    "Not at " + urlPrefix + " but at " + driver.getCurrentUrl() + ": "
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    void assertNoAccessibilityViolations(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> page + ": "
                        + violations.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp())
                                .collect(Collectors.joining("; ")))
                .isEmpty();
        assertThat(results.getPasses()).as("axe ran rules on " + page).isNotEmpty();
        assertNoContentSecurityPolicyViolations(page);
    }

    /** Nothing on the pages so far was refused by the Content-Security-Policy (reported on the browser's console). */
    void assertNoContentSecurityPolicyViolations(String page) {
        var refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertThat(refused).as("CSP violations up to " + page).isEmpty();
    }

    /** The page at a phone's width (375 px), audited and photographed there too. */
    void atPhoneWidth(String page, String screenshot) {
        var desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        try {
            assertNoAccessibilityViolations(page + " at 375 px");
            screenshot(screenshot);
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name);
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
