package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 25: the web's sessions live in one database every web replica shares (ADR 0020), so a user logged in through
 * one replica carries on through another, also when theirs is replaced, and Keycloak's back-channel logout ends the
 * session through whichever replica it reaches. On the stack in its cluster shape (the web's second replica on 8280);
 * the browser sends its localhost cookie to either port.
 */
@Tag("cluster")
@ExtendWith(RunningPlatform.class)
class WebReplicasBrowserE2ETest {

    private static final String WEB_1 = "http://localhost:8080";
    private static final String WEB_2 = "http://localhost:8280";
    private static final String USER = "fjordvekst-admin";

    @BeforeAll
    static void twoWebReplicas() {
        assertThat(stack().instances()).containsEntry("web", 8080).containsEntry("web-2", 8280);
    }

    @Test
    void a_user_logged_in_through_one_web_replica_carries_on_through_the_other_also_when_the_first_is_killed()
            throws Exception {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB_1 + "/admin/rutine");
            chromium.logIn(USER, "demo");
            chromium.awaitPage(WEB_1 + "/admin/rutine");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=summary]")));

            // The same session through the other replica: the page loads, and a form posted with its CSRF token is
            // taken (saving the routine as it is: no new version), its notice carried to the next page.
            driver.get(WEB_2 + "/admin/rutine");
            assertThat(driver.getCurrentUrl()).startsWith(WEB_2 + "/admin/rutine");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=summary]")));
            chromium.assertNoAccessibilityViolations("routine settings through the second web replica");
            savedAsItIs(chromium, WEB_2);

            // The replica that served the login is killed, as a replaced pod is: the user carries on through the other.
            stack().kill("web");
            try {
                driver.get(WEB_2 + "/");
                assertThat(driver.findElement(By.cssSelector("[data-testid=user]"))
                                .getText())
                        .contains("Anne Admin");
                driver.get(WEB_2 + "/admin/rutine");
                assertThat(driver.getCurrentUrl()).startsWith(WEB_2 + "/admin/rutine");
                savedAsItIs(chromium, WEB_2);
                chromium.screenshot("web-replica-2-after-web-1-killed.png");
            } finally {
                stack().startAgain("web");
            }
        }
    }

    @Test
    void keycloak_logs_a_user_out_through_a_web_replica_that_never_saw_their_login() throws Exception {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB_1 + "/");
            driver.findElement(By.linkText("Logg inn")).click();
            chromium.logIn(USER, "demo");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=user]")));
            driver.get(WEB_2 + "/");
            assertThat(driver.findElements(By.cssSelector("[data-testid=user]")))
                    .isNotEmpty();

            // Keycloak calls the web's back-channel logout on 8080 (the realm's setting): a new process there, which
            // knows of this login only from the shared database.
            stack().restartWith("web", Map.of());
            endKeycloakSessions(USER);

            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        driver.get(WEB_2 + "/");
                        assertThat(driver.findElements(By.cssSelector("[data-testid=user]")))
                                .isEmpty();
                    });
            assertThat(driver.findElement(By.linkText("Logg inn")).isDisplayed())
                    .isTrue();
            chromium.assertNoAccessibilityViolations("home page through the second replica after a logout");
        }
    }

    /**
     * Posts the routine settings form as it is shown; the next page says it was saved (the first time the form's way
     * of writing the routine may make a new version of the same rules) or that nothing changed.
     */
    private static void savedAsItIs(Browser chromium, String web) {
        chromium.clickAndWait(By.cssSelector("form.settings button[type=submit]"));
        var notice = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice")));
        assertThat(notice.getText()).containsAnyOf("Ingen innstillinger var endret", "Lagret som versjon");
        assertThat(chromium.driver.getCurrentUrl()).startsWith(web + "/admin/rutine");
    }

    /**
     * Ends each of the user's Keycloak sessions through the admin API, one by one, as an admin's "sign out" of a
     * session does; Keycloak then calls the web's back-channel logout for each.
     */
    private static void endKeycloakSessions(String username) throws Exception {
        var http = HttpClient.newHttpClient();
        var admin = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:8180/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        String token = json(admin).get("access_token").asString();
        String realm = "http://localhost:8180/admin/realms/klagesak";
        String id = json(RunningPlatform.get(realm + "/users?exact=true&username=" + username, token))
                .get(0)
                .get("id")
                .asString();
        var sessions = json(RunningPlatform.get(realm + "/users/" + id + "/sessions", token));
        assertThat(sessions.size()).as(username + "'s Keycloak sessions").isPositive();
        for (var session : sessions) {
            var ended = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    realm + "/sessions/" + session.get("id").asString()))
                            .header("Authorization", "Bearer " + token)
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);
        }
    }
}
