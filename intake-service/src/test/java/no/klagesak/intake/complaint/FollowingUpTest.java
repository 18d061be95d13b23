package no.klagesak.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.ComplaintEscalationRequested;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.EventJson;
import org.junit.jupiter.api.Test;

/** Follow-up with the receipt code: two-way communication without identity (routine 001), and what named ones do. */
class FollowingUpTest {

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final TenantRules rules = tenant -> Optional.of(new TenantRules.IntakeRoutine(
            1,
            "TST",
            true,
            false,
            false,
            false,
            false,
            Set.of(ComplainantRole.PARTICIPANT),
            Map.of("FOLLOW_UP", Track.COMPLAINT),
            !tenant.equals("no-escalation")));
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private int counter;
    private final RegisteringComplaint registering = new RegisteringComplaint(
            complaints,
            (tenant, year) -> year + "-" + (++counter),
            rules,
            RegisteringComplaintTest.HASHES,
            new InMemoryAttachments(),
            InMemoryAttachments.MAGIC,
            AttachmentRules.STANDARD,
            clock);
    private final FollowingUp followingUp = new FollowingUp(complaints, RegisteringComplaintTest.HASHES, rules, clock);

    private RegisteringComplaint.Receipt sendAnonymously(String tenant) {
        return registering.register(RegisteringComplaintTest.command(tenant, null));
    }

    @Test
    void a_complaint_from_the_public_form_gets_a_receipt_code_of_twenty_digits_stored_only_as_its_hash() {
        var receipt = sendAnonymously("open");

        assertThat(receipt.receiptCode()).isNotNull();
        assertThat(receipt.receiptCode().digits()).matches("\\d{20}");
        Complaint stored = complaints.stored.getFirst();
        assertThat(stored.receiptCodeHash())
                .isEqualTo(RegisteringComplaintTest.HASHES.hash("open", receipt.receiptCode()))
                .doesNotContain(receipt.receiptCode().digits());
        assertThat(stored.toString()).doesNotContain(receipt.receiptCode().digits());
        assertThat(receipt.receiptCode().toString())
                .doesNotContain(receipt.receiptCode().digits());
    }

    @Test
    void the_code_is_shown_once_a_repeated_submission_does_not_give_it_again() {
        var command = RegisteringComplaintTest.withKey(RegisteringComplaintTest.command("open", null), "form-0001a");
        assertThat(registering.register(command).receiptCode()).isNotNull();
        assertThat(registering.register(command).receiptCode()).isNull();
    }

    @Test
    void with_the_code_the_complainant_sees_the_complaint_and_with_another_code_or_tenant_nothing() {
        var receipt = sendAnonymously("open");

        assertThat(followingUp.open("open", receipt.receiptCode()))
                .hasValueSatisfying(f -> assertThat(f.reference()).isEqualTo(receipt.reference()));
        assertThat(followingUp.open("other", receipt.receiptCode())).isEmpty();
        assertThat(followingUp.open("open", ReceiptCode.generate())).isEmpty();
    }

    @Test
    void an_anonymous_complainant_reads_the_handlers_question_and_answers_it_and_each_step_is_an_event() {
        var receipt = sendAnonymously("open");
        var question = followingUp
                .ask("open", receipt.complaintId(), "kari", "Hvilken dag skjedde det?")
                .openQuestion()
                .orElseThrow();

        var answered =
                followingUp.addInformation("open", receipt.receiptCode(), "Tirsdag i forrige uke.", question.id());

        assertThat(answered.openQuestion()).isEmpty();
        assertThat(answered.messages())
                .extracting(Message::kind, Message::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Message.Kind.QUESTION, "Hvilken dag skjedde det?"),
                        org.assertj.core.groups.Tuple.tuple(Message.Kind.INFORMATION, "Tirsdag i forrige uke."));
        assertThat(complaints.promised)
                .extracting(e -> e.data().type())
                .containsExactly(
                        no.klagesak.contracts.ComplaintReceived.TYPE,
                        ComplaintQuestionAsked.TYPE,
                        ComplaintInformationAdded.TYPE);
        assertThat(((ComplaintInformationAdded) complaints.promised.getLast().data()).answersQuestion())
                .isEqualTo(question.id());
        assertThat(complaints.promised)
                .allSatisfy(e -> assertThat(EventJson.write(e)).doesNotContain("Tirsdag", "Hvilken dag"));
    }

    @Test
    void a_question_is_asked_only_in_the_handlers_own_tenant() {
        var receipt = sendAnonymously("open");
        assertThatThrownBy(() -> followingUp.ask("other", receipt.complaintId(), "kari", "Hei?"))
                .isInstanceOf(FollowingUp.UnknownReceiptCode.class);
    }

    @Test
    void an_answer_to_a_question_that_is_not_in_the_complaint_is_refused() {
        var receipt = sendAnonymously("open");
        assertThatThrownBy(() -> followingUp.addInformation("open", receipt.receiptCode(), "Svar", "m-unknown"))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class, i -> assertThat(i.problems()).containsEntry("answers", "invalid"));
        assertThat(complaints.promised).hasSize(1);
    }

    @Test
    void empty_or_oversized_information_is_refused_and_nothing_is_added() {
        var receipt = sendAnonymously("open");
        assertThatThrownBy(() -> followingUp.addInformation("open", receipt.receiptCode(), "  ", null))
                .isInstanceOf(InvalidComplaint.class);
        assertThatThrownBy(() -> followingUp.addInformation(
                        "open", receipt.receiptCode(), "x".repeat(Message.MAX_TEXT + 1), null))
                .isInstanceOf(InvalidComplaint.class);
        assertThat(followingUp.open("open", receipt.receiptCode()).orElseThrow().messages())
                .isEmpty();
    }

    @Test
    void a_withdrawn_complaint_takes_nothing_more() {
        var receipt = sendAnonymously("open");
        var withdrawn = followingUp.withdraw("open", receipt.receiptCode(), "Det ordnet seg.");

        assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(((ComplaintWithdrawn) complaints.promised.getLast().data()).reasonGiven())
                .isTrue();
        assertThatThrownBy(() -> followingUp.addInformation("open", receipt.receiptCode(), "Likevel", null))
                .isInstanceOf(FollowingUp.ComplaintWithdrawnAlready.class);
        assertThatThrownBy(() -> followingUp.withdraw("open", receipt.receiptCode(), null))
                .isInstanceOf(FollowingUp.ComplaintWithdrawnAlready.class);
    }

    @Test
    void escalation_to_management_is_asked_once_with_a_reason_where_the_routine_offers_it() {
        var receipt = sendAnonymously("open");
        assertThatThrownBy(() -> followingUp.requestEscalation("open", receipt.receiptCode(), " "))
                .isInstanceOf(InvalidComplaint.class);

        var escalated = followingUp.requestEscalation("open", receipt.receiptCode(), "Jeg er ikke fornøyd.");

        assertThat(escalated.state()).isEqualTo(CaseState.ESCALATION_REQUESTED);
        var event = (ComplaintEscalationRequested) complaints.promised.getLast().data();
        assertThat(event.messageId()).isEqualTo(escalated.messages().getLast().id());
        assertThatThrownBy(() -> followingUp.requestEscalation("open", receipt.receiptCode(), "Igjen"))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        i -> assertThat(i.problems()).containsEntry("escalation", "already-requested"));
    }

    @Test
    void escalation_is_refused_where_the_routine_does_not_offer_it() {
        var receipt = sendAnonymously("no-escalation");
        assertThatThrownBy(() -> followingUp.requestEscalation("no-escalation", receipt.receiptCode(), "Nei"))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        i -> assertThat(i.problems()).containsEntry("escalation", "not-offered"));
    }

    @Test
    void a_receipt_code_is_read_with_spaces_or_dashes_and_nothing_else() {
        assertThat(ReceiptCode.parse("1234 5678-9012 3456 7890")).hasValue(new ReceiptCode("12345678901234567890"));
        assertThat(ReceiptCode.parse("1234")).isEmpty();
        assertThat(ReceiptCode.parse("abcd5678901234567890")).isEmpty();
        assertThat(ReceiptCode.parse(null)).isEmpty();
        assertThat(new ReceiptCode("12345678901234567890").grouped()).isEqualTo("1234 5678 9012 3456 7890");
    }
}
