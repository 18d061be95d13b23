package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.klagesak.contracts.ComplainantReportedDeviation;
import no.klagesak.contracts.DeviationReported;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.Topics;
import no.klagesak.support.sealing.EventSealer;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import tools.jackson.databind.JsonNode;

/**
 * A deviation the complainant reported from their case's follow-up page, through intake's {@code
 * complaint.deviation-reported.v1}: its sealed words opened, reported as the complainant's with the case's reference,
 * read by the director, announced without its words; a redelivery is the same one report, and one that cannot be
 * received is dropped without its words in the log.
 */
@ComponentTest
@ExtendWith(OutputCaptureExtension.class)
class ComplainantDeviationComponentTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    EventSealer eventSealer;

    private final String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");

    /** The complainant's report as intake publishes it: keyed by the complaint, the words sealed for it. */
    private EventEnvelope reported(String complaintId, String formId, String words, boolean concernsDirector) {
        Instant now = Instant.now();
        return EventEnvelope.of(
                "fjordvekst",
                complaintId,
                now,
                new ComplainantReportedDeviation(
                        formId,
                        "DEADLINE",
                        eventSealer.seal("fjordvekst", complaintId, words),
                        LocalDate.now(OSLO).minusDays(3),
                        concernsDirector,
                        now));
    }

    private List<JsonNode> log() {
        int year = LocalDate.now(OSLO).getYear();
        return TestHttp.json(TestHttp.localhost(port).get("/api/deviations?year=" + year, director))
                .valueStream()
                .toList();
    }

    private List<JsonNode> reportsOf(String formId) {
        return log().stream()
                .filter(r -> formId.equals(r.path("id").asString()))
                .toList();
    }

    @Test
    void the_director_finds_the_complainants_report_with_the_case_once_however_often_it_is_delivered(
            CapturedOutput logs) {
        String complaintId = UUID.randomUUID().toString();
        String reference = "FJV-2026-" + complaintId.substring(0, 8);
        String formId = UUID.randomUUID().toString();
        String words = "Jeg fikk aldri svar innen fristen, og ingen sa hvorfor.";
        TestEvents.publish(
                streamBridge, TestEvents.received("fjordvekst", complaintId, reference, Instant.now(), null));
        var event = reported(complaintId, formId, words, false);

        TestEvents.publish(streamBridge, event);
        TestEvents.publish(streamBridge, event);

        await().atMost(Duration.ofSeconds(30)).until(() -> !reportsOf(formId).isEmpty());
        JsonNode report = reportsOf(formId).getFirst();
        assertThat(report.path("reportedBy").asString()).isEqualTo("COMPLAINANT");
        assertThat(report.path("complaintId").asString()).isEqualTo(complaintId);
        assertThat(report.path("caseReference").asString()).isEqualTo(reference);
        assertThat(report.path("what").asString()).isEqualTo(words);
        assertThat(report.path("kind").asString()).isEqualTo("DEADLINE");
        assertThat(report.path("reporter").isNull()).isTrue();
        assertThat(report.path("receiver").asString()).isEqualTo("fjordvekst-director");

        // Announced once, without the words: notification tells the receiver from it.
        var announced = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, formId, DeviationReported.TYPE).stream()
                .filter(r -> r.value().contains(DeviationReported.TYPE))
                .toList();
        assertThat(announced).hasSize(1);
        assertThat(announced.getFirst().value()).doesNotContain("fristen");
        var data =
                (DeviationReported) EventJson.read(announced.getFirst().value()).data();
        assertThat(data.reportedBy()).isEqualTo("COMPLAINANT");
        assertThat(data.caseReference()).isEqualTo(reference);

        // The redelivery made no second report; a later event of the same complaint was handled after it.
        String later = UUID.randomUUID().toString();
        TestEvents.publish(streamBridge, reported(complaintId, later, "Og kvitteringen kom sent.", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> !reportsOf(later).isEmpty());
        assertThat(reportsOf(formId)).hasSize(1);
        assertThat(logs.getAll()).doesNotContain("aldri svar innen fristen", "kvitteringen kom sent");

        // Erasing the complaint erases the complainant's words in their reports too, as in the case.
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        "fjordvekst",
                        complaintId,
                        Instant.now(),
                        new no.klagesak.contracts.ComplaintErased(reference, Instant.now(), null)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reportsOf(formId)
                                .getFirst()
                                .path("what")
                                .asString()
                                .equals("[slettet]")
                        && reportsOf(later).getFirst().path("what").asString().equals("[slettet]"));
    }

    @Test
    void a_report_no_one_can_receive_is_dropped_with_a_warning_without_its_words_and_the_next_is_handled(
            CapturedOutput logs) {
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge,
                TestEvents.received(
                        "fjordvekst", complaintId, "FJV-2026-" + complaintId.substring(0, 8), Instant.now(), null));
        // About the director, where the routine names no one else and there is no board contact.
        String refused = UUID.randomUUID().toString();
        TestEvents.publish(streamBridge, reported(complaintId, refused, "Daglig leder holdt saken tilbake.", true));
        String next = UUID.randomUUID().toString();
        TestEvents.publish(streamBridge, reported(complaintId, next, "Ingen kvittering.", false));

        await().atMost(Duration.ofSeconds(30)).until(() -> !reportsOf(next).isEmpty());
        assertThat(reportsOf(refused)).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> logs.getAll().contains("deviation report was refused and is dropped: receiver none"));
        assertThat(logs.getAll()).doesNotContain("holdt saken tilbake");
    }
}
