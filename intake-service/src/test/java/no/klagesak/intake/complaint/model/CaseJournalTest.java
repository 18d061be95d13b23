package no.klagesak.intake.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.intake.complaint.model.JournalRecord.Direction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A case's journal as an archive takes it: what was received and sent, in order, named and screened as the law asks. */
public class CaseJournalTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    public static Complaint complaint(Track track, Channel channel, @Nullable Complainant complainant) {
        return complaint(42, track, channel, complainant);
    }

    public static Complaint complaint(int number, Track track, Channel channel, @Nullable Complainant complainant) {
        return new Complaint(
                new ComplaintId("c-" + number),
                "fjordvekst",
                "FJV-2026-%04d".formatted(number),
                track,
                channel,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                1,
                "Veilederen svarer ikke",
                "Veilederen min har ikke svart på seks uker.",
                null,
                complainant,
                false,
                "nb",
                RECEIVED,
                channel == Channel.STAFF_REGISTRATION ? "handler" : null,
                null,
                "key-1",
                null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    public static Message message(Message.Kind kind, String at, @Nullable String answers) {
        return new Message("m-" + kind, kind, "tekst", Instant.parse(at), null, answers);
    }

    public static final List<Message> CONVERSATION = List.of(
            message(Message.Kind.QUESTION, "2026-03-03T10:00:00Z", null),
            message(Message.Kind.INFORMATION, "2026-03-04T10:00:00Z", "m-QUESTION"),
            message(Message.Kind.ANSWER, "2026-03-10T10:00:00Z", null),
            message(Message.Kind.ESCALATION, "2026-03-11T10:00:00Z", null),
            message(Message.Kind.DECISION, "2026-03-20T10:00:00Z", null));

    @Test
    void a_named_complaint_from_the_form_journals_what_came_in_and_went_out_in_order() {
        var journal = CaseJournal.of(new CaseRecord(
                complaint(Track.COMPLAINT, Channel.WEB_FORM, new Complainant("Kari Nordmann", null, null, null)),
                CONVERSATION,
                ComplainantState.ESCALATION_REQUESTED,
                new CaseStanding(CaseState.DECIDED, null, "NOT_UPHELD", Instant.parse("2026-03-20T10:00:01Z"), 9L),
                null));

        assertThat(journal.year()).isEqualTo(2026);
        assertThat(journal.sequence()).isEqualTo(42);
        assertThat(journal.title()).isEqualTo("Klage: Veilederen svarer ikke");
        assertThat(journal.publicTitle()).isEqualTo("Klage: *****").doesNotContain("Veilederen");
        assertThat(journal.status()).isEqualTo("Avsluttet");
        assertThat(journal.records())
                .extracting(JournalRecord::number, JournalRecord::direction, JournalRecord::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Direction.INCOMING, "Klage mottatt"),
                        org.assertj.core.groups.Tuple.tuple(2, Direction.OUTGOING, "Bekreftelse på mottatt klage"),
                        org.assertj.core.groups.Tuple.tuple(3, Direction.OUTGOING, "Spørsmål til klageren"),
                        org.assertj.core.groups.Tuple.tuple(4, Direction.INCOMING, "Svar fra klageren"),
                        org.assertj.core.groups.Tuple.tuple(5, Direction.OUTGOING, "Svar på klagen"),
                        org.assertj.core.groups.Tuple.tuple(6, Direction.INCOMING, "Klageren ber ledelsen avgjøre"),
                        org.assertj.core.groups.Tuple.tuple(7, Direction.OUTGOING, "Ledelsens avgjørelse"));
        assertThat(journal.records()).allSatisfy(r -> assertThat(r.party()).isEqualTo("Kari Nordmann"));
        assertThat(journal.records().get(5).date()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void the_same_case_has_the_same_ids_in_every_extract_and_an_open_one_is_under_handling() {
        var record = new CaseRecord(
                complaint(Track.COMPLAINT, Channel.WEB_FORM, null),
                CONVERSATION.subList(0, 1),
                ComplainantState.RECEIVED,
                new CaseStanding(
                        CaseState.WAITING_FOR_COMPLAINANT, null, null, Instant.parse("2026-03-03T10:00:01Z"), 3L),
                null);

        var once = CaseJournal.of(record);
        var again = CaseJournal.of(record);

        assertThat(again.systemId()).isEqualTo(once.systemId());
        assertThat(again.records())
                .extracting(JournalRecord::systemId)
                .containsExactlyElementsOf(
                        once.records().stream().map(JournalRecord::systemId).toList())
                .doesNotHaveDuplicates();
        assertThat(once.status()).isEqualTo("Under behandling");
        assertThat(once.closedAt()).isNull();
        assertThat(once.records()).allSatisfy(r -> assertThat(r.party()).isEqualTo("Anonym klager"));
    }

    @Test
    void a_whistleblowing_report_goes_without_its_title_and_without_who_reported() {
        var journal = CaseJournal.of(new CaseRecord(
                complaint(
                        Track.WHISTLEBLOWING,
                        Channel.WEB_FORM,
                        new Complainant("Kari Nordmann", "kari@example.org", null, null)),
                List.of(message(Message.Kind.ANSWER, "2026-03-10T10:00:00Z", null)),
                ComplainantState.RECEIVED,
                null,
                null));

        assertThat(journal.whistleblowing()).isTrue();
        assertThat(journal.title()).isEqualTo("Varsel");
        assertThat(journal.records())
                .extracting(JournalRecord::title)
                .containsExactly("Varsel mottatt", "Melding til varsleren");
        // Days, not times; nothing of how it came or whether the reporter gave an address.
        assertThat(journal.records())
                .extracting(JournalRecord::at)
                .containsExactly(Instant.parse("2026-03-01T23:00:00Z"), Instant.parse("2026-03-09T23:00:00Z"));
        assertThat(journal.receivedAt()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(journal.records())
                .allSatisfy(r -> assertThat(r.party()).doesNotContain("Kari").contains("Varsleren"));
    }

    /** Every kind of message has its title and direction; an answer given by phone has no text, so no document. */
    @Test
    void every_step_with_the_complainant_is_a_record_and_staff_registration_with_an_address_is_acknowledged() {
        var journal = CaseJournal.of(new CaseRecord(
                complaint(
                        Track.COMPLAINT,
                        Channel.STAFF_REGISTRATION,
                        new Complainant("Ola", "ola@example.org", null, null)),
                List.of(
                        message(Message.Kind.DEADLINE_EXTENDED, "2026-03-03T10:00:00Z", null),
                        message(Message.Kind.MINUTES, "2026-03-04T10:00:00Z", null),
                        message(Message.Kind.MINUTES_DISPUTED, "2026-03-05T10:00:00Z", "m-MINUTES"),
                        message(Message.Kind.MINUTES_CONFIRMED, "2026-03-06T10:00:00Z", "m-MINUTES"),
                        new Message(
                                "m-phone",
                                Message.Kind.ANSWER_RECORDED,
                                "",
                                Instant.parse("2026-03-07T10:00:00Z"),
                                null,
                                "q"),
                        message(Message.Kind.WITHDRAWAL, "2026-03-08T10:00:00Z", null)),
                ComplainantState.WITHDRAWN,
                null,
                null));

        assertThat(journal.records())
                .extracting(JournalRecord::direction, JournalRecord::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Direction.INCOMING, "Klage registrert av ansatt"),
                        org.assertj.core.groups.Tuple.tuple(Direction.OUTGOING, "Bekreftelse på mottatt klage"),
                        org.assertj.core.groups.Tuple.tuple(Direction.OUTGOING, "Melding om ny svarfrist"),
                        org.assertj.core.groups.Tuple.tuple(Direction.OUTGOING, "Møtereferat til godkjenning"),
                        org.assertj.core.groups.Tuple.tuple(Direction.INCOMING, "Klageren er uenig i møtereferatet"),
                        org.assertj.core.groups.Tuple.tuple(Direction.INCOMING, "Klageren godtar møtereferatet"),
                        org.assertj.core.groups.Tuple.tuple(Direction.INCOMING, "Svar fra klageren, gitt muntlig"),
                        org.assertj.core.groups.Tuple.tuple(Direction.INCOMING, "Klagen trukket tilbake"));
        assertThat(journal.records().get(0).document())
                .contains("Veilederen svarer ikke", "Fra: Ola", "ola@example.org");
        assertThat(journal.records().get(1).document()).isNull();
        assertThat(journal.records().get(6).document()).isNull();
        assertThat(journal.records().get(7).document()).isEqualTo("tekst");
        assertThat(journal.closedAt()).isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
    }

    @Test
    void an_oral_complaint_without_an_address_is_acknowledged_in_the_journal_when_the_handler_gives_it() {
        var journal = CaseJournal.of(new CaseRecord(
                complaint(
                        Track.COMPLAINT,
                        Channel.STAFF_REGISTRATION,
                        new Complainant("Per", null, "+47 900 00 000", null)),
                List.of(new Message(
                        "ack", Message.Kind.ACKNOWLEDGED, "", Instant.parse("2026-03-03T09:00:00Z"), null, null)),
                ComplainantState.RECEIVED,
                null,
                null));

        assertThat(journal.records())
                .extracting(JournalRecord::direction, JournalRecord::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Direction.INCOMING, "Klage registrert av ansatt"),
                        org.assertj.core.groups.Tuple.tuple(
                                Direction.OUTGOING, "Bekreftelse på mottatt klage, gitt av saksbehandler"));
        assertThat(journal.records().get(1).document())
                .as("how it was given stays in the case file")
                .isNull();
    }

    @Test
    void an_erased_case_keeps_its_records_without_names_or_content() {
        var erased = complaint(Track.COMPLAINT, Channel.STAFF_REGISTRATION, null)
                .withContent("[slettet]", "[slettet]", null, null, null, null);
        var journal = CaseJournal.of(new CaseRecord(
                erased,
                List.of(message(Message.Kind.WITHDRAWAL, "2026-03-05T10:00:00Z", null)),
                ComplainantState.WITHDRAWN,
                null,
                Instant.parse("2026-04-01T10:00:00Z")));

        assertThat(journal.erased()).isTrue();
        assertThat(journal.title()).isEqualTo("Klage: [slettet]");
        // Registered by staff for someone without an address: the handler acknowledged it, outside intake.
        assertThat(journal.records())
                .extracting(JournalRecord::title)
                .containsExactly("Klage registrert av ansatt", "Klagen trukket tilbake");
        assertThat(journal.records()).allSatisfy(r -> assertThat(r.party()).isEqualTo("[slettet]"));
        assertThat(journal.closedAt()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
        assertThat(journal.status()).isEqualTo("Avsluttet");
    }
}
