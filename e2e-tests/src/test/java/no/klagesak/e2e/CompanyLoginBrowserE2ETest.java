package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.put;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The company's own login: the admin connects it on the product's page, and a staff member with the company's e-mail
 * logs in with their work account (a second instance of the OIDC stand-in) and lands as the person the organisation
 * knows, with the roles their place gives, without a password of ours or a profile form.
 */
@ExtendWith(RunningPlatform.class)
class CompanyLoginBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";
    private static final String TENANTS = "http://localhost:8085/api/tenants";

    @Test
    void a_staff_member_logs_in_with_the_companys_own_login_and_lands_as_the_right_person() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String alias = "egen-" + suffix;
        String domain = alias + ".example";
        String adminEmail = "admin@" + domain;
        var onboarded = post(TENANTS, token("operator"), """
                {"alias":"%s","name":"Egen %s AS","template":"LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL",
                 "adminEmail":"%s"}""".formatted(alias, suffix, adminEmail));
        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(adminEmail).isEmpty());
        String adminPassword = "Admin-" + UUID.randomUUID();
        Invitations.setPassword(mailsTo(adminEmail).getLast().get("body").asString(), adminPassword);

        // The admin connects the company's login on the product's own page.
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/admin/innlogging");
            chromium.logIn(adminEmail, adminPassword);
            chromium.awaitPage(WEB + "/admin/innlogging");
            assertThat(driver.findElement(By.cssSelector("[data-testid=redirect-uri]"))
                            .getText())
                    .endsWith("/realms/klagesak/broker/company-" + alias + "/endpoint");
            chromium.assertNoAccessibilityViolations("the company login page");
            driver.findElement(By.id("kind-OIDC")).click();
            driver.findElement(By.id("issuer")).sendKeys("http://localhost:8191/company");
            driver.findElement(By.id("clientId")).sendKeys("klagesak");
            driver.findElement(By.id("clientSecret")).sendKeys("stand-in-secret");
            driver.findElement(By.id("domain")).sendKeys(domain);
            chromium.clickAndWait(By.cssSelector("form[action$='/admin/innlogging'] [type=submit]"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=status]"))
                            .getText())
                    .contains("Koblet til", domain);
            chromium.atPhoneWidth("the company login page, connected", "company-login-375.png");
        }

        // The admin adds a colleague who leads the company's unit.
        String admin = token(adminEmail, adminPassword);
        String kari = "kari@" + domain;
        ObjectNode organisation =
                (ObjectNode) json(get(TENANTS + "/" + alias, admin)).get("organisation");
        ((ArrayNode) organisation.get("people"))
                .addObject()
                .put("id", "p-2")
                .put("name", "Kari Kollega")
                .put("email", kari)
                .put("username", kari)
                .put("unitId", "u-1")
                .put("active", true);
        ((ObjectNode) organisation.get("units").get(0)).put("leaderId", "p-2");
        var changed = put(TENANTS + "/" + alias + "/organisation", admin, organisation.toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        // Keycloak sends its mails within the request: none was sent, she has her work account.
        assertThat(mailsTo(kari)).isEmpty();

        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/saker");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            driver.findElement(By.id("username")).sendKeys(kari);
            chromium.clickAndWait(By.id("kc-login"));
            // Her e-mail's domain sends her to the company's login.
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("claims")));
            assertThat(driver.getCurrentUrl()).startsWith("http://localhost:8191/company/authorize");
            driver.findElement(By.name("username")).sendKeys("kari-" + suffix);
            driver.findElement(By.name("claims"))
                    .sendKeys("{\"email\": \"" + kari + "\", \"email_verified\": true,"
                            + " \"given_name\": \"Kari\", \"family_name\": \"K.\"}");
            chromium.clickAndWait(By.cssSelector("input[type=submit]"));
            chromium.awaitPage(WEB + "/saker");
            chromium.assertNoAccessibilityViolations("the cases of a staff member from the company's login");
            driver.get(WEB + "/");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .as("the organisation's name for her, not the company login's")
                    .contains("Kari Kollega");
        }
    }
}
