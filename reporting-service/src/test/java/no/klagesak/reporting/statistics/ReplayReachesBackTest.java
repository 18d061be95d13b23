package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.SatisfactionAnswered;
import org.junit.jupiter.api.Test;

class ReplayReachesBackTest {

    private static final Instant JANUARY = Instant.parse("2025-01-15T09:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2025-02-15T09:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-15T09:00:00Z");

    private final ReplayReachesBack rule = new ReplayReachesBack();

    @Test
    void with_no_facts_held_a_replay_is_always_allowed_even_from_an_empty_topic() {
        assertThat(rule.judge(Stream.empty())).isEqualTo(new ReplayReachesBack.ReachesBack(0));
    }

    @Test
    void a_replay_is_allowed_when_every_complaint_held_is_received_on_the_topic() {
        rule.saw(received("a", JANUARY));
        rule.saw(assigned("a", JANUARY));
        rule.saw(received("b", MARCH));

        assertThat(rule.judge(Stream.of(held("a", JANUARY), held("b", MARCH))))
                .isEqualTo(new ReplayReachesBack.ReachesBack(2));
    }

    @Test
    void a_replay_is_refused_when_complaints_held_are_gone_from_the_topic_and_says_how_many_and_from_when() {
        // Retention took a's and b's first events; a later event of a, or a survey answer, brings no complaint back.
        rule.saw(assigned("a", MARCH));
        rule.saw(EventEnvelope.ofTenant("t", MARCH, new SatisfactionAnswered("2025-01", "COMPLAINT", 4, 4, true)));
        rule.saw(received("c", MARCH));

        assertThat(rule.judge(Stream.of(held("a", JANUARY), held("b", FEBRUARY), held("c", MARCH))))
                .isEqualTo(new ReplayReachesBack.FallsShort(3, 2, JANUARY, FEBRUARY));
    }

    @Test
    void times_are_not_compared_so_a_complaint_registered_long_after_it_was_received_still_comes_back() {
        // Registered by staff in March 2026 from a letter of January 2025: its event is recent, its fact is old.
        rule.saw(EventEnvelope.of(
                "t",
                "letter",
                MARCH,
                new ComplaintReceived(
                        "R", "COMPLAINT", "LETTER", "PARTICIPANT", "FOLLOW_UP", 1, false, false, JANUARY, null)));

        assertThat(rule.judge(Stream.of(held("letter", JANUARY)))).isEqualTo(new ReplayReachesBack.ReachesBack(1));
    }

    private static Facts.Held held(String complaintId, Instant receivedAt) {
        return new Facts.Held(complaintId, receivedAt);
    }

    private static EventEnvelope received(String complaintId, Instant at) {
        return EventEnvelope.of(
                "t",
                complaintId,
                at,
                new ComplaintReceived(
                        "R", "COMPLAINT", "WEB_FORM", "PARTICIPANT", "FOLLOW_UP", 1, false, false, at, null));
    }

    private static EventEnvelope assigned(String complaintId, Instant at) {
        return EventEnvelope.of(
                "t", complaintId, at, new ComplaintAssigned("R", "h", "LINE_MANAGER", 14, LocalDate.of(2026, 4, 1)));
    }
}
