package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A demo user logs in to the web through Keycloak in real Chromium and sees their tenant; axe finds no WCAG 2.1 AA violation. */
@ExtendWith(RunningPlatform.class)
class BrowserLoginE2ETest {

    private Browser chromium;
    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        chromium = Browser.open();
        browser = chromium.driver;
    }

    @AfterEach
    void closeChromium() {
        if (chromium != null) chromium.close();
    }

    @Test
    void a_demo_user_logs_in_through_keycloak_sees_the_name_of_their_tenant_and_logs_out() throws Exception {
        browser.get("http://localhost:8080/");
        assertNoAccessibilityViolations("home page before login");

        browser.findElement(By.linkText("Logg inn")).click();
        WebDriverWait wait = chromium.wait;
        chromium.logIn("lysheim-handler", "demo");

        var tenant = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=tenant]")));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:8080/");
        assertThat(tenant.getText()).isEqualTo("Lysheim Arbeid og Inkludering");
        assertThat(browser.findElement(By.cssSelector("[data-testid=user]")).getText())
                .contains("Henrik Håndterer");
        screenshot("home-logged-in.png");
        assertNoAccessibilityViolations("home page after login");
        // ASVS V3.3: the session cookie is out of reach of scripts, sent only over https (or to localhost), not sent
        // along with requests from other sites.
        var session = browser.manage().getCookieNamed("KLAGESAK_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Logg inn")));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:8080/");
        assertThat(browser.findElements(By.cssSelector("[data-testid=tenant]"))).isEmpty();
        // The Keycloak session ended too: logging in again asks for the user name.
        browser.findElement(By.linkText("Logg inn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private void assertNoAccessibilityViolations(String page) {
        chromium.assertNoAccessibilityViolations(page);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
