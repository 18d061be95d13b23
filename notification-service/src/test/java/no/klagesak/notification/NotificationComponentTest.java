package no.klagesak.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** notification-service from real Kafka events to a real SMTP server (GreenMail). */
@ComponentTest
class NotificationComponentTest {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("SMTP_PORT", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    TenantCopy tenants;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void the_complainant_gets_exactly_one_acknowledgement_with_the_deadline_even_when_events_are_redelivered()
            throws Exception {
        String complaintId = UUID.randomUUID().toString();
        String address = "kari-" + complaintId + "@example.org";
        EventEnvelope received = received(complaintId, address);
        EventEnvelope assigned = assigned(complaintId);

        TestEvents.publish(streamBridge, received);
        TestEvents.publish(streamBridge, assigned);
        TestEvents.publish(streamBridge, received);
        TestEvents.publish(streamBridge, assigned);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address) >= 1);
        String token = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        TestHttp api = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/acknowledgements/" + complaintId, token)
                        .body()
                        .contains("\"state\":\"SENT\""));
        Thread.sleep(1500); // let any redelivered event be handled before counting
        assertThat(mailsTo(address)).isEqualTo(1);

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipientsOf(m).contains(address))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).contains("2026-00042");
        assertThat((String) mail.getContent()).contains("innen 09.12.2026");
        assertThat(api.get("/api/acknowledgements/" + complaintId, token).body())
                .doesNotContain(address);
    }

    @Test
    void a_complainant_who_gave_no_address_gets_no_mail_and_nothing_fails() {
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(streamBridge, received(complaintId, null));
        TestEvents.publish(streamBridge, assigned(complaintId));

        String token = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestHttp.localhost(port)
                                .get("/api/acknowledgements/" + complaintId, token)
                                .statusCode()
                        == 404);
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
        TestEvents.publish(streamBridge, withTenant(tenant, received(complaintId, address)));
        TestEvents.publish(streamBridge, withTenant(tenant, assigned(complaintId)));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address) == 1);
        String body = GreenMailUtil.getBody(Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipientsOf(m).contains(address))
                .findFirst()
                .orElseThrow());
        assertThat(body).contains("Nytt Navn AS").doesNotContain("Gammelt Navn AS");
    }

    private static EventEnvelope withTenant(String tenant, EventEnvelope event) {
        return EventEnvelope.of(tenant, event.complaintId(), event.occurredAt(), event.data());
    }

    private static long mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipientsOf(m).contains(address))
                .count();
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventEnvelope received(String complaintId, String address) {
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        return EventEnvelope.of(
                "fjordvekst",
                complaintId,
                at,
                new ComplaintReceived(
                        "2026-00042",
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        address == null,
                        false,
                        at,
                        address == null ? null : new ComplaintReceived.AcknowledgementAddress(address, "nb")));
    }

    private static EventEnvelope assigned(String complaintId) {
        return EventEnvelope.of(
                "fjordvekst",
                complaintId,
                Instant.parse("2026-11-25T09:00:01Z"),
                new ComplaintAssigned(
                        "2026-00042", "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9)));
    }
}
