package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.claims;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * A new company gets its team in without anyone touching Keycloak: the admin adds the people on the organisation page,
 * each gets Keycloak's invitation in Norwegian, sets a password on Norwegian pages and logs in to what their place
 * gives them; one who leaves can no longer log in, and the token they held is refused at its next refresh.
 */
@ExtendWith(RunningPlatform.class)
class StaffAccountsBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    @Test
    void the_admin_adds_a_team_on_the_organisation_page_and_each_logs_in_to_what_their_place_gives() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String alias = "team-" + suffix;
        String domain = alias + ".example";
        String adminEmail = "admin@" + domain;
        var onboarded =
                post("http://localhost:8085/api/tenants", token("operator"), """
                {"alias":"%s","name":"Team %s AS","template":"LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL",
                 "adminEmail":"%s"}""".formatted(alias, suffix, adminEmail));
        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        String adminPassword = "Admin-" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(adminEmail).isEmpty());
        Invitations.setPassword(mailsTo(adminEmail).getLast().get("body").asString(), adminPassword);

        String hilde = "hilde@" + domain;
        String marius = "marius@" + domain;
        String lena = "lena@" + domain;
        String siri = "siri@" + domain;
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/admin/organisasjon");
            chromium.logIn(adminEmail, adminPassword);
            chromium.awaitPage(WEB + "/admin/organisasjon");
            chromium.assertNoAccessibilityViolations("the organisation page");
            addPerson(chromium, "Hilde Håndterer", hilde, null);
            addPerson(chromium, "Marius Mottak", marius, "receiver");
            addPerson(chromium, "Lena Ledergruppe", lena, null);
            addPerson(chromium, "Siri Styre", siri, "board");

            // Hilde leads the company's unit: her place makes her a handler.
            new Select(driver.findElement(By.id("leader-u-1"))).selectByVisibleText("Hilde Håndterer");
            chromium.clickAndWait(By.cssSelector("[data-testid=unit-leader] button"));
            assertThat(new Select(driver.findElement(By.id("leader-u-1")))
                            .getFirstSelectedOption()
                            .getText())
                    .as("the page shows each unit's leader as it is now")
                    .isEqualTo("Hilde Håndterer");
            // Lena joins the management group.
            driver.findElements(By.cssSelector("input[name=managementGroup]")).stream()
                    .filter(box -> box.getAttribute("id").endsWith(personId(driver, "Lena Ledergruppe")))
                    .findFirst()
                    .orElseThrow()
                    .click();
            chromium.clickAndWait(By.cssSelector("form[action$='/admin/organisasjon/roller'] [type=submit]"));
            chromium.atPhoneWidth("the organisation page with the team", "staff-organisation-375.png");
        }

        String hildePassword = accept(hilde);
        String mariusPassword = accept(marius);
        String lenaPassword = accept(lena);
        String siriPassword = accept(siri);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(roles(token(hilde, hildePassword))).contains("handler"));
        assertThat(roles(token(marius, mariusPassword))).contains("receiver").doesNotContain("handler");
        assertThat(roles(token(lena, lenaPassword))).contains("management");
        assertThat(roles(token(siri, siriPassword))).contains("board").doesNotContain("tenant-admin");
        assertThat(claims(token(siri, siriPassword)).get("organization").toString())
                .contains(alias);
        assertThat(claims(token(hilde, hildePassword)).get("name").asString()).isEqualTo("Hilde Håndterer");

        // Each sees what their place gives them, on the product's own pages.
        try (Browser chromium = Browser.open()) {
            chromium.driver.get(WEB + "/saker");
            chromium.logIn(hilde, hildePassword);
            chromium.awaitPage(WEB + "/saker");
            assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            chromium.assertNoAccessibilityViolations("the handler's cases");
        }
        try (Browser chromium = Browser.open()) {
            chromium.driver.get(WEB + "/styret");
            chromium.logIn(siri, siriPassword);
            chromium.awaitPage(WEB + "/styret");
            assertThat(chromium.driver.getPageSource()).doesNotContain("403");
            chromium.assertNoAccessibilityViolations("the board's figures");
        }

        // Hilde leaves: she can no longer log in, the session she holds is refused at its next refresh, and the web
        // page she has open logs her out at once (Keycloak's back-channel logout for each of her sessions, issue 25).
        String refresh = refreshToken(hilde, hildePassword);
        try (Browser hildesBrowser = Browser.open();
                Browser chromium = Browser.open()) {
            hildesBrowser.driver.get(WEB + "/saker");
            hildesBrowser.logIn(hilde, hildePassword);
            hildesBrowser.awaitPage(WEB + "/saker");
            var driver = chromium.driver;
            driver.get(WEB + "/admin/organisasjon");
            chromium.logIn(adminEmail, adminPassword);
            chromium.awaitPage(WEB + "/admin/organisasjon");
            chromium.clickAndWait(By.cssSelector("a[aria-label='Registrer som sluttet: Hilde Håndterer']"));
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Registrere Hilde Håndterer som sluttet?");
            chromium.assertNoAccessibilityViolations("the confirmation before someone is registered as having left");
            chromium.submit("Ja, registrer som sluttet");
            assertThat(driver.findElement(By.id("left-heading")).getText()).isEqualTo("Har sluttet");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                hildesBrowser.driver.get(WEB + "/saker");
                assertThat(hildesBrowser.driver.getCurrentUrl()).startsWith(RunningPlatform.KEYCLOAK);
            });
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThatThrownBy(() -> token(hilde, hildePassword)).hasMessageContaining("No token"));
        assertThat(refresh(refresh).statusCode()).isEqualTo(400);
        assertThat(mailsTo(hilde)).as("invited once").hasSize(1);
    }

    private static void addPerson(Browser chromium, String name, String email, String role) {
        var driver = chromium.driver;
        driver.findElement(By.id("person-name")).sendKeys(name);
        driver.findElement(By.id("person-email")).sendKeys(email);
        if (role != null) driver.findElement(By.id("new-role-" + role)).click();
        chromium.clickAndWait(By.cssSelector("form[action$='/admin/organisasjon/personer'] [type=submit]"));
        assertThat(driver.getPageSource()).contains(name);
    }

    private static String personId(org.openqa.selenium.WebDriver driver, String name) {
        return driver.findElements(By.cssSelector("input[name=managementGroup]")).stream()
                .filter(box -> driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                        .getText()
                        .equals(name))
                .findFirst()
                .orElseThrow()
                .getAttribute("value");
    }

    /** The invitation came in Norwegian; the person sets a password on Keycloak's pages, each audited. */
    private static String accept(String email) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailsTo(email).isEmpty());
        JsonNode mail = mailsTo(email).getLast();
        assertThat(mail.get("subject").asString()).isEqualTo("Kontoen din i Klagesak");
        assertThat(mail.get("text").asString()).contains("passord");
        String password = "Team-" + UUID.randomUUID();
        Invitations.setPassword(mail.get("body").asString(), password, page -> {
            assertThat(page.driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("nb");
            page.assertNoAccessibilityViolations("Keycloak's page for " + email);
        });
        return password;
    }

    private static String roles(String token) {
        return claims(token).toString();
    }

    private static String refreshToken(String username, String password) {
        var response = form("grant_type=password&client_id=klagesak-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("refresh_token").asString();
    }

    private static HttpResponse<String> refresh(String refreshToken) {
        return form("grant_type=refresh_token&client_id=klagesak-cli&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> form(String body) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(RunningPlatform.KEYCLOAK + "/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
