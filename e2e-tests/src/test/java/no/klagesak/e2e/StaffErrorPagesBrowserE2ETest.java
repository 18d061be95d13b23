package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A staff member who opens a page of another role, or a case that is not there, meets the product's own error page in
 * their language, with the menu and a way back, axe-clean: never a framework's page.
 */
@ExtendWith(RunningPlatform.class)
class StaffErrorPagesBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    @Test
    void a_handler_opening_the_admins_page_or_a_missing_case_gets_the_products_error_page_in_their_language() {
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/saker");
            chromium.logIn("fjordvekst-handler", "demo");
            chromium.awaitPage(WEB + "/saker");

            driver.get(WEB + "/admin/rutine?lang=nb");
            assertThat(title(driver)).isEqualTo("Ingen tilgang");
            assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
            assertThat(driver.findElements(By.cssSelector("[data-testid=logout]")))
                    .isNotEmpty();
            chromium.assertNoAccessibilityViolations("403 for a handler");

            driver.get(WEB + "/admin/rutine?lang=en");
            assertThat(title(driver)).isEqualTo("No access");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            chromium.assertNoAccessibilityViolations("403 in English");

            driver.get(WEB + "/saker/finnes-ikke?lang=nn");
            assertThat(title(driver)).isEqualTo("Fann ikkje sida");
            chromium.assertNoAccessibilityViolations("404 in Nynorsk");
            chromium.atPhoneWidth("404 in Nynorsk", "error-404-nn-375.png");
        }
    }

    private static String title(WebDriver driver) {
        return driver.findElement(By.cssSelector("[data-testid=error-title]")).getText();
    }
}
