package no.klagesak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The tenant pages in Chromium on the local stack, each with an axe audit (WCAG 2.1 AA): the published routine, the
 * tenant admin's routine, history and organisation with its CSV import, and the operator's onboarding.
 */
@ExtendWith(RunningPlatform.class)
class TenantPagesBrowserE2ETest {

    private static final String WEB = "http://localhost:8080";

    @Test
    void the_published_routine_is_readable_by_anyone_in_three_languages_and_easy_read() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/t/fjordvekst/rutine?lang=nb");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Fjordvekst AS");
            assertThat(driver.findElement(By.id("main")).getText()).contains("Du kan klage anonymt.");
            chromium.assertNoAccessibilityViolations("published routine");
            chromium.screenshot("routine-nb.png");

            driver.get(WEB + "/t/lysheim/rutine?lang=nn");
            assertThat(driver.findElement(By.id("main")).getText()).contains("Varslingsrutine");
            chromium.assertNoAccessibilityViolations("published routine, nynorsk, with whistleblowing");

            driver.manage().window().setSize(new Dimension(375, 800));
            driver.get(WEB + "/t/fjordvekst/rutine?lang=en&lett=true");
            assertThat(driver.findElement(By.id("main")).getText()).contains("In short");
            chromium.assertNoAccessibilityViolations("easy-read routine at phone width");
            chromium.screenshot("routine-easy-en-375.png");
            driver.get(WEB + "/t/fjordvekst/rutine?lang=nb");
        }
    }

    @Test
    void a_tenant_admin_changes_the_deadline_sees_it_published_and_in_the_history_and_imports_the_organisation() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/admin/rutine?lang=nb");
            chromium.logIn("lysheim-admin", "demo");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=summary]")));
            chromium.assertNoAccessibilityViolations("routine settings");
            chromium.screenshot("admin-routine.png");

            WebElement handling = driver.findElement(By.id("complaint-handling"));
            handling.clear();
            handling.sendKeys("21");
            new Select(driver.findElement(By.name("complaint.handling.unit"))).selectByValue("DAYS");
            WebElement reminders = driver.findElement(By.id("complaint-reminders"));
            reminders.clear();
            reminders.sendKeys("5, 2");
            driver.findElement(By.id("agreedWith")).clear();
            driver.findElement(By.id("agreedWith")).sendKeys("verneombud Vera Vern");
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();
            var notice = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice")));
            assertThat(notice.getText()).contains("Lagret som versjon").contains("fra nå");
            assertThat(driver.findElement(By.cssSelector("[data-testid=summary]"))
                            .getText())
                    .contains("Klager behandles innen 21 dager.");

            // A reminder after the deadline is refused, with the field named, and nothing changes.
            reminders = driver.findElement(By.id("complaint-reminders"));
            reminders.clear();
            reminders.sendKeys("30");
            driver.findElement(By.cssSelector("form.settings button[type=submit]"))
                    .click();
            var errors =
                    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
            assertThat(errors.getText()).contains("30 dager før fristen");
            chromium.assertNoAccessibilityViolations("routine settings with a refused change");

            driver.get(WEB + "/t/lysheim/rutine");
            assertThat(driver.findElement(By.id("main")).getText())
                    .contains("Du får skriftlig svar innen 21 dager.")
                    .contains("i samarbeid med verneombud Vera Vern");

            driver.get(WEB + "/admin/historikk");
            assertThat(driver.findElement(By.id("main")).getText())
                    .contains("Rutinen ble endret")
                    .contains("Klager: Frist for skriftlig svar")
                    .doesNotContain("deadlines.complaint.handling.amount")
                    .contains("Endret av Anne Admin");
            chromium.assertNoAccessibilityViolations("history");

            driver.get(WEB + "/admin/organisasjon");
            assertThat(driver.findElement(By.cssSelector("[data-testid=tree]")).getText())
                    .contains("Arbeidstrening", "Henrik Håndterer");
            chromium.assertNoAccessibilityViolations("organisation");
            chromium.screenshot("admin-organisation.png");

            driver.findElement(By.id("import-text")).sendKeys(csv("nobody@lysheim.example"));
            driver.findElement(By.cssSelector("form[action$='/import'] button")).click();
            var problems =
                    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
            assertThat(problems.getText())
                    .contains("Rad 3: Lederen nobody@lysheim.example finnes ikke i fila eller i organisasjonen.");
            chromium.assertNoAccessibilityViolations("import with a bad row");

            driver.get(WEB + "/admin/organisasjon");
            driver.findElement(By.id("import-text")).sendKeys(csv("lysheim-director@lysheim.example"));
            driver.findElement(By.cssSelector("form[action$='/import'] button")).click();
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[action$='/bekreft']")));
            assertThat(driver.findElement(By.id("main")).getText()).contains("Snekkeriet", "Sigrid Snekker");
            chromium.assertNoAccessibilityViolations("import preview");
            driver.findElement(By.cssSelector("form[action$='/bekreft'] button"))
                    .click();
            var imported = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice")));
            assertThat(imported.getText()).contains("importert");
            assertThat(driver.findElement(By.cssSelector("[data-testid=tree]")).getText())
                    .contains("Sigrid Snekker");

            driver.findElement(By.linkText("Sigrid Snekker")).click();
            var title = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-title")));
            title.clear();
            title.sendKeys("Fagleder");
            chromium.assertNoAccessibilityViolations("edit a person");
            driver.findElement(By.cssSelector("form.settings button")).click();
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=tree]")).getText())
                    .contains("Sigrid Snekker, Fagleder");

            driver.manage().window().setSize(new Dimension(375, 800));
            driver.get(WEB + "/admin/rutine?lang=nn");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rutinen for klager og varsel");
            chromium.assertNoAccessibilityViolations("routine settings in nynorsk at phone width");
            chromium.screenshot("admin-routine-nn-375.png");
        }
    }

    @Test
    void the_operator_sees_the_tenants_and_is_told_what_to_correct_when_onboarding() {
        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/operator/virksomheter?lang=nb");
            chromium.logIn("operator", "demo");
            var table = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=tenants]")));
            assertThat(table.getText()).contains("Fjordvekst AS", "Lysheim Arbeid og Inkludering");
            chromium.assertNoAccessibilityViolations("tenants");

            driver.findElement(By.id("name")).sendKeys("Solvik Arbeid AS");
            driver.findElement(By.id("alias")).sendKeys("Solvik AS");
            driver.findElement(By.id("template-LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL"))
                    .click();
            driver.findElement(By.id("adminEmail")).sendKeys("admin@solvik.example");
            driver.findElement(By.cssSelector("form.settings button")).click();
            var errors =
                    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
            assertThat(errors.getText()).contains("Kortnavnet");
            chromium.assertNoAccessibilityViolations("onboarding with a bad alias");

            driver.findElement(By.id("alias")).clear();
            driver.findElement(By.id("alias")).sendKeys("solvik");
            driver.findElement(By.cssSelector("form.settings button")).click();
            var notice = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice")));
            assertThat(notice.getText()).contains("Solvik Arbeid AS er opprettet");
            assertThat(driver.findElement(By.cssSelector("[data-testid=tenants]"))
                            .getText())
                    .contains("solvik");
            chromium.screenshot("operator-tenants.png");
        }
    }

    /** Lysheim's people with one more unit and person; the handler and director stay, as the routine names them. */
    private static String csv(String sigridsManager) {
        return String.join(
                "\n",
                "navn;epost;brukernavn;tittel;enhet;leder;roller",
                "Dagny Daglig;lysheim-director@lysheim.example;lysheim-director;Daglig leder;Lysheim Arbeid og Inkludering;;daglig-leder ledergruppe enhetsleder",
                "Sigrid Snekker;sigrid@lysheim.example;;Arbeidsleder;Lysheim Arbeid og Inkludering / Arbeidstrening / Snekkeriet;"
                        + sigridsManager + ";enhetsleder",
                "Henrik Håndterer;lysheim-handler@lysheim.example;lysheim-handler;Arbeidsleder;Lysheim Arbeid og Inkludering / Arbeidstrening;lysheim-director@lysheim.example;enhetsleder",
                "");
    }
}
