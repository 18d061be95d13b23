package no.klagesak.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.DeadlineApproaching;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.IntegrationEvent;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import no.klagesak.support.test.TestRouting;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** notification-service from real Kafka events to a real SMTP server (GreenMail), and its delivery log over HTTP. */
@ComponentTest
class NotificationComponentTest implements no.klagesak.support.test.EveryEndpointRefusesForgedTokens {

    /** A fixed port, so the mail server can be stopped and started again where the service expects it. */
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(smtpSetup()).withPerMethodLifecycle(false);

    /** GreenMail waits 2 s for its server to start by default: too short on a loaded machine, also at the restart. */
    private static ServerSetup smtpSetup() {
        ServerSetup setup = new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp");
        setup.setServerStartupTimeout(Duration.ofSeconds(30).toMillis());
        return setup;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("SMTP_PORT", () -> SMTP_PORT);
        registry.add("SMTP_HOST", () -> "127.0.0.1");
        registry.add("klagesak.notices.round-interval", () -> "300ms");
        registry.add("klagesak.notices.max-pause", () -> "1s");
    }

    @LocalServerPort
    int port;

    /** Every endpoint × every role × the owner's and another tenant's token, against the approved matrix; 0 leaks. */
    @org.junit.jupiter.api.Test
    void the_access_matrix_is_as_approved_and_another_tenant_gets_nothing(
            @org.springframework.beans.factory.annotation.Autowired
                    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings)
            throws Exception {
        no.klagesak.support.test.AccessMatrix.assertApproved(
                port, mappings, "fjordvekst", "lysheim", java.util.Map.of(), List.of("fjordvekst"), java.util.Set.of());
    }

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    no.klagesak.support.sealing.EventSealer eventSealer;

    /** The handler's words for the complainant, sealed as routing sends them. */
    private String sealed(String complaintId, String words) {
        return eventSealer.seal("fjordvekst", complaintId, words);
    }

    @Autowired
    TenantCopy tenants;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final String handlerToken = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");

    @Test
    void the_complainant_gets_exactly_one_acknowledgement_as_text_and_html_even_when_events_are_redelivered()
            throws Exception {
        String complaintId = UUID.randomUUID().toString();
        String address = "kari-" + complaintId + "@example.org";
        var events = List.of(received(complaintId, address, "nb"), assigned(complaintId));

        events.forEach(e -> TestEvents.publish(streamBridge, e));
        events.forEach(e -> TestEvents.publish(streamBridge, e));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() >= 1);
        // A replay from the start of the topic brings the same events again: nothing new is owed.
        events.forEach(e -> TestEvents.publish(streamBridge, e));
        // A later event of the same complaint (same key, same partition) is handled only after all of those, and what
        // each owes is sent while it is handled: once the later one's mail is here, any duplicate would be too.
        TestEvents.publish(
                streamBridge,
                event(complaintId, new ComplaintQuestionAsked("FJO-2026-0042", "m-1", "fjordvekst-handler")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(address).stream().anyMatch(m -> subject(m).startsWith("Du har fått et spørsmål")));
        assertThat(mailsTo(address))
                .extracting(NotificationComponentTest::subject)
                .containsExactlyInAnyOrder(
                        "Vi har fått klagen din (FJO-2026-0042)", "Du har fått et spørsmål i sak FJO-2026-0042");

        MimeMessage mail = mailsTo(address).stream()
                .filter(m -> subject(m).startsWith("Vi har fått klagen din"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Vi har fått klagen din (FJO-2026-0042)");
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
        assertThat(part(mail, "text/plain")).contains("Du får svar innen 09.12.2026.");
        assertThat(part(mail, "text/html"))
                .contains("<p>Du får svar innen 09.12.2026.")
                .contains("<a href=\"http://localhost:8080/t/fjordvekst/oppfolging?lang=nb\">");

        var log = TestHttp.json(TestHttp.localhost(port).get("/api/notices?complaintId=" + complaintId, handlerToken));
        assertThat(log.toString())
                .contains("ACKNOWLEDGEMENT", "\"state\":\"SENT\"")
                .doesNotContain(address);
        // At rest the address is sealed with the tenant's key, in the case's facts and in every notice.
        assertThat(store.getCollection("cases")
                        .find(new org.bson.Document("_id", complaintId))
                        .first()
                        .toJson())
                .contains(no.klagesak.support.sealing.Sealer.PREFIX)
                .doesNotContain(address);
        assertThat(store.getCollection("notices")
                        .find(new org.bson.Document("complaintId", complaintId))
                        .into(new java.util.ArrayList<>())
                        .toString())
                .doesNotContain(address);
        assertThat(TestRouting.shared().relayedToken(complaintId)).isEqualTo(handlerToken);
        // How long complainants wait for their acknowledgement (issue 11), by tenant and track.
        assertThat(TestHttp.localhost(management)
                        .get("/actuator/prometheus", null)
                        .body())
                .contains("klagesak_acknowledgement_time_seconds_count{tenant=\"fjordvekst\",track=\"COMPLAINT\"}");
    }

    @Value("${local.management.port}")
    int management;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate store;

    /** Issue 26: a complainant who wrote in Arabic is mailed in Arabic, the HTML part right to left. */
    @Test
    void a_complainant_who_wrote_in_arabic_gets_the_acknowledgement_in_arabic_read_right_to_left() throws Exception {
        String complaintId = UUID.randomUUID().toString();
        String address = "amal-" + complaintId + "@example.org";
        List.of(received(complaintId, address, "ar"), assigned(complaintId))
                .forEach(e -> TestEvents.publish(streamBridge, e));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() >= 1);
        MimeMessage mail = mailsTo(address).getFirst();
        assertThat(mail.getSubject())
                .contains("FJO-2026-0042")
                .containsPattern("\\p{IsArabic}{3,}")
                .doesNotContain("Vi har fått");
        assertThat(part(mail, "text/plain")).contains("9 ديسمبر 2026").doesNotContain("Du får svar");
        assertThat(part(mail, "text/html")).startsWith("<!doctype html><html lang=\"ar\" dir=\"rtl\">");
    }

    /**
     * The tenant admin words a notice in any of the seven languages complainants write in, starting from the
     * platform's, with the preview's dates as that language writes them; another language is refused.
     */
    @Test
    void the_tenant_admin_words_notices_in_the_languages_complainants_write_in_and_no_other() {
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        TestHttp api = TestHttp.localhost(port);

        var arabic = TestHttp.json(api.get("/api/notices/wording?kind=ACKNOWLEDGEMENT&language=ar", admin));
        assertThat(arabic.get("language").asString()).isEqualTo("ar");
        assertThat(arabic.get("subject").asString()).containsPattern("\\p{IsArabic}{3,}");
        assertThat(arabic.get("own").asBoolean()).isFalse();
        assertThat(api.get("/api/notices/wording?kind=ACKNOWLEDGEMENT&language=xx", admin)
                        .statusCode())
                .isEqualTo(400);

        var preview = api.post(
                "/api/notices/wording/preview",
                admin,
                "{\"kind\":\"ACKNOWLEDGEMENT\",\"language\":\"uk\",\"subject\":\"{{reference}}\","
                        + "\"text\":\"До {{deadline}}.\"}");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(preview).get("text").asString()).isEqualTo("До 9 грудня 2026.\n");
    }

    /** An access request: the tenant admin gets every notice to the complainant as sent; logged; admin only. */
    @Test
    void the_tenant_admin_exports_the_notices_to_a_complainant_for_an_access_request() {
        String complaintId = UUID.randomUUID().toString();
        String address = "innsyn-" + complaintId + "@example.org";
        List.of(received(complaintId, address, "nb"), assigned(complaintId))
                .forEach(e -> TestEvents.publish(streamBridge, e));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() >= 1);
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");

        String export = TestHttp.localhost(port)
                .get("/api/notices/export?complaintId=" + complaintId, admin)
                .body();

        assertThat(export).contains(address, "ACKNOWLEDGEMENT", "Vi har fått klagen din");
        assertThat(TestHttp.localhost(port)
                        .get("/api/notices/export?complaintId=" + complaintId, handlerToken)
                        .statusCode())
                .isEqualTo(403);
        assertThat(TestHttp.localhost(port)
                        .get("/api/audit?complaintId=" + complaintId, admin)
                        .body())
                .contains("EXPORTED", "ACCESS_REQUEST");
    }

    /**
     * ASVS 16.3.2: every read of what notification holds about a complaint (its delivery log, a letter, the access
     * export), from the service's own endpoints, adds an entry to the audit log; a new endpoint fails this until it
     * is classified.
     */
    @Test
    void every_read_of_a_complaints_notices_is_in_the_audit_log(
            @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings) {
        String complaintId = UUID.randomUUID().toString();
        String address = "logget-" + complaintId + "@example.org";
        List.of(received(complaintId, address, "nb"), assigned(complaintId))
                .forEach(e -> TestEvents.publish(streamBridge, e));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() >= 1);
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        String notice = TestHttp.json(
                        TestHttp.localhost(port).get("/api/notices?complaintId=" + complaintId, handlerToken))
                .valueStream()
                .filter(d -> d.get("recipient").asString().equals("complainant"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();

        no.klagesak.support.test.AuditCompleteness.assertEveryContentReadIsAudited(
                port,
                mappings,
                complaintId,
                admin,
                java.util.Map.of(
                        "/api/notices",
                        new no.klagesak.support.test.AuditCompleteness.Read(
                                "/api/notices?complaintId=" + complaintId, handlerToken),
                        "/api/notices/letter",
                        new no.klagesak.support.test.AuditCompleteness.Read(
                                "/api/notices/letter?id=" + notice, handlerToken),
                        "/api/notices/export",
                        new no.klagesak.support.test.AuditCompleteness.Read(
                                "/api/notices/export?complaintId=" + complaintId, admin)),
                java.util.Map.of(
                        "/api/audit", "the audit log itself: who read what, never the content",
                        "/api/notices/failed", "undeliverable notices: reference, kind, recipient role and error",
                        "/api/notices/wording", "the tenant's wording of notices, previewed with sample data"));
    }

    /**
     * The handler has the platform tell the person a case names (Datatilsynet's guidance): they get the template at
     * their own address, with the reference and their rights, and nothing of the complaint or who sent it.
     */
    @Test
    void the_person_a_case_names_is_told_from_the_template_without_the_complaint_or_the_complainant() throws Exception {
        String complaintId = UUID.randomUUID().toString();
        String address = "klager-" + complaintId + "@example.org";
        TestEvents.publish(streamBridge, received(complaintId, address, "nb"));
        TestEvents.publish(streamBridge, assigned(complaintId));
        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new CaseChanged(
                                "FJO-2026-0042",
                                "SEND_CONCERNED_NOTICE",
                                "IN_PROGRESS",
                                "fjordvekst-handler",
                                LocalDate.of(2026, 12, 9),
                                null,
                                false,
                                null,
                                List.of("director"),
                                4L)));

        String subject = "Opplysninger om deg behandles i en sak hos Fjordvekst AS";
        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mailsTo("director@fjordvekst.example").stream()
                                .filter(m -> subject.equals(subjectOf(m)))
                                .reduce((first, last) -> last),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(part(mail, "text/plain"))
                .contains("FJO-2026-0042", "rett til å be om innsyn")
                .doesNotContain(address, "PARTICIPANT", "FOLLOW_UP");
    }

    /** complaint.erased.v1: the complainant's address is forgotten, in the case's facts and in every notice to them. */
    @Test
    void an_erased_complaint_leaves_no_address_of_its_complainant() {
        String complaintId = UUID.randomUUID().toString();
        String address = "glemt-" + complaintId + "@example.org";
        List.of(received(complaintId, address, "nb"), assigned(complaintId))
                .forEach(e -> TestEvents.publish(streamBridge, e));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() >= 1);

        TestEvents.publish(
                streamBridge,
                no.klagesak.contracts.EventEnvelope.of(
                        "fjordvekst",
                        complaintId,
                        java.time.Instant.now(),
                        new no.klagesak.contracts.ComplaintErased("FJO-2026-0042", java.time.Instant.now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var notices = store.find(
                    org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("complaintId")
                                    .is(complaintId)),
                    org.bson.Document.class,
                    "notices");
            assertThat(notices).isNotEmpty();
            assertThat(notices.toString()).doesNotContain(address);
            assertThat(store.findById(complaintId, org.bson.Document.class, "cases")
                            .toJson())
                    .doesNotContain(address);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "nb, Vi har fått klagen din, Du har fått et spørsmål, kommer senere, Du får delvis medhold.",
        "nn, Vi har fått klaga di, Du har fått eit spørsmål, kjem seinare, Du får delvis medhald.",
        "en, We have received your complaint, You have a question, will come later, You are found to be partly right."
    })
    void each_notice_to_the_complainant_arrives_in_their_language(
            String language, String acknowledged, String question, String delayed, String outcome) {
        String complaintId = UUID.randomUUID().toString();
        String address = "per-" + complaintId + "@example.org";
        TestEvents.publish(streamBridge, received(complaintId, address, language));
        TestEvents.publish(streamBridge, assigned(complaintId));
        TestEvents.publish(
                streamBridge,
                event(complaintId, new ComplaintQuestionAsked("FJO-2026-0042", "m-1", "fjordvekst-handler")));
        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new CaseChanged(
                                "FJO-2026-0042",
                                "EXTEND_DEADLINE",
                                "IN_PROGRESS",
                                "fjordvekst-handler",
                                LocalDate.of(2026, 12, 23),
                                null,
                                true,
                                sealed(complaintId, "Vi venter på NAV."))));
        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new CaseChanged(
                                "FJO-2026-0042",
                                "RESOLVE",
                                "RESOLVED",
                                "fjordvekst-handler",
                                LocalDate.of(2026, 12, 23),
                                "PARTLY_UPHELD",
                                false,
                                sealed(complaintId, "Du får fast møte hver uke."))));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 4);
        String all = String.join(
                        "\n",
                        mailsTo(address).stream()
                                .map(m -> part(m, "text/plain"))
                                .toList())
                + String.join(
                        "\n",
                        mailsTo(address).stream()
                                .map(NotificationComponentTest::subject)
                                .toList());
        assertThat(all)
                .contains(acknowledged, question, delayed, outcome, "Vi venter på NAV.", "Du får fast møte hver uke.");
    }

    @Test
    void staff_mails_carry_the_reference_and_a_link_and_nothing_is_sent_about_work_on_a_closed_case() {
        String complaintId = UUID.randomUUID().toString();
        String address = "ola-" + complaintId + "@example.org";
        TestEvents.publish(streamBridge, received(complaintId, address, "nb"));
        TestEvents.publish(streamBridge, assigned(complaintId));
        // Only the handler's mails about this case: other tests' mails to the same handler may still be arriving.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> handlerMailsAbout(complaintId).size() == 1);
        MimeMessage assignment = handlerMailsAbout(complaintId).getFirst();
        assertThat(subject(assignment)).isEqualTo("Ny sak til deg: FJO-2026-0042");
        assertThat(part(assignment, "text/plain"))
                .contains("http://localhost:8080/saker/" + complaintId)
                .doesNotContain(address);

        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new CaseChanged(
                                "FJO-2026-0042",
                                "CLOSE",
                                "CLOSED",
                                "fjordvekst-handler",
                                LocalDate.of(2026, 12, 9),
                                null,
                                false)));
        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new DeadlineApproaching("FJO-2026-0042", "fjordvekst-handler", LocalDate.of(2026, 12, 9), 3)));
        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new DeadlineBreached("FJO-2026-0042", "fjordvekst-handler", LocalDate.of(2026, 12, 9), false)));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TestHttp.json(TestHttp.localhost(port)
                                        .get("/api/notices?complaintId=" + complaintId, handlerToken))
                                .toString())
                        .contains("\"kind\":\"REMINDER\",\"recipient\":\"fjordvekst-handler\",\"state\":\"CANCELLED\"")
                        .contains("\"kind\":\"DELAY\",\"recipient\":\"complainant\",\"state\":\"CANCELLED\""));
        assertThat(handlerMailsAbout(complaintId)).hasSize(1);
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void a_complainant_who_gave_no_address_gets_no_mail_and_the_log_says_so() {
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(streamBridge, received(complaintId, null, "nb"));
        TestEvents.publish(streamBridge, assigned(complaintId));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(TestHttp.json(TestHttp.localhost(port)
                                        .get("/api/notices?complaintId=" + complaintId, handlerToken))
                                .toString())
                        .contains("ASSIGNMENT")
                        .doesNotContain("complainant"));
    }

    @Test
    void a_named_complainant_without_e_mail_gets_the_answer_as_a_pdf_letter_the_handler_prints() throws Exception {
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new ComplaintReceived(
                                "FJO-2026-0042",
                                "COMPLAINT",
                                "STAFF_REGISTRATION",
                                "PARTICIPANT",
                                "FOLLOW_UP",
                                1,
                                false,
                                false,
                                Instant.parse("2026-11-25T09:00:00Z"),
                                null)));
        TestEvents.publish(streamBridge, assigned(complaintId));
        TestEvents.publish(
                streamBridge,
                event(
                        complaintId,
                        new CaseChanged(
                                "FJO-2026-0042",
                                "RESOLVE",
                                "RESOLVED",
                                "fjordvekst-handler",
                                LocalDate.of(2026, 12, 9),
                                "NOT_UPHELD",
                                false,
                                sealed(complaintId, "Møtene holdes som før, hver fjortende dag."))));
        TestHttp api = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api.get("/api/notices?complaintId=" + complaintId, handlerToken)
                                .body())
                        .contains("\"kind\":\"RESPONSE\",\"recipient\":\"complainant\",\"state\":\"LETTER\""));
        String id = TestHttp.json(api.get("/api/notices?complaintId=" + complaintId, handlerToken))
                .valueStream()
                .filter(d -> d.get("kind").asString().equals("RESPONSE"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();

        var pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                        + "/api/notices/letter?id="
                                        + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)))
                                .header("Authorization", "Bearer " + handlerToken)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Svar på klagen din (FJO-2026-0042)", "Du får ikke medhold.")
                    .contains("Møtene holdes som før, hver fjortende dag.");
        }
        String otherTenant = TestIssuer.shared().token("lysheim", "lysheim-handler", "handler");
        assertThat(api.get(
                                "/api/notices/letter?id="
                                        + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8),
                                otherTenant)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_anonymous_survey_is_answered_once_by_link_and_published_with_nothing_that_leads_back_to_the_case()
            throws Exception {
        String tenant = "survey-" + UUID.randomUUID().toString().substring(0, 8);
        var routine = TestTenants.routine("Spørreundersøkelse AS", true, 14);
        routine = routine.withNotices(new no.klagesak.contracts.tenant.Routine.Notices(
                no.klagesak.contracts.tenant.Routine.DirectorNotice.IMMEDIATE, false, true, true, false, true));
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(
                        tenant,
                        "Spørreundersøkelse AS",
                        1,
                        List.of(new RoutineVersion(1, Instant.now(), "admin", List.of(), routine))));
        await().atMost(Duration.ofSeconds(20)).until(() -> tenants.find(tenant).isPresent());
        String complaintId = UUID.randomUUID().toString();
        String address = "survey-" + complaintId + "@example.org";
        TestEvents.publish(streamBridge, withTenant(tenant, received(complaintId, address, "nb")));
        TestEvents.publish(
                streamBridge,
                withTenant(
                        tenant,
                        event(
                                complaintId,
                                new CaseChanged(
                                        "FJO-2026-0042",
                                        "CLOSE",
                                        "CLOSED",
                                        "h",
                                        LocalDate.of(2026, 12, 9),
                                        null,
                                        false))));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(address).stream()
                        .anyMatch(m -> subject(m).startsWith("Hva syntes du om behandlingen")));
        String text = part(
                mailsTo(address).stream()
                        .filter(m -> subject(m).startsWith("Hva syntes du"))
                        .findFirst()
                        .orElseThrow(),
                "text/plain");
        var link = java.util.regex.Pattern.compile("/undersokelse/([A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        TestHttp api = TestHttp.localhost(port);
        assertThat(TestHttp.json(api.get("/public/surveys/" + token, null))
                        .get("tenantName")
                        .asString())
                .isEqualTo("Spørreundersøkelse AS");
        assertThat(api.post("/public/surveys/" + token, null, "{\"satisfied\":9}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.post(
                                "/public/surveys/" + token,
                                null,
                                "{\"satisfied\":4,\"heard\":5,\"wouldComplainAgain\":true}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(api.post(
                                "/public/surveys/" + token,
                                null,
                                "{\"satisfied\":1,\"heard\":1,\"wouldComplainAgain\":false}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.get("/public/surveys/" + token, null).statusCode()).isEqualTo(404);

        var published = no.klagesak.support.test.KafkaRecords.ofKey(
                kafka, no.klagesak.contracts.Topics.COMPLAINT_EVENTS, tenant, "satisfaction.survey-answered.v1");
        assertThat(published).isNotEmpty();
        String event = published.stream()
                .filter(r -> r.value().contains("satisfaction.survey-answered.v1"))
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(event).contains("\"satisfied\":4").doesNotContain(complaintId, token, address, "FJO-2026-0042");
        // Once sent, the notice forgets the link: nothing leads from the case to the invitation.
        assertThat(api.get(
                                "/api/notices?complaintId=" + complaintId,
                                TestIssuer.shared().token(tenant, tenant + "-handler", "handler"))
                        .body())
                .doesNotContain(token);
    }

    @Test
    void staff_hand_out_a_one_time_link_to_the_survey_when_leaving_only_where_the_routine_offers_it() throws Exception {
        String tenant = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        String without = "noleaving-" + UUID.randomUUID().toString().substring(0, 8);
        var offered = TestTenants.routine("Avslutning AS", true, 14)
                .withNotices(new no.klagesak.contracts.tenant.Routine.Notices(
                        no.klagesak.contracts.tenant.Routine.DirectorNotice.IMMEDIATE,
                        false,
                        true,
                        true,
                        false,
                        false,
                        true));
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(
                        tenant,
                        "Avslutning AS",
                        1,
                        List.of(new RoutineVersion(1, Instant.now(), "admin", List.of(), offered))));
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(
                        without,
                        "Uten AS",
                        1,
                        List.of(new RoutineVersion(
                                1, Instant.now(), "admin", List.of(), TestTenants.routine("Uten AS", true, 14)))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> tenants.find(tenant).isPresent()
                        && tenants.find(without).isPresent());
        TestHttp api = TestHttp.localhost(port);

        var handedOut =
                api.post("/api/surveys/leaving", TestIssuer.shared().token(tenant, tenant + "-handler", "handler"), "");
        assertThat(handedOut.statusCode()).isEqualTo(201);
        String url = TestHttp.json(handedOut).get("url").asString();
        assertThat(url).matches("https?://.+/t/" + tenant + "/undersokelse/[A-Za-z0-9_-]{32}");
        String token = url.substring(url.lastIndexOf('/') + 1);
        String second = TestHttp.json(api.post(
                        "/api/surveys/leaving",
                        TestIssuer.shared().token(tenant, tenant + "-receiver", "receiver"),
                        ""))
                .get("url")
                .asString();
        assertThat(second).as("each participant gets a link of their own").isNotEqualTo(url);
        assertThat(TestHttp.json(handedOut).get("validDays").asLong()).isEqualTo(60);
        var stored = store.findById(
                no.klagesak.notification.notice.AnsweringSurvey.hash(token),
                org.bson.Document.class,
                "survey_invitations");
        assertThat(stored.getString("track")).isEqualTo("LEAVING");
        assertThat(stored.getDate("expiresAt")).isInTheFuture();
        assertThat(stored.keySet())
                .containsOnly("_id", "tenantId", "track", "month", "answered", "outbox", "expiresAt");
        String handler = TestIssuer.shared().token(tenant, tenant + "-handler", "handler");
        for (int i = 1; i < no.klagesak.notification.notice.AnsweringSurvey.LINKS_PER_DAY; i++) {
            assertThat(api.post("/api/surveys/leaving", handler, "").statusCode())
                    .isEqualTo(201);
        }
        assertThat(api.post("/api/surveys/leaving", handler, "").statusCode())
                .as("thirty a day for one member of staff")
                .isEqualTo(429);

        assertThat(api.post(
                                "/api/surveys/leaving",
                                TestIssuer.shared().token(without, without + "-handler", "handler"),
                                "")
                        .statusCode())
                .as("the routine does not offer it")
                .isEqualTo(409);
        assertThat(api.post("/api/surveys/leaving", TestIssuer.shared().token(tenant, tenant + "-board", "board"), "")
                        .statusCode())
                .as("the board hands out nothing")
                .isEqualTo(403);
        assertThat(api.post("/api/surveys/leaving", null, "").statusCode()).isEqualTo(401);

        var open = TestHttp.json(api.get("/public/surveys/" + token, null));
        assertThat(open.get("track").asString()).isEqualTo("LEAVING");
        assertThat(open.get("tenantName").asString()).isEqualTo("Avslutning AS");
        assertThat(api.post(
                                "/public/surveys/" + token,
                                null,
                                "{\"satisfied\":2,\"heard\":4,\"wouldComplainAgain\":false}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(api.post(
                                "/public/surveys/" + token,
                                null,
                                "{\"satisfied\":5,\"heard\":5,\"wouldComplainAgain\":true}")
                        .statusCode())
                .as("one answer per link")
                .isEqualTo(409);

        String event = no.klagesak.support.test.KafkaRecords.ofKey(
                        kafka,
                        no.klagesak.contracts.Topics.COMPLAINT_EVENTS,
                        tenant,
                        "satisfaction.leaving-survey-answered.v1")
                .stream()
                .filter(r -> r.value().contains("satisfaction.leaving-survey-answered.v1"))
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(event)
                .contains("\"satisfied\":2", "\"heard\":4", "\"wouldRecommend\":false")
                .doesNotContain(token, "track");
    }

    @Test
    void after_the_mail_server_was_down_every_notice_is_delivered_once() throws Exception {
        String address = "down-" + UUID.randomUUID() + "@example.org";
        List<String> complaints =
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        smtp.stop();
        try {
            for (String complaintId : complaints) {
                TestEvents.publish(streamBridge, received(complaintId, address, "nb"));
                TestEvents.publish(streamBridge, assigned(complaintId));
            }
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(TestHttp.localhost(port)
                                    .get("/api/notices?complaintId=" + complaints.getLast(), handlerToken)
                                    .body())
                            .contains("\"attempts\":2"));
        } finally {
            smtp.start();
        }

        // Once no notice of the two complaints is pending or being sent, nothing more can go out for them (a claim is
        // taken over only after minutes): the mails counted then are all there will be.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String complaintId : complaints) {
                assertThat(TestHttp.json(TestHttp.localhost(port)
                                        .get("/api/notices?complaintId=" + complaintId, handlerToken))
                                .valueStream()
                                .map(d -> d.get("state").asString())
                                .toList())
                        .isNotEmpty()
                        .doesNotContain("PENDING", "SENDING");
            }
        });
        assertThat(mailsTo(address)).hasSize(2);
        for (String complaintId : complaints) {
            assertThat(TestHttp.localhost(port)
                            .get("/api/notices?complaintId=" + complaintId, handlerToken)
                            .body())
                    .containsOnlyOnce("\"kind\":\"ACKNOWLEDGEMENT\"")
                    .contains("\"kind\":\"ACKNOWLEDGEMENT\",\"recipient\":\"complainant\",\"state\":\"SENT\"");
        }
    }

    @Test
    void a_tenant_renamed_on_the_tenant_topic_signs_the_next_acknowledgement_with_its_new_name() {
        String tenant = "renamed-" + UUID.randomUUID().toString().substring(0, 8);
        var first = TestTenants.version(1, "Gammelt Navn AS", true, 14);
        var second =
                new RoutineVersion(2, Instant.now(), "admin", List.of(), TestTenants.routine("Nytt Navn AS", true, 14));
        TestTenants.publish(kafka, TestTenants.snapshot(tenant, "Gammelt Navn AS", 1, List.of(first)));
        TestTenants.publish(kafka, TestTenants.snapshot(tenant, "Nytt Navn AS", 2, List.of(first, second)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> tenants.find(tenant).map(t -> t.revision() == 2).orElse(false));

        String complaintId = UUID.randomUUID().toString();
        String address = "ola-" + complaintId + "@example.org";
        TestEvents.publish(streamBridge, withTenant(tenant, received(complaintId, address, "nb")));
        TestEvents.publish(streamBridge, withTenant(tenant, assigned(complaintId)));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 1);
        assertThat(part(mailsTo(address).getFirst(), "text/plain"))
                .contains("Nytt Navn AS")
                .doesNotContain("Gammelt Navn AS");
    }

    /**
     * Routine 001: a reported deviation reaches its receiver once by e-mail, in their language, with its kind, the
     * case, the deadline and the link to the web's page of the report, and so does the word that its deadline passed;
     * a user name the organisation does not know owes nothing and does not stop the events after it.
     */
    @Test
    void a_reported_deviation_reaches_its_receiver_once_in_their_language_with_the_link_to_handle_it() {
        String tenant = "avvik-" + UUID.randomUUID().toString().substring(0, 8);
        var base = TestTenants.snapshot(tenant, "Avvik AS", 1, List.of(TestTenants.version(1, "Avvik AS", true, 14)));
        var organisation = base.organisation();
        var people = organisation.people().stream()
                .map(p -> p.id().equals("director")
                        ? new no.klagesak.contracts.tenant.Organisation.Person(
                                p.id(), p.name(), p.email(), p.username(), null, p.unitId(), null, true, "en")
                        : p)
                .toList();
        TestTenants.publish(
                kafka,
                new no.klagesak.contracts.TenantSnapshot(
                        tenant, base.name(), 1, true, base.routines(), organisation.withPeople(people)));
        await().atMost(Duration.ofSeconds(20)).until(() -> tenants.find(tenant).isPresent());
        String reportId = UUID.randomUUID().toString();
        String director = "director@" + tenant + ".example";
        String handler = "handler@" + tenant + ".example";
        var toDirector = deviation(tenant, reportId, tenant + "-director", "DEADLINE", "AVV-2026-0007", false);

        var overdue = EventEnvelope.of(
                tenant,
                reportId,
                Instant.parse("2026-12-10T06:00:00Z"),
                new no.klagesak.contracts.DeviationOverdue(
                        "DEADLINE", tenant + "-director", LocalDate.of(2026, 12, 9)));

        TestEvents.publish(streamBridge, toDirector);
        TestEvents.publish(streamBridge, toDirector);
        TestEvents.publish(streamBridge, deviation(tenant, reportId, "no-such-user", "LEVEL", null, false));
        TestEvents.publish(streamBridge, overdue);
        TestEvents.publish(streamBridge, overdue);
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        tenant,
                        reportId,
                        Instant.parse("2026-12-10T06:00:00Z"),
                        new no.klagesak.contracts.DeviationOverdue(
                                "LEVEL", "no-such-user", LocalDate.of(2026, 12, 9))));
        // A later event on the same key (the same partition) is handled only after those: once its mail is here, a
        // duplicate of the first would be too.
        TestEvents.publish(
                streamBridge, deviation(tenant, reportId, tenant + "-handler", "CONFIDENTIALITY", null, true));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(handler).size() == 1);
        assertThat(mailsTo(director)).hasSize(2);
        MimeMessage english = mailsTo(director).stream()
                .filter(m -> subject(m).equals("A deviation from the complaint routine was reported to you"))
                .findFirst()
                .orElseThrow();
        assertThat(subject(english)).isEqualTo("A deviation from the complaint routine was reported to you");
        assertThat(part(english, "text/plain"))
                .contains(
                        "What it is about: the deadline for an answer.",
                        "It concerns case AVV-2026-0007.",
                        "Handle the deviation by 09.12.2026.",
                        "http://localhost:8080/avvik/" + reportId);
        assertThat(part(english, "text/html")).contains("<a href=\"http://localhost:8080/avvik/" + reportId + "\">");
        MimeMessage late = mailsTo(director).stream()
                .filter(m -> subject(m).equals("The deadline for a reported deviation has passed"))
                .findFirst()
                .orElseThrow();
        assertThat(part(late, "text/plain"))
                .contains(
                        "What it is about: the deadline for an answer.",
                        "It was to be handled by 09.12.2026.",
                        "http://localhost:8080/avvik/" + reportId)
                .doesNotContain("AVV-2026-0007");
        MimeMessage bokmal = mailsTo(handler).getFirst();
        assertThat(subject(bokmal)).isEqualTo("Et avvik fra klagerutinen er meldt til deg");
        assertThat(part(bokmal, "text/plain"))
                .contains(
                        "Avviket gjelder: taushet og tilgang til saker.",
                        "Det er ikke knyttet til en bestemt sak.",
                        "Behandle avviket innen 09.12.2026.",
                        "http://localhost:8080/avvik/" + reportId);
        assertThat(store.getCollection("notices").countDocuments(new org.bson.Document("complaintId", reportId)))
                .isEqualTo(3);
    }

    private static EventEnvelope deviation(
            String tenant,
            String reportId,
            String receiver,
            String kind,
            @org.jspecify.annotations.Nullable String caseReference,
            boolean concernsDirector) {
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        return EventEnvelope.of(
                tenant,
                reportId,
                at,
                new no.klagesak.contracts.DeviationReported(
                        kind, receiver, LocalDate.of(2026, 12, 9), "STAFF", concernsDirector, caseReference, at));
    }

    private static EventEnvelope withTenant(String tenant, EventEnvelope event) {
        return new EventEnvelope(
                event.id(), event.type(), tenant, event.complaintId(), event.occurredAt(), event.data());
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails to the handler that link to this case. */
    private static List<MimeMessage> handlerMailsAbout(String complaintId) {
        return mailsTo("handler@fjordvekst.example").stream()
                .filter(m -> part(m, "text/plain").contains("/saker/" + complaintId))
                .toList();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipientsOf(m).contains(address))
                .toList();
    }

    /** The decoded text of a message's part of this type (text/plain or text/html). */
    private static String part(jakarta.mail.Part part, String type) {
        try {
            if (part.isMimeType(type)) return (String) part.getContent();
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (!found.isEmpty()) return found;
                }
            }
            return "";
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The served OpenAPI document describes what the service answers: each exchange below is checked against it. */
    @Test
    void the_served_api_document_describes_the_notices_the_wording_and_the_survey() {
        var api = no.klagesak.support.test.ApiDocumentCheck.served(port);
        api.assertDescribed("Klagesak notification-service");
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(streamBridge, received(complaintId, "dokument@example.org", "nb"));
        TestEvents.publish(streamBridge, assigned(complaintId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.localhost(port)
                        .get("/api/notices?complaintId=" + complaintId, handlerToken)
                        .body()
                        .contains("ACKNOWLEDGEMENT"));
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");

        assertThat(api.send("GET", "/api/notices?complaintId=" + complaintId, handlerToken, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/notices/wording?kind=ACKNOWLEDGEMENT&language=nb", admin, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/notices/failed", admin, null).statusCode())
                .isEqualTo(200);

        assertThat(api.refused("GET", "/api/notices?complaintId=" + complaintId, null, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(api.refused("GET", "/public/surveys/no-such-link", null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.refused("POST", "/public/surveys/no-such-link", null, "{\"satisfied\":9}")
                        .statusCode())
                .isIn(400, 404);
        api.assertEveryExchangeMatched();
    }

    private static EventEnvelope event(String complaintId, IntegrationEvent data) {
        return EventEnvelope.of("fjordvekst", complaintId, Instant.parse("2026-11-25T10:00:00Z"), data);
    }

    private static EventEnvelope received(String complaintId, String address, String language) {
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        return event(
                complaintId,
                new ComplaintReceived(
                        "FJO-2026-0042",
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        address == null,
                        false,
                        at,
                        address == null ? null : new ComplaintReceived.AcknowledgementAddress(address, language)));
    }

    private static EventEnvelope assigned(String complaintId) {
        return event(
                complaintId,
                new ComplaintAssigned(
                        "FJO-2026-0042", "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
