package no.klagesak.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * Pins the JSON of every event type. A change to a file under {@code *.approved.txt} is a change to the contract: add a
 * new version instead of editing a published one.
 */
class EventContractTest {

    private static final UUID EVENT_ID = UUID.fromString("3f1c2b9e-8d4a-4c1e-9b7a-2a6f5d0e1c11");
    private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");

    static EventEnvelope received() {
        return new EventEnvelope(
                EVENT_ID,
                ComplaintReceived.TYPE,
                "fjordvekst",
                "c-0001",
                AT,
                new ComplaintReceived(
                        "2026-00001",
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        false,
                        true,
                        AT,
                        new ComplaintReceived.AcknowledgementAddress("kari@example.org", "nb")));
    }

    static EventEnvelope assigned() {
        return new EventEnvelope(
                EVENT_ID,
                ComplaintAssigned.TYPE,
                "fjordvekst",
                "c-0001",
                AT,
                new ComplaintAssigned("2026-00001", "dagny", "MANAGING_DIRECTOR", 14, LocalDate.of(2026, 12, 9)));
    }

    @Test
    void complaint_received_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(received()));
    }

    @Test
    void complaint_assigned_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(assigned()));
    }

    @Test
    void every_event_reads_back_to_what_was_written() {
        for (EventEnvelope envelope : new EventEnvelope[] {received(), assigned()}) {
            assertThat(EventJson.read(EventJson.write(envelope))).isEqualTo(envelope);
        }
    }

    @Test
    void an_anonymous_complaint_travels_without_any_address() {
        var data = new ComplaintReceived(
                "2026-00002", "WHISTLEBLOWING", "WEB_FORM", "EMPLOYEE", "HARASSMENT", true, false, AT, null);
        var json = EventJson.write(EventEnvelope.of("fjordvekst", "c-2", AT, data));
        assertThat(json).contains("\"acknowledgeTo\":null").doesNotContain("@");
    }

    @Test
    void an_unknown_type_is_reported_as_such_so_consumers_can_skip_it() {
        String json = EventJson.write(received()).replace(ComplaintReceived.TYPE, "complaint.future.v9");
        assertThatThrownBy(() -> EventJson.read(json)).isInstanceOf(EventJson.UnknownEventType.class);
    }

    @Test
    void an_envelope_refuses_a_type_that_does_not_match_its_payload() {
        assertThatThrownBy(() -> new EventEnvelope(
                        EVENT_ID,
                        "complaint.received.v1",
                        "t",
                        "c",
                        AT,
                        assigned().data()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
