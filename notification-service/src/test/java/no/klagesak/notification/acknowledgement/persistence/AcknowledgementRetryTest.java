package no.klagesak.notification.acknowledgement.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.notification.acknowledgement.Letter;
import no.klagesak.notification.acknowledgement.Mail;
import no.klagesak.notification.acknowledgement.SendingAcknowledgement;
import no.klagesak.support.test.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The acknowledgement's state machine on the Mongo-compatible store, with a mail server that can be down. */
class AcknowledgementRetryTest {

    private final MongoAcknowledgements acknowledgements = new MongoAcknowledgements(
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "acknowledgement-retry-" + UUID.randomUUID()));
    private final List<String> delivered = new ArrayList<>();
    private boolean mailServerDown;
    private final Mail mail = (String to, Letter letter) -> {
        if (mailServerDown) throw new IllegalStateException("connection refused");
        delivered.add(to);
    };
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SendingAcknowledgement sending =
            new SendingAcknowledgement(acknowledgements, mail, tenant -> "Fjordvekst AS", clock);

    @Test
    void an_acknowledgement_that_failed_while_the_mail_server_was_down_is_sent_once_it_is_back() {
        String complaintId = receivedAndAssignedWhileMailServerDown();
        assertThat(delivered).isEmpty();
        assertThat(state(complaintId)).isEqualTo("PENDING");

        assertThatThrownBy(() -> sending.sendUnsent(Duration.ofMinutes(5))).hasMessageContaining("refused");
        assertThat(state(complaintId)).as("still down: given back, not lost").isEqualTo("PENDING");
        mailServerDown = false;
        assertThat(sending.sendUnsent(Duration.ofMinutes(5))).isEqualTo(1);
        assertThat(sending.sendUnsent(Duration.ofMinutes(5))).isZero();

        assertThat(delivered).containsExactly(address(complaintId));
        assertThat(state(complaintId)).isEqualTo("SENT");
    }

    @Test
    void a_claim_left_by_a_process_that_died_is_taken_again_only_after_it_is_stale() {
        String complaintId = UUID.randomUUID().toString();
        sending.on("fjordvekst", complaintId, received(complaintId));
        // A process claimed it and died before sending.
        assertThat(acknowledgements.claim("fjordvekst", complaintId, LocalDate.of(2026, 12, 9), 14))
                .isPresent();

        now = Instant.now().plus(Duration.ofMinutes(1));
        assertThat(sending.sendUnsent(Duration.ofMinutes(5))).isZero();
        now = Instant.now().plus(Duration.ofMinutes(6));
        assertThat(sending.sendUnsent(Duration.ofMinutes(5))).isEqualTo(1);

        assertThat(delivered).containsExactly(address(complaintId));
        assertThat(state(complaintId)).isEqualTo("SENT");
    }

    @Test
    void a_redelivered_assignment_after_sending_sends_nothing() {
        String complaintId = UUID.randomUUID().toString();
        sending.on("fjordvekst", complaintId, received(complaintId));
        sending.on("fjordvekst", complaintId, assigned());
        sending.on("fjordvekst", complaintId, received(complaintId));
        sending.on("fjordvekst", complaintId, assigned());

        assertThat(delivered.stream().filter(address(complaintId)::equals)).hasSize(1);
    }

    private String receivedAndAssignedWhileMailServerDown() {
        String complaintId = UUID.randomUUID().toString();
        sending.on("fjordvekst", complaintId, received(complaintId));
        mailServerDown = true;
        assertThatThrownBy(() -> sending.on("fjordvekst", complaintId, assigned()))
                .hasMessageContaining("connection refused");
        return complaintId;
    }

    private String state(String complaintId) {
        return acknowledgements.status("fjordvekst", complaintId).orElseThrow().state();
    }

    private static String address(String complaintId) {
        return "kari-" + complaintId + "@example.org";
    }

    private static ComplaintReceived received(String complaintId) {
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        return new ComplaintReceived(
                "2026-00042",
                "COMPLAINT",
                "WEB_FORM",
                "PARTICIPANT",
                "FOLLOW_UP",
                1,
                false,
                false,
                at,
                new ComplaintReceived.AcknowledgementAddress(address(complaintId), "nb"));
    }

    private static ComplaintAssigned assigned() {
        return new ComplaintAssigned("2026-00042", "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9));
    }
}
