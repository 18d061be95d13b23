package no.klagesak.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.test.MovingClock;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;

/** Sending what is owed: once, not when the case is done by then, again after the mail server was down. */
class DispatchingTest {

    private Instant now = Instant.parse("2026-11-25T09:00:00Z");
    private final MovingClock clock = new MovingClock(now);

    private final InMemoryNotices notices = new InMemoryNotices();
    private final InMemoryCaseFacts facts = new InMemoryCaseFacts();
    private final List<String> delivered = new ArrayList<>();
    private boolean serverDown;
    private final Mail mail = (to, letter, language) -> {
        if (serverDown) throw new Mail.Failure("connection refused", false, null);
        if (to.startsWith("bad")) throw new Mail.Failure("550 no such user", true, null);
        delivered.add(to + " " + letter.subject());
    };
    private final Templates templates =
            (tenantId, kind, language, values) -> new Letter(kind + " " + values.get("reference"), "text");
    private final List<Duration> acknowledgedAfter = new java.util.ArrayList<>();
    private final Dispatching dispatching = new Dispatching(
            notices,
            facts,
            templates,
            mail,
            (phone, text) -> delivered.add("sms " + phone + " " + text),
            clock,
            Duration.ofMinutes(5),
            Dispatching.MAX_PAUSE,
            (tenant, track, time) -> acknowledgedAfter.add(time));
    private final Notifying notifying = new Notifying(
            facts, notices, new InMemorySurveys(), id -> Optional.of(TestTenants.fjordvekst()), "http://web", clock);

    private void complaint(String email) {
        notifying.on(TestEvents.received("fjordvekst", "c-1", "FJO-2026-0001", now, email));
        notifying.on(assigned("c-1", "FJO-2026-0001"));
    }

    /** Routing placed the complaint with the handler. */
    private EventEnvelope assigned(String complaintId, String reference) {
        return EventEnvelope.of(
                "fjordvekst",
                complaintId,
                now,
                new ComplaintAssigned(reference, "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9)));
    }

    @Test
    void an_events_notices_read_their_case_once_and_the_event_reads_it_by_its_write() {
        notifying.on(TestEvents.received("fjordvekst", "c-1", "FJO-2026-0001", now, "kari@example.org"));
        dispatching.sendDue();
        facts.reads = 0;

        List<String> owed = notifying.owe(assigned("c-1", "FJO-2026-0001"));
        assertThat(facts.reads).as("the assignment's write returned the case").isZero();
        assertThat(owed).hasSize(3);

        assertThat(dispatching.send(owed)).isEqualTo(3);
        assertThat(facts.reads)
                .as("one read for the acknowledgement and the handler's and director's notices")
                .isEqualTo(1);
    }

    @Test
    void everything_owed_goes_once() {
        complaint("kari@example.org");

        assertThat(dispatching.sendDue()).isEqualTo(3);
        assertThat(dispatching.sendDue()).isZero();
        assertThat(delivered)
                .containsExactlyInAnyOrder(
                        "director@fjordvekst.example NEW_COMPLAINT FJO-2026-0001",
                        "kari@example.org ACKNOWLEDGEMENT FJO-2026-0001",
                        "handler@fjordvekst.example ASSIGNMENT FJO-2026-0001");
        // The wait for the acknowledgement is measured once, from the complaint's receipt.
        assertThat(acknowledgedAfter).hasSize(1).allMatch(time -> !time.isNegative());
    }

    @Test
    void what_an_event_owes_goes_at_once_by_id_and_what_waits_for_its_retry_time_is_left_for_the_round() {
        // An earlier notice, waiting for its next try after the mail server was down.
        complaint("kari@example.org");
        serverDown = true;
        assertThat(dispatching.sendDue()).isZero();
        serverDown = false;

        notifying.owe(TestEvents.received("fjordvekst", "c-3", "FJO-2026-0003", now, "ola@example.org"));
        List<String> owed = notifying.owe(assigned("c-3", "FJO-2026-0003"));

        assertThat(owed).hasSize(3);
        assertThat(dispatching.send(owed)).isEqualTo(owed.size());
        assertThat(delivered)
                .containsExactlyInAnyOrder(
                        "director@fjordvekst.example NEW_COMPLAINT FJO-2026-0003",
                        "ola@example.org ACKNOWLEDGEMENT FJO-2026-0003",
                        "handler@fjordvekst.example ASSIGNMENT FJO-2026-0003");
        assertThat(dispatching.send(owed)).as("each goes once").isZero();

        now = clock.move(Dispatching.MAX_PAUSE);
        assertThat(dispatching.sendDue()).as("the round sends what waited").isEqualTo(3);
        assertThat(delivered).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void a_mail_server_that_is_down_is_tried_again_later_with_growing_pauses_and_everything_goes_once_after() {
        complaint("kari@example.org");
        serverDown = true;
        for (int minute = 0; minute < 10; minute++) {
            assertThat(dispatching.sendDue()).isZero();
            now = clock.move(Duration.ofMinutes(1));
        }
        assertThat(notices.stored.values()).allSatisfy(s -> assertThat(s.state).isEqualTo("PENDING"));

        serverDown = false;
        now = clock.move(Dispatching.MAX_PAUSE);
        dispatching.sendDue();
        dispatching.sendDue();
        assertThat(delivered).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void a_complainant_who_gave_only_a_phone_number_gets_the_acknowledgement_as_a_text_message_with_the_link() {
        notifying.on(EventEnvelope.of(
                "fjordvekst",
                "c-2",
                now,
                new ComplaintReceived(
                        "FJO-2026-0002",
                        "COMPLAINT",
                        "STAFF_REGISTRATION",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        false,
                        false,
                        now,
                        new ComplaintReceived.AcknowledgementAddress(null, "nb", "+47 912 34 567"))));
        notifying.on(EventEnvelope.of(
                "fjordvekst",
                "c-2",
                now,
                new ComplaintAssigned(
                        "FJO-2026-0002", "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9))));

        dispatching.sendDue();

        assertThat(delivered)
                .contains(
                        "sms +47 912 34 567 ACKNOWLEDGEMENT FJO-2026-0002. http://web/t/fjordvekst/oppfolging?lang=nb – Fjordvekst AS");
    }

    @Test
    void the_pause_between_tries_doubles_up_to_two_minutes() {
        assertThat(dispatching.pause(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(dispatching.pause(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(dispatching.pause(4)).isEqualTo(Duration.ofMinutes(2));
        assertThat(dispatching.pause(400)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_refused_address_fails_for_good_and_the_rest_still_goes() {
        complaint("bad@example.org");

        dispatching.sendDue();

        assertThat(notices.failed("fjordvekst")).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(NoticeKind.ACKNOWLEDGEMENT);
            assertThat(d.error()).contains("550");
        });
        assertThat(delivered).hasSize(2);
    }

    @Test
    void a_notice_about_work_still_to_do_is_not_sent_once_the_case_is_closed_or_withdrawn() {
        complaint("kari@example.org");
        facts.changed("fjordvekst", "c-1", "WITHDRAWN", "fjordvekst-handler", null);

        dispatching.sendDue();

        // Every complaint reaches the director, withdrawn or not; the acknowledgement and the assignment do not go.
        assertThat(delivered).containsExactly("director@fjordvekst.example NEW_COMPLAINT FJO-2026-0001");
        assertThat(notices.ofComplaint("fjordvekst", "c-1"))
                .filteredOn(d -> d.state().equals("CANCELLED"))
                .extracting(Notices.Delivery::kind)
                .containsExactlyInAnyOrder(NoticeKind.ACKNOWLEDGEMENT, NoticeKind.ASSIGNMENT);
    }

    @Test
    void a_notice_claimed_by_a_process_that_died_is_sent_after_the_claim_goes_stale() {
        complaint("kari@example.org");
        var claimed = notices.claimNext(now, now.minus(Duration.ofMinutes(5))).orElseThrow();

        assertThat(dispatching.sendDue()).isEqualTo(2);
        now = clock.move(Duration.ofMinutes(6));
        assertThat(dispatching.sendDue()).isEqualTo(1);
        assertThat(notices.state(claimed.notice().id())).isEqualTo("SENT");
    }
}
