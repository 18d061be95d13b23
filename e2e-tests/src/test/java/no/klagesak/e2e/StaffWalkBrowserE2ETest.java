package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Each staff role walks every page of its menu as a person would, and the pages are read for what a person should
 * never have to decode: dates written 2026-12-09, internal ids (p-2, a case's UUID), user names (fjordvekst-handler)
 * and the raw names of settings. Each page is audited with axe too.
 */
@ExtendWith(RunningPlatform.class)
class StaffWalkBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern PERSON_ID = Pattern.compile("\\bp-\\d+\\b");
    private static final Pattern UUID =
            Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern USER_NAME = Pattern.compile("\\b(fjordvekst|lysheim)-[a-z]+\\b(?!@|\\.)");
    private static final Pattern SETTING_PATH = Pattern.compile("\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*\\b");

    @ParameterizedTest
    @ValueSource(strings = {"fjordvekst-handler", "fjordvekst-director", "fjordvekst-admin", "fjordvekst-board"})
    void every_page_of_a_roles_menu_reads_without_ids_user_names_or_iso_dates(String user) {
        // A case, so that the lists have a line to show.
        post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"TRAINING","subject":"Kurs",
                 "description":"Jeg får ikke kurset jeg ble lovet.","language":"nb","anonymous":true}""");
        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/oauth2/authorization/keycloak");
            chromium.logIn(user, "demo");
            chromium.wait.until(d -> d.getCurrentUrl().startsWith(WEB));

            Set<String> pages = new LinkedHashSet<>();
            driver.get(WEB + "/?lang=nb");
            for (WebElement link : driver.findElements(By.cssSelector("header nav:not(.languages) a"))) {
                pages.add(link.getAttribute("href"));
            }
            assertThat(pages).as("the menu of " + user).isNotEmpty();

            List<String> found = new ArrayList<>();
            for (String page : pages) {
                driver.get(page);
                String text = driver.findElement(By.id("main")).getText();
                for (Pattern pattern : List.of(ISO_DATE, PERSON_ID, UUID, USER_NAME, SETTING_PATH)) {
                    var matcher = pattern.matcher(text);
                    while (matcher.find()) found.add(page + ": «" + matcher.group() + "»");
                }
                chromium.assertNoAccessibilityViolations(user + " on " + page);
            }
            assertThat(found).as("what " + user + " should not have to decode").isEmpty();
        }
    }
}
