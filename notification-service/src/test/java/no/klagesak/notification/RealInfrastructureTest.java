package no.klagesak.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.test.Containers;
import no.klagesak.support.test.RealInfrastructure;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Notices from events on a real Kafka broker, kept in a real MongoDB replica set, read with Keycloak's tokens. */
@RealInfrastructure
class RealInfrastructureTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("SMTP_HOST", () -> "127.0.0.1");
        registry.add("SMTP_PORT", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    StreamBridge streamBridge;

    @Test
    void an_acknowledgement_is_sent_once_and_only_the_tenants_own_staff_see_it_in_the_delivery_log() {
        String complaintId = UUID.randomUUID().toString();
        String address = "kari-" + complaintId + "@example.org";
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        EventEnvelope received = TestEvents.received("fjordvekst", complaintId, "FJO-2026-0042", at, address);
        EventEnvelope assigned = EventEnvelope.of(
                "fjordvekst",
                complaintId,
                at,
                new ComplaintAssigned(
                        "FJO-2026-0042", "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9)));
        for (int round = 0; round < 2; round++) {
            TestEvents.publish(streamBridge, received);
            TestEvents.publish(streamBridge, assigned);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address) >= 1);
        TestHttp api = TestHttp.localhost(port);
        String log = api.get("/api/notices?complaintId=" + complaintId, Containers.token("fjordvekst-handler"))
                .body();
        assertThat(log).contains("ACKNOWLEDGEMENT", "\"state\":\"SENT\"").doesNotContain(address);
        assertThat(api.get("/api/notices?complaintId=" + complaintId, Containers.token("lysheim-handler"))
                        .body())
                .doesNotContain("ACKNOWLEDGEMENT");
        assertThat(mailsTo(address)).isEqualTo(1);
    }

    private static long mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(r -> r.toString().contains(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .count();
    }
}
