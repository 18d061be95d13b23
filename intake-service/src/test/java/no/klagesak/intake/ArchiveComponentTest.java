package no.klagesak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.archive.NoarkExtractProblems;
import no.klagesak.support.sealing.EventSealer;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.MovingClock;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The tenant admin hands last year's cases to the archive: complaints sent on the public form, handled through
 * routing's events on Kafka, one erased, one still open, a whistleblowing report; the extract over HTTP validates
 * against Arkivverket's schemas and holds what an archive may have, and no more.
 */
@ComponentTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(ArchiveComponentTest.LastYear.class)
// The worker's own rounds wait an hour: each test says when it works (the admin's ask does, as in production).
@TestPropertySource(
        properties = {"spring.main.allow-bean-definition-overriding=true", "klagesak.intake.archive.check-every=1h"})
class ArchiveComponentTest {

    /** The cases happen in 2025; the extract is made in January 2026. */
    @TestConfiguration
    static class LastYear {
        @Bean
        MovingClock clock() {
            return new MovingClock(Instant.parse("2025-03-03T08:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovingClock clock;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    EventSealer eventSealer;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    no.klagesak.intake.archive.ArchiveJobs jobs;

    @Autowired
    no.klagesak.intake.archive.job.ArchiveWorker worker;

    @Test
    @Order(1)
    void the_admin_downloads_last_years_cases_as_a_noark5_extract_that_validates(@TempDir Path dir) throws Exception {
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        // Sent with a file, as the form sends one: it goes with the complaint's record as an attachment.
        HttpResponse<String> withFile = PublicForm.send(
                port,
                """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Arkiv-Veileder svarer ikke",
                 "description":"Veilederen min har ikke svart.","language":"nb",
                 "complainant":{"name":"Arkiv Kari","email":"arkiv-kari@example.org"}}""",
                Map.of(
                        "arkiv-vedlegg.txt",
                        "Arkiv-vedlegget: referatet fra møtet.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(withFile.statusCode()).as(withFile.body()).isEqualTo(201);
        String answered = TestHttp.json(withFile).get("complaintId").asString();
        String erased = send("""
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Arkiv-Slettes",
                 "description":"Dette skal slettes.","language":"nb","complainant":{"name":"Arkiv Slettet"}}""");
        String report = send("""
                {"complainantRole":"EMPLOYEE","category":"HARASSMENT","subject":"Arkiv-Trakassering",
                 "description":"Lederen kaller meg navn.","language":"nb","complainant":{"name":"Arkiv Vera"}}""");
        String open = send("""
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Arkiv-Åpen",
                 "description":"Fortsatt åpen.","language":"nb"}""");

        routingSays(answered, "RESOLVE", "RESOLVED", "Arkiv-svaret: du får fast møte.", "2025-03-10T09:00:00Z", 3);
        routingSays(answered, "CLOSE", "CLOSED", null, "2025-03-24T09:00:00Z", 4);
        routingSays(erased, "RESOLVE", "RESOLVED", "Arkiv-slettet-svar til klageren.", "2025-03-20T09:00:00Z", 2);
        routingSays(erased, "CLOSE", "CLOSED", null, "2025-04-01T09:00:00Z", 3);
        routingSays(report, "CLOSE", "CLOSED", null, "2025-12-31T22:30:00Z", 3);
        routingSays(open, "ACCEPT", "IN_PROGRESS", null, "2025-03-04T09:00:00Z", 2);
        for (String id : List.of(answered, erased, report, open)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            mongo.findById(id, Document.class, "complaints").get("standing") != null);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(answered, Document.class, "complaints")
                        .get("standing", Document.class)
                        .getString("state")
                        .equals("CLOSED"));
        assertThat(http().post("/api/complaints/" + erased + "/erasure", admin, "")
                        .statusCode())
                .isEqualTo(200);

        // A year still running is refused; the admin is offered the years that are over.
        assertThat(http().get("/api/archive/noark5?year=2025", admin).statusCode())
                .isEqualTo(400);
        clock.move(Duration.ofDays(320));
        var offer = TestHttp.json(http().get("/api/archive/noark5", admin));
        assertThat(offer.get("years").get(0).asInt()).isEqualTo(2025);
        var summary = offer.get("summary");
        assertThat(summary.get("contents").get("cases").asInt()).isEqualTo(3);
        assertThat(summary.get("contents").get("erased").asInt()).isEqualTo(1);
        // The complaint as sent, its file and the answer: the erased case's and the report's content go nowhere.
        assertThat(summary.get("contents").get("documents").asInt()).isEqualTo(3);
        assertThat(summary.get("contents").get("whistleblowing").asInt()).isEqualTo(1);
        assertThat(summary.get("openAtYearEnd").asInt()).isEqualTo(1);

        // The admin asks; intake makes it in the background and says how far it has come, document by document.
        HttpResponse<String> asked = http().post("/api/archive/noark5/extracts?year=2025", admin, "");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        String extract = asked.headers().firstValue("Location").orElseThrow();
        assertThat(TestHttp.json(asked).get("fileName").asString()).isEqualTo("noark5-fjordvekst-2025.zip");
        assertThat(download(extract + "/file", handler()).statusCode()).isEqualTo(403);
        var made = finished(extract, admin);
        assertThat(made.get("state").asString()).isEqualTo("DONE");
        assertThat(made.get("percent").asInt()).isEqualTo(100);
        // A step per document and one for the files that describe them.
        assertThat(made.get("done").asInt())
                .isEqualTo(4)
                .isEqualTo(made.get("total").asInt());
        assertThat(TestHttp.json(http().get("/api/archive/noark5", admin))
                        .get("extracts")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(made.get("id").asString());

        HttpResponse<byte[]> zip = download(extract + "/file", admin);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("noark5-fjordvekst-2025.zip");
        assertThat(zip.body()).hasSize(made.get("size").asInt());
        Map<String, String> files = NoarkExtractProblems.unpack(zip.body(), dir);
        assertThat(NoarkExtractProblems.of(dir.resolve("noark5-fjordvekst-2025")))
                .isEmpty();
        // The file, read from the store, is kept as a document of its own (PDF/A-1b, checked above).
        List<String> documents = new java.util.ArrayList<>();
        try (var pdfs = java.nio.file.Files.list(dir.resolve("noark5-fjordvekst-2025/dokumenter"))) {
            for (Path pdf : pdfs.toList()) {
                try (var document = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(pdf))) {
                    documents.add(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
                }
            }
        }
        assertThat(documents)
                .hasSize(3)
                .anySatisfy(t -> assertThat(t).contains("Vedlegg: arkiv-vedlegg.txt", "Arkiv-vedlegget: referatet"));
        // At rest the zip is sealed with the tenant's key, as the complaints are: no chunk of it reads as a zip.
        assertThat(mongo.find(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("jobId")
                                        .is(made.get("id").asString())),
                        Document.class,
                        "archive_chunks"))
                .isNotEmpty()
                .allSatisfy(chunk -> assertThat(new String(
                                chunk.get("content", org.bson.types.Binary.class)
                                        .getData(),
                                java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotStartWith("PK")
                        .doesNotContain("arkivstruktur.xml", "dokumenter/"));

        String archive = files.get("arkivstruktur.xml");
        String published = files.get("offentligJournal.xml");
        assertThat(archive)
                .contains("Arkiv Kari", "Klage: Arkiv-Veileder svarer ikke", "Svar på klagen")
                .contains("<tittel>Vedlegg: arkiv-vedlegg.txt</tittel>", "<tilknyttetRegistreringSom>Vedlegg")
                .contains("<tittel>Klage: [slettet]</tittel>", "<tittel>Varsel</tittel>")
                .doesNotContain("Arkiv Slettet", "Arkiv-Slettes", "Arkiv-Åpen", "Arkiv Vera", "Arkiv-Trakassering");
        assertThat(published)
                .doesNotContain("Arkiv Kari", "Arkiv-Veileder")
                .contains("<offentligTittel>Varsel: *****</offentligTittel>");
        for (String file : files.values()) {
            assertThat(file).doesNotContain("Arkiv-svaret", "Veilederen min har ikke svart", "Lederen kaller meg");
        }
        // The erased case keeps its steps, each with its text erased in the store, and in the archive it is the
        // complaint received, the acknowledgement and the answer, without a word or a name.
        var steps = mongo.findById(erased, Document.class, "complaints").getList("conversation", Document.class);
        assertThat(steps)
                .hasSize(1)
                .allSatisfy(m -> assertThat(m.getString("text")).isEqualTo("[slettet]"));
        assertThat(archive)
                .contains("<mappeID>"
                        + mongo.findById(erased, Document.class, "complaints").getString("reference"))
                .doesNotContain("Arkiv-slettet-svar");

        // The case's whole file as one PDF/A, for an archive without a Noark import: for those who read the case.
        String handler = handler();
        HttpResponse<byte[]> caseFile = download("/api/complaints/" + answered + "/case-file", handler);
        assertThat(caseFile.statusCode()).isEqualTo(200);
        Path pdf = Files.write(dir.resolve("saksmappe.pdf"), caseFile.body());
        assertThat(org.apache.pdfbox.preflight.parser.PreflightParser.validate(pdf.toFile())
                        .getErrorsList())
                .isEmpty();
        try (var document = org.apache.pdfbox.Loader.loadPDF(caseFile.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Saksmappe", "Klage: Arkiv-Veileder svarer ikke", "Arkiv Kari")
                    .contains("Svar på klagen", "Arkiv-svaret: du får fast møte.");
        }
        assertThat(http().get("/api/audit?complaintId=" + answered, admin).body())
                .contains("CASE_FILE");

        // Only the tenant admin, and only their own tenant's cases; the download is in the audit log.
        assertThat(http().post("/api/archive/noark5/extracts?year=2025", handler, "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http().get(extract, handler).statusCode()).isEqualTo(403);
        String other = TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin");
        assertThat(TestHttp.json(http().get("/api/archive/noark5?year=2025", other))
                        .get("summary")
                        .get("contents")
                        .get("cases")
                        .asInt())
                .isZero();
        // Where no case ended, there is nothing to deliver, and the admin is told so.
        HttpResponse<String> nothing = http().post("/api/archive/noark5/extracts?year=2025", other, "");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("archive.nothing-ended");
        assertThat(http().post("/api/archive/noark5/extracts?year=2026", admin, "")
                        .body())
                .contains("archive.year-not-closed");
        // Another tenant's admin finds no extract of this one.
        assertThat(http().get(extract, other).statusCode()).isEqualTo(404);
        assertThat(download(extract + "/file", other).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/audit?complaintId=" + answered, admin).body())
                .contains("ARCHIVE_NOARK5_2025", "fjordvekst-admin");
        assertThat(http().get("/api/audit?complaintId=" + open, admin).body()).doesNotContain("ARCHIVE");
    }

    /**
     * After the first: an extract of the same year that a replica which stopped left halfway, its last sign of life
     * three minutes ago and a chunk of its zip written, is made again by the worker that runs, and whole.
     */
    @Test
    @Order(2)
    void an_extract_left_halfway_by_a_stopped_replica_is_made_again_whole(@TempDir Path dir) throws Exception {
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        var lastSign = java.util.Date.from(clock.instant().minus(Duration.ofMinutes(3)));
        mongo.insert(
                new Document("_id", "left-halfway")
                        .append("tenantId", "fjordvekst")
                        .append("year", 2025)
                        .append("by", "fjordvekst-admin")
                        .append("state", "WORKING")
                        .append("done", 1)
                        .append("total", 4)
                        .append("size", 0L)
                        .append("createdAt", lastSign)
                        .append("touchedAt", lastSign),
                "archive_jobs");
        mongo.insert(
                new Document("_id", "left-halfway:0")
                        .append("jobId", "left-halfway")
                        .append("tenantId", "fjordvekst")
                        .append("n", 0)
                        .append("last", false)
                        .append("content", new org.bson.types.Binary(new byte[] {'P', 'K', 3, 4})),
                "archive_chunks");
        worker.nudge();

        var made = finished("/api/archive/noark5/extracts/left-halfway", admin);
        assertThat(made.get("state").asString()).isEqualTo("DONE");
        HttpResponse<byte[]> zip = download("/api/archive/noark5/extracts/left-halfway/file", admin);
        assertThat(zip.statusCode()).isEqualTo(200);
        NoarkExtractProblems.unpack(zip.body(), dir);
        assertThat(NoarkExtractProblems.of(dir.resolve("noark5-fjordvekst-2025")))
                .isEmpty();
        assertThat(mongo.count(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("jobId")
                                        .is("left-halfway")),
                        "archive_chunks"))
                .as("the stopped attempt's chunk is gone, the new attempt's zip is one chunk")
                .isEqualTo(1);

        // A case in it is erased afterwards: the zip made before is not handed out again; the admin is told why.
        String inIt =
                mongo
                        .findById("left-halfway", Document.class, "archive_jobs")
                        .getList("complaintIds", String.class)
                        .stream()
                        .filter(id ->
                                mongo.findById(id, Document.class, "complaints").get("erasedAt") == null)
                        .findFirst()
                        .orElseThrow();
        assertThat(http().post("/api/complaints/" + inIt + "/erasure", admin, "")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> gone = download("/api/archive/noark5/extracts/left-halfway/file", admin);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(new String(gone.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("archive.erased-since");
    }

    /**
     * Two workers on one job (a replica thought stopped was only slow): the later attempt holds it, and what the
     * earlier one still writes is not kept. Two asks at the same moment make one job.
     */
    @Test
    @Order(3)
    void an_attempt_overtaken_by_another_keeps_nothing_and_one_year_is_made_once_at_a_time() {
        var first = jobs.start("lysheim", 2024, "lysheim-admin");
        assertThat(jobs.start("lysheim", 2024, "lysheim-admin").id()).isEqualTo(first.id());
        assertThatThrownBy(() -> mongo.insert(
                        new Document("_id", "at-the-same-moment").append("active", "lysheim:2024"), "archive_jobs"))
                .as("the store itself refuses a second unfinished job for the year")
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

        var slow = jobs.claim(Duration.ofMinutes(2)).orElseThrow();
        assertThat(slow.id()).isEqualTo(first.id());
        clock.move(Duration.ofMinutes(3));
        var again = jobs.claim(Duration.ofMinutes(2)).orElseThrow();
        assertThat(again.attempt()).isEqualTo(slow.attempt() + 1);

        assertThat(jobs.store(again, List.of(), out -> write(out, "the later attempt's zip")))
                .isTrue();
        jobs.progress(slow, 7, 9);
        assertThat(jobs.store(slow, List.of(), out -> write(out, "the slow attempt's zip")))
                .isFalse();
        jobs.failed(slow, "late");

        var kept = jobs.find("lysheim", first.id()).orElseThrow();
        assertThat(kept.state()).isEqualTo(no.klagesak.intake.archive.ArchiveJob.State.DONE);
        assertThat(kept.done()).isNotEqualTo(7);
        var finished = jobs.finished("lysheim", first.id());
        assertThat(finished).as("done and whole").isPresent();
        var copied = new java.io.ByteArrayOutputStream();
        jobs.copyFile(finished.get(), copied);
        assertThat(copied.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("the later attempt's zip");
        assertThat(jobs.find("fjordvekst", first.id())).as("another tenant's").isEmpty();
        assertThat(jobs.start("lysheim", 2024, "lysheim-admin").id())
                .as("once done, a new ask makes a new one")
                .isNotEqualTo(first.id());
    }

    private static void write(java.io.OutputStream out, String text) {
        try {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private tools.jackson.databind.JsonNode finished(String extract, String admin) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> TestHttp.json(http().get(extract, admin)),
                        e -> e.get("state").asString().equals("DONE")
                                || e.get("state").asString().equals("FAILED"));
    }

    private static String handler() {
        return TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
    }

    private TestHttp http() {
        return TestHttp.localhost(port);
    }

    private String send(String json) {
        HttpResponse<String> created = http().post("/public/tenants/fjordvekst/complaints", null, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return TestHttp.json(created).get("complaintId").asString();
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A step of the case as routing publishes it, at the time it happened. */
    private void routingSays(String complaintId, String action, String state, String words, String at, long version) {
        String reference =
                mongo.findById(complaintId, Document.class, "complaints").getString("reference");
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        "fjordvekst",
                        complaintId,
                        Instant.parse(at),
                        new CaseChanged(
                                reference,
                                action,
                                state,
                                "fjordvekst-handler",
                                LocalDate.of(2025, 3, 20),
                                words == null ? null : "UPHELD",
                                false,
                                words == null ? null : eventSealer.seal("fjordvekst", complaintId, words),
                                null,
                                version)));
    }
}
