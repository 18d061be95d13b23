package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A complainant who wants to log in does it with ID-porten, through Keycloak, on the local stack: NAV's mock OIDC
 * provider stands in for ID-porten. From the follow-up page they go to ID-porten (Keycloak's own login page is skipped
 * with kc_idp_hint), back through Keycloak to "Klagene dine", send a complaint from there, and find it in the list.
 */
@ExtendWith(RunningPlatform.class)
class IdPortenE2ETest {

    @Test
    void a_complainant_logs_in_with_id_porten_sends_a_complaint_and_finds_it_among_their_own() {
        String person = "idporten-" + UUID.randomUUID();
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get("http://localhost:8080/t/fjordvekst/oppfolging?lang=nb");
            chromium.clickAndWait(By.cssSelector("[data-testid=id-porten]"));

            // ID-porten (the stand-in): any person, with the national identity number ID-porten gives.
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
            assertThat(driver.getCurrentUrl()).startsWith("http://localhost:8190/idporten/authorize");
            driver.findElement(By.name("username")).sendKeys(person);
            driver.findElement(By.name("claims")).sendKeys("{\"pid\": \"01017012345\"}");
            chromium.clickAndWait(By.cssSelector("input[type=submit]"));

            // Straight back to the product: Keycloak asks no one coming from ID-porten to fill in a profile.
            chromium.wait.until(ExpectedConditions.urlContains("/t/fjordvekst/mine-saker"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Klagene dine");
            assertThat(driver.findElement(By.cssSelector("[data-testid=none]")).getText())
                    .startsWith("Du har ikke sendt");

            chromium.clickAndWait(By.cssSelector("[data-testid=new]"));
            driver.findElement(By.id("role-PARTICIPANT")).click();
            driver.findElement(By.id("category-FOLLOW_UP")).click();
            driver.findElement(By.id("subject")).sendKeys("Oppfølging");
            driver.findElement(By.id("description")).sendKeys("Jeg får ikke svar fra veilederen.");
            driver.findElement(By.id("name")).sendKeys("Kari Innbygger");
            chromium.clickAndWait(By.cssSelector("form.settings button[type=submit]"));
            String reference = driver.findElement(By.cssSelector("[data-testid=reference]"))
                    .getText();

            chromium.clickAndWait(By.cssSelector("[data-testid=mine]"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=mine] tbody"))
                            .getText())
                    .contains(reference, "Mottatt");
            chromium.assertNoAccessibilityViolations("a complainant's own complaints");
            chromium.screenshot("my-complaints.png");
            chromium.atPhoneWidth("a complainant's own complaints", "my-complaints-phone.png");
            driver.get("http://localhost:8080/t/fjordvekst/mine-saker?lang=nn");
            assertThat(driver.findElement(By.cssSelector("[data-testid=mine] tbody"))
                            .getText())
                    .contains(reference, "Motteken");
            chromium.assertNoAccessibilityViolations("a complainant's own complaints in Nynorsk");
            chromium.screenshot("my-complaints-nn.png");
        }
    }
}
