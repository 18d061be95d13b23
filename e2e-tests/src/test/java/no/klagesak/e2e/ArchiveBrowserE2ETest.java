package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.complaintIdOf;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static no.klagesak.e2e.RunningPlatform.workflowStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import no.klagesak.localstack.Ports;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The tenant admin hands last year's cases to the archive, in Chromium with axe, logged in on Keycloak: from the menu
 * to "Arkiv", what the year's Noark 5 extract holds as intake counts it, the extract asked for and followed in words
 * while intake makes it in the background, and the zip downloaded through the web. The validation of every file
 * against Arkivverket's schemas is intake's ArchiveComponentTest.
 *
 * <p>A stack started today has no history: the case is sent on the public form, answered and closed by the handler
 * today, and then moved back a year in intake's store (its dates only; its words stay sealed as they were stored).
 */
@ExtendWith(RunningPlatform.class)
class ArchiveBrowserE2ETest {

    private static final String INTAKE = "http://localhost:8081";
    private static final String WEB = "http://localhost:8080";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void the_admin_delivers_last_years_cases_to_the_archive_and_downloads_the_extract_when_it_is_made()
            throws Exception {
        int lastYear = LocalDate.now(OSLO).getYear() - 1;
        String name = "Arkiv " + UUID.randomUUID().toString().substring(0, 8);
        String complaintId = lastYearsCase(name, lastYear);
        String admin = token("fjordvekst-admin");
        var offer = json(RunningPlatform.get(INTAKE + "/api/archive/noark5", admin));
        assertThat(offer.get("years").get(0).asInt()).isEqualTo(lastYear);
        int cases = offer.get("summary").get("contents").get("cases").asInt();
        assertThat(cases).isPositive();

        try (Browser chromium = Browser.open()) {
            var driver = chromium.driver;
            driver.get(WEB + "/admin/rutine?lang=nb");
            chromium.logIn("fjordvekst-admin", "demo");
            chromium.awaitPage(WEB + "/admin/rutine");
            chromium.clickAndWait(By.linkText("Arkiv"));
            chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contents]")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Levere til arkivet");
            assertThat(driver.findElement(By.cssSelector("select#ar option[selected]"))
                            .getText())
                    .isEqualTo(String.valueOf(lastYear));
            assertThat(driver.findElement(By.cssSelector("[data-testid=cases]")).getText())
                    .isEqualTo(String.valueOf(cases));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Varsler er med uten innhold og uten hvem som varslet");
            chromium.assertNoAccessibilityViolations("the archive page");
            chromium.screenshot("archive.png");
            chromium.atPhoneWidth("the archive page", "archive-phone.png");

            // The admin asks; the page follows intake's work in words until the zip is offered.
            chromium.clickAndWait(By.cssSelector("[data-testid=make]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Arkivuttrekk for " + lastYear);
            var file = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=export-file]")));
            assertThat(file.getText()).isEqualTo("Last ned noark5-fjordvekst-" + lastYear + ".zip");
            assertThat(driver.findElement(By.cssSelector("[data-testid=export-status]"))
                            .getText())
                    .startsWith("Uttrekket er klart: noark5-fjordvekst-" + lastYear + ".zip (")
                    .endsWith(" MB).");
            assertThat(driver.findElements(By.id("export-intro")))
                    .as("no longer says it is being made")
                    .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
            chromium.assertNoAccessibilityViolations("the extract's progress");
            chromium.screenshot("archive-extract.png");
            chromium.atPhoneWidth("the extract's progress", "archive-extract-phone.png");

            Map<String, String> zip = unzip(downloaded(driver, file.getAttribute("href")));
            String folder = "noark5-fjordvekst-" + lastYear + "/";
            assertThat(zip.keySet())
                    .contains(
                            folder + "arkivstruktur.xml", folder + "offentligJournal.xml", folder + "arkivuttrekk.xml");
            assertThat(zip.keySet()).anyMatch(f -> f.startsWith(folder + "dokumenter/") && f.endsWith(".pdf"));
            assertThat(zip.get(folder + "arkivstruktur.xml")).contains(name, "Klage: Lyset i verkstedet");
            assertThat(zip.get(folder + "offentligJournal.xml")).doesNotContain(name);

            // Back on the page, the extract of the day is there to find again.
            driver.get(WEB + "/admin/arkiv?lang=en");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Deliver to the archive");
            assertThat(driver.findElement(By.cssSelector("[data-testid=recent]"))
                            .getText())
                    .contains(lastYear + ", ordered ", ": ready to download");
            chromium.assertNoAccessibilityViolations("the archive page in English");
            chromium.screenshot("archive-en.png");

            // This year is not over: not on offer, and said so; the year before had no case that ended.
            driver.get(WEB + "/admin/arkiv?lang=nb&ar=" + (lastYear + 1));
            assertThat(driver.findElement(By.cssSelector("[data-testid=unknown-year]"))
                            .getText())
                    .contains("bare år som er over");
            driver.get(WEB + "/admin/arkiv?lang=nb&ar=" + (lastYear - 1));
            assertThat(driver.findElement(By.cssSelector("[data-testid=nothing]"))
                            .getText())
                    .isEqualTo("Ingen saker ble avsluttet i " + (lastYear - 1)
                            + ", så det er ikke noe å levere for det året.");
            assertThat(driver.findElements(By.cssSelector("[data-testid=make]")))
                    .isEmpty();
        }
        // The download is in the case's own log; a handler reaches none of it.
        assertThat(RunningPlatform.get(INTAKE + "/api/audit?complaintId=" + complaintId, admin)
                        .body())
                .contains("ARCHIVE_NOARK5_" + lastYear);
        var handler = RunningPlatform.get(INTAKE + "/api/archive/noark5", token("fjordvekst-handler"));
        assertThat(handler.statusCode()).isEqualTo(403);
    }

    /** A complaint answered and closed today, then moved back to last June in intake's store. */
    private static String lastYearsCase(String name, int lastYear) {
        var sent = post(INTAKE + "/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"WORK_ENVIRONMENT","subject":"Lyset i verkstedet",
                 "description":"Det er for mørkt ved høvelen.","language":"nb","complainant":{"name":"%s"}}
                """.formatted(name));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String complaintId = complaintIdOf(json(sent).get("reference").asString(), "fjordvekst-handler");
        String handler = token("fjordvekst-handler");
        workflowStep(complaintId, handler, "{\"action\":\"ACCEPT\",\"version\":%d}");
        workflowStep(
                complaintId,
                handler,
                "{\"action\":\"RESOLVE\",\"version\":%d,\"outcome\":\"UPHELD\",\"text\":\"Vi setter opp lys.\"}");
        workflowStep(complaintId, handler, "{\"action\":\"CLOSE\",\"version\":%d}");
        try (MongoClient store = MongoClients.create("mongodb://localhost:" + Ports.MONGO)) {
            var complaints = store.getDatabase("klagesak-intake-service").getCollection("complaints");
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Document stored =
                        complaints.find(Filters.eq("_id", complaintId)).first();
                Document standing = stored == null ? null : stored.get("standing", Document.class);
                return standing != null && "CLOSED".equals(standing.getString("state"));
            });
            Document stored = complaints.find(Filters.eq("_id", complaintId)).first();
            List<Document> conversation = new ArrayList<>(stored.getList("conversation", Document.class, List.of()));
            conversation.forEach(m -> m.put("at", june(lastYear, 10)));
            complaints.updateOne(
                    Filters.eq("_id", complaintId),
                    Updates.combine(
                            Updates.set("complaint.receivedAt", june(lastYear, 2)),
                            Updates.set("conversation", conversation),
                            Updates.set("standing.at", june(lastYear, 12))));
        }
        return complaintId;
    }

    private static Date june(int year, int day) {
        return Date.from(LocalDate.of(year, 6, day).atTime(10, 0).atZone(OSLO).toInstant());
    }

    /** The link's file, fetched with the browser's session as the browser would save it. */
    private static byte[] downloaded(WebDriver driver, String href) throws Exception {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> file = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        return file.body();
    }

    /** The zip's text files by name; the PDFs by name with no text. */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                files.put(
                        entry.getName(),
                        entry.getName().endsWith(".xml") ? new String(content, StandardCharsets.UTF_8) : "");
            }
        }
        return files;
    }
}
