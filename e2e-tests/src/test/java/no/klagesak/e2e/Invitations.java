package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** Keycloak's invitation mail, followed as the person would: the link, then the password, on Keycloak's pages. */
final class Invitations {

    private static final Pattern ACTION_LINK =
            Pattern.compile("http://localhost:8180/realms/klagesak/login-actions/action-token\\?key=[A-Za-z0-9._\\-]+");

    private Invitations() {}

    /** The link in the mail, with the mail's quoted-printable and HTML escapes undone. */
    static String link(String mail) {
        String decoded =
                mail.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=").replace("&amp;", "&");
        Matcher link = ACTION_LINK.matcher(decoded);
        assertThat(link.find()).as("a link in: " + decoded).isTrue();
        return link.group();
    }

    static void setPassword(String mail, String password) {
        setPassword(mail, password, page -> {});
    }

    /**
     * Follows the link in Chromium and sets the password; {@code onEachPage} sees every Keycloak page on the way (to
     * audit it). Should Keycloak ask for a name, the test fails: the organisation gives it.
     */
    static void setPassword(String mail, String password, Consumer<Browser> onEachPage) {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(link(mail));
            for (int page = 0; page < 4; page++) {
                chromium.wait.until(d ->
                        !d.findElements(By.cssSelector("form, #kc-page-title")).isEmpty());
                onEachPage.accept(chromium);
                assertThat(driver.findElements(By.id("firstName")))
                        .as("Keycloak asks for a name the organisation already has")
                        .isEmpty();
                if (!driver.findElements(By.id("password-new")).isEmpty()) {
                    driver.findElement(By.id("password-new")).sendKeys(password);
                    driver.findElement(By.id("password-confirm")).sendKeys(password);
                } else if (!driver.findElements(By.partialLinkText("»")).isEmpty()) {
                    // Keycloak first lists the actions asked of the user, with a link to go on.
                    chromium.clickAndWait(By.partialLinkText("»"));
                    continue;
                } else {
                    chromium.screenshot("invitation-after-password.png");
                    return;
                }
                chromium.clickAndWait(By.cssSelector("[type=submit]"));
            }
            chromium.screenshot("invitation-stuck.png");
        }
    }
}
