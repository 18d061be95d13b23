package no.klagesak.intake;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.Topics;
import no.klagesak.support.test.AuditCompleteness;
import no.klagesak.support.test.AuditCompleteness.Read;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Files sent with a complaint, over real HTTP (multipart) into the store, and out again only to its tenant's staff. */
@ComponentTest
class AttachmentComponentTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(ISO_8859_1);
    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        0x0D,
        0x0A,
        0x1A,
        0x0A,
        0,
        0,
        0,
        0x0D,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0
    };
    /** The start of a Windows program, named as a PDF. */
    private static final byte[] DISGUISED =
            "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000This program cannot be run in DOS mode"
                    .getBytes(ISO_8859_1);

    private static final String COMPLAINT = """
            {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Referat","description":"Se vedlagt referat.",
             "language":"nb","complainant":{"name":"Kari"}}
            """;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @Test
    void files_are_stored_with_the_complaint_and_served_only_to_its_tenants_staff_never_on_kafka() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("referat.pdf", PDF);
        files.put("bilde.png", PNG);
        HttpResponse<String> sent = send(COMPLAINT, files);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String complaintId = TestHttp.json(sent).get("complaintId").asString();

        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        JsonNode complaint = TestHttp.json(TestHttp.localhost(port).get("/api/complaints/" + complaintId, handler));
        assertThat(complaint.at("/attachments/0/name").asString()).isEqualTo("referat.pdf");
        assertThat(complaint.at("/attachments/0/contentType").asString()).isEqualTo("application/pdf");
        assertThat(complaint.at("/attachments/1/contentType").asString()).isEqualTo("image/png");

        String path = "/api/complaints/" + complaintId + "/attachments/"
                + complaint.at("/attachments/0/id").asString();
        HttpResponse<byte[]> file = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + handler)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));

        String otherTenant = TestIssuer.shared().token("lysheim", "lysheim-handler", "handler");
        assertThat(TestHttp.localhost(port).get(path, otherTenant).statusCode()).isEqualTo(404);
        assertThat(TestHttp.localhost(port).get(path, null).statusCode()).isEqualTo(401);

        var event = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, complaintId, ComplaintReceived.TYPE)
                .getFirst();
        assertThat(event.value()).doesNotContain("%PDF", "referat", "PNG");
    }

    /**
     * ASVS 16.3.2: every read of a complaint's content, from the service's own endpoints (text, file, conversation,
     * who reported, the access export), adds an entry to the audit log; an endpoint added later fails this until it
     * is classified.
     */
    @Test
    void every_read_of_a_complaints_content_is_in_the_audit_log(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings)
            throws Exception {
        // It names a person, so the access request of the person concerned is a read too.
        HttpResponse<String> sent = send(
                COMPLAINT.replace(
                        "\"language\"", "\"concerns\":{\"kind\":\"PERSON\",\"id\":\"director\"},\"language\""),
                Map.of("referat.pdf", PDF));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String id = TestHttp.json(sent).get("complaintId").asString();
        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        String file = TestHttp.json(TestHttp.localhost(port).get("/api/complaints/" + id, handler))
                .at("/attachments/0/id")
                .asString();

        AuditCompleteness.assertEveryContentReadIsAudited(
                port,
                mappings,
                id,
                admin,
                Map.of(
                        "/api/complaints/{id}", new Read("/api/complaints/" + id, handler),
                        "/api/complaints/{id}/attachments/{attachmentId}",
                                new Read("/api/complaints/" + id + "/attachments/" + file, handler),
                        "/api/complaints/{id}/conversation",
                                new Read("/api/complaints/" + id + "/conversation", handler),
                        "/api/complaints/{id}/with-conversation",
                                new Read("/api/complaints/" + id + "/with-conversation", handler),
                        "/api/complaints/{id}/reporter", new Read("/api/complaints/" + id + "/reporter", handler),
                        "/api/complaints/{id}/export", new Read("/api/complaints/" + id + "/export", admin),
                        "/api/complaints/{id}/case-file", new Read("/api/complaints/" + id + "/case-file", handler),
                        "/api/complaints/{id}/export/concerned",
                                new Read("/api/complaints/" + id + "/export/concerned", admin)),
                Map.of(
                        "/api/audit",
                        "the audit log itself: who read what, never the content",
                        "/api/complaint-references",
                        "reference numbers for ids, for the audit log's page: no content",
                        "/api/archive/noark5",
                        "the years on offer and what an archive extract would hold, as counts: no content",
                        "/api/archive/noark5/extracts/{id}",
                        "how far an archive extract has come, as counts: no content",
                        "/api/archive/noark5/extracts/{id}/file",
                        "a year that is over, so not this complaint: each case in it is logged as exported"
                                + " (ArchiveComponentTest)"));
    }

    @Test
    void a_program_named_like_a_pdf_refuses_the_complaint_and_nothing_is_stored() throws Exception {
        long complaints = mongo.getCollection("complaints").countDocuments();
        long attachments = mongo.getCollection("attachments").countDocuments();

        HttpResponse<String> sent = send(COMPLAINT, Map.of("faktura.pdf", DISGUISED));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(400);
        assertThat(TestHttp.json(sent).at("/problems/attachments[0]").asString())
                .isEqualTo("type-not-allowed");
        assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(complaints);
        assertThat(mongo.getCollection("attachments").countDocuments()).isEqualTo(attachments);
    }

    @Test
    void a_file_far_over_the_limit_is_a_413_problem_and_nothing_is_stored() throws Exception {
        long complaints = mongo.getCollection("complaints").countDocuments();
        byte[] huge = new byte[7 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);

        HttpResponse<String> sent = send(COMPLAINT, Map.of("stor.pdf", huge));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(413);
        assertThat(sent.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(complaints);
    }

    private HttpResponse<String> send(String complaint, Map<String, byte[]> files) throws Exception {
        return PublicForm.send(port, complaint, files);
    }
}
