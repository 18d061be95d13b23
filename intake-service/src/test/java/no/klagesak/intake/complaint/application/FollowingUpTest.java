package no.klagesak.intake.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.CaseLifecycle;
import no.klagesak.contracts.CaseLifecycle.Step;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.ComplainantReportedDeviation;
import no.klagesak.contracts.ComplaintEscalationRequested;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.EventJson;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.AttachmentRules;
import no.klagesak.intake.complaint.model.CaseStateForbids;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.DeviationForm;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.intake.complaint.model.ReceiptCode;
import no.klagesak.intake.complaint.model.Track;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Follow-up with the receipt code: two-way communication without identity (routine 001), what named ones do, and
 * intake's copy of where routing says the case stands: the complainant reads the answer with their code, and every step
 * from intake's side is allowed exactly where the shared table says, refused with nothing stored elsewhere.
 */
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
    /** Seals as the event key would, bound to the tenant and complaint, so a test can tell sealed words from plain. */
    static final FollowingUp.WordsSealer SEALER = (tenant, complaint, words) ->
            "sealed:" + tenant + "/" + complaint + ":" + new StringBuilder(words).reverse();

    private final FollowingUp followingUp =
            new FollowingUp(complaints, RegisteringComplaintTest.HASHES, rules, clock, SEALER);

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

        assertThat(withdrawn.state()).isEqualTo(ComplainantState.WITHDRAWN);
        assertThat(((ComplaintWithdrawn) complaints.promised.getLast().data()).reasonGiven())
                .isTrue();
        assertThatThrownBy(() -> followingUp.addInformation("open", receipt.receiptCode(), "Likevel", null))
                .isInstanceOf(CaseStateForbids.class);
        assertThatThrownBy(() -> followingUp.withdraw("open", receipt.receiptCode(), null))
                .isInstanceOf(FollowingUp.ComplaintWithdrawnAlready.class);
    }

    @Test
    void escalation_to_management_is_asked_once_with_a_reason_where_the_routine_offers_it() {
        var receipt = receipt();
        assertThatThrownBy(() -> followingUp.requestEscalation("open", receipt.receiptCode(), "Før svaret"))
                .as("not before the answer")
                .isInstanceOf(CaseStateForbids.class);
        routingSays("RESOLVE", CaseState.RESOLVED, clock.instant().minusSeconds(60), "Svaret");
        assertThatThrownBy(() -> followingUp.requestEscalation("open", receipt.receiptCode(), " "))
                .isInstanceOf(InvalidComplaint.class);

        var escalated = followingUp.requestEscalation("open", receipt.receiptCode(), "Jeg er ikke fornøyd.");

        assertThat(escalated.state()).isEqualTo(ComplainantState.ESCALATION_REQUESTED);
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

    // Intake's copy of where routing says the case stands (ADR 0016).

    private RegisteringComplaint.@org.jspecify.annotations.Nullable Receipt followed;

    /** The complaint these tests follow, sent on first use. */
    private RegisteringComplaint.Receipt receipt() {
        if (followed == null) followed = registering.register(RegisteringComplaintTest.command("open", null));
        return followed;
    }

    /** Routing tells intake a step of the case, as its event would. */
    private void routingSays(String action, CaseState state, Instant at, String words) {
        routingSays(UUID.randomUUID().toString(), action, state, at, words, null);
    }

    private void routingSays(String eventId, String action, CaseState state, Instant at, String words) {
        routingSays(eventId, action, state, at, words, null);
    }

    private void routingSays(
            String eventId, String action, CaseState state, Instant at, String words, @Nullable Long version) {
        followingUp.caseChanged(
                "open",
                receipt().complaintId(),
                eventId,
                new CaseChanged(
                        receipt().reference(),
                        action,
                        state.name(),
                        "per",
                        LocalDate.of(2026, 12, 9),
                        action.equals("RESOLVE") || action.equals("DECIDE") ? "PARTLY_UPHELD" : null,
                        false,
                        null,
                        null,
                        version),
                at,
                words);
    }

    private FollowUp seen() {
        return followingUp.open("open", receipt().receiptCode()).orElseThrow();
    }

    @Test
    void the_anonymous_complainant_reads_the_answer_and_its_outcome_with_the_code_once_however_often_it_is_told() {
        Instant answered = clock.instant().minusSeconds(3600);
        routingSays("ACCEPT", CaseState.IN_PROGRESS, answered.minusSeconds(60), null);
        routingSays("answer-1", "RESOLVE", CaseState.RESOLVED, answered, "Du får delvis medhold. Maten blir varm.");
        routingSays("answer-1", "RESOLVE", CaseState.RESOLVED, answered, "Du får delvis medhold. Maten blir varm.");

        FollowUp seen = seen();
        assertThat(seen.shown()).isEqualTo(FollowUp.Shown.ANSWERED);
        assertThat(seen.standing().outcome()).isEqualTo("PARTLY_UPHELD");
        assertThat(seen.messages()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Message.Kind.ANSWER);
            assertThat(m.text()).isEqualTo("Du får delvis medhold. Maten blir varm.");
            assertThat(m.kind().fromComplainant()).isFalse();
        });
        assertThat(seen.allowedToComplainant(true)).containsExactly(Step.ESCALATE);
        assertThat(seen.allowedToComplainant(false)).isEmpty();
    }

    @Test
    void the_handler_routing_names_is_kept_and_none_once_the_case_is_back_in_the_triage_queue() {
        Instant at = clock.instant().minusSeconds(3600);
        routingSays("ACCEPT", CaseState.IN_PROGRESS, at, null);
        assertThat(seen().standing().handler()).isEqualTo("per");

        followingUp.caseChanged(
                "open",
                receipt().complaintId(),
                UUID.randomUUID().toString(),
                new CaseChanged(
                        receipt().reference(),
                        "RETURN_TO_TRIAGE",
                        CaseState.TRIAGE.name(),
                        null,
                        LocalDate.of(2026, 12, 9),
                        null,
                        false,
                        null,
                        null,
                        null),
                at.plusSeconds(60),
                null);
        assertThat(seen().standing().state()).isEqualTo(CaseState.TRIAGE);
        assertThat(seen().standing().handler())
                .as("no one handles it (the triage queue): the archive names the company")
                .isNull();
    }

    @Test
    void the_acknowledgement_the_handler_gave_is_shown_to_the_complainant_once_without_how_it_was_given() {
        for (int told = 0; told < 2; told++) {
            routingSays(
                    "ack-1", "ACKNOWLEDGE", CaseState.ASSIGNED, clock.instant().minusSeconds(60), null);
        }
        assertThat(seen().messages()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Message.Kind.ACKNOWLEDGED);
            assertThat(m.text()).isEmpty();
            assertThat(m.kind().fromComplainant()).isFalse();
        });
    }

    @Test
    void the_complainant_confirms_the_minutes_once_or_says_what_they_dispute_and_a_dispute_needs_words() {
        routingSays(
                "minutes-2",
                "SEND_MINUTES",
                CaseState.IN_PROGRESS,
                clock.instant().minusSeconds(60),
                "Vi avtalte møter.");
        var code = receipt().receiptCode();
        assertThat(seen().openMinutes())
                .hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("Vi avtalte møter."));
        assertThat(seen().allowedToComplainant(false)).contains(Step.ANSWER_MINUTES);

        assertThatThrownBy(() -> followingUp.answerMinutes("open", code, "minutes-2", false, " "))
                .isInstanceOf(InvalidComplaint.class);
        assertThatThrownBy(() -> followingUp.answerMinutes("open", code, "other", true, null))
                .isInstanceOf(InvalidComplaint.class);
        assertThatThrownBy(() -> followingUp.answerMinutes("open", code, "minutes-2", null, "Bare en kommentar"))
                .as("whether they agree is never assumed")
                .isInstanceOfSatisfying(
                        InvalidComplaint.class, i -> assertThat(i.problems()).containsEntry("agreed", "required"));
        followingUp.answerMinutes("open", code, "minutes-2", true, null);

        assertThat(seen().openMinutes()).isEmpty();
        assertThat(seen().allowedToComplainant(false)).doesNotContain(Step.ANSWER_MINUTES);
        var answered = (no.klagesak.contracts.MinutesAnswered)
                complaints.promised.getLast().data();
        assertThat(answered.agreed()).isTrue();
        assertThat(answered.minutesId()).isEqualTo("minutes-2");
        assertThatThrownBy(() -> followingUp.answerMinutes("open", code, "minutes-2", true, null))
                .as("once")
                .isInstanceOf(InvalidComplaint.class);
    }

    @Test
    void the_outcome_stays_when_the_answered_case_is_closed() {
        routingSays("RESOLVE", CaseState.RESOLVED, clock.instant().minusSeconds(60), "Svaret");
        routingSays("CLOSE", CaseState.CLOSED, clock.instant().minusSeconds(30), null);

        assertThat(seen().standing().outcome()).isEqualTo("PARTLY_UPHELD");
        assertThat(seen().shown()).isEqualTo(FollowUp.Shown.ANSWERED);
    }

    @Test
    void an_older_step_told_late_does_not_undo_a_later_one() {
        routingSays("DECIDE", CaseState.DECIDED, clock.instant().minusSeconds(10), "Endelig");
        routingSays("ACCEPT", CaseState.IN_PROGRESS, clock.instant().minusSeconds(500), null);

        assertThat(seen().shown()).isEqualTo(FollowUp.Shown.DECIDED);
        assertThat(seen().messages()).extracting(Message::kind).containsExactly(Message.Kind.DECISION);
    }

    @Test
    void a_step_overtaken_in_the_same_millisecond_does_not_undo_the_later_one_by_its_version() {
        Instant at = clock.instant().minusSeconds(10);
        routingSays("ask", "QUESTION_ASKED", CaseState.WAITING_FOR_COMPLAINANT, at, null, 3L);
        routingSays("accept", "ACCEPT", CaseState.IN_PROGRESS, at, null, 2L);

        assertThat(seen().shown()).isEqualTo(FollowUp.Shown.WAITING_FOR_YOU);
        routingSays("answered", "COMPLAINANT_ANSWERED", CaseState.IN_PROGRESS, at.minusSeconds(1), null, 4L);
        assertThat(seen().shown())
                .as("a later version wins whatever its clock says")
                .isEqualTo(FollowUp.Shown.IN_PROGRESS);
    }

    @Test
    void an_answer_given_by_phone_and_written_down_by_the_handler_closes_the_question_on_the_complainants_page() {
        var code = receipt().receiptCode();
        routingSays("ACCEPT", CaseState.IN_PROGRESS, clock.instant().minusSeconds(60), null);
        followingUp.ask("open", receipt().complaintId(), "per", "Når skjedde det?");
        routingSays(
                "QUESTION_ASKED",
                CaseState.WAITING_FOR_COMPLAINANT,
                clock.instant().minusSeconds(30),
                null);
        String question = seen().openQuestion().orElseThrow().id();

        for (int told = 0; told < 2; told++) {
            routingSays(
                    "recorded",
                    "RECORD_ANSWER",
                    CaseState.IN_PROGRESS,
                    clock.instant().minusSeconds(10),
                    null);
        }

        assertThat(seen().openQuestion()).isEmpty();
        assertThat(seen().allowedToComplainant(false)).doesNotContain(Step.ANSWER_QUESTION);
        assertThat(seen().messages())
                .filteredOn(m -> m.kind() == Message.Kind.ANSWER_RECORDED)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.answers()).isEqualTo(question);
                    assertThat(m.text())
                            .as("what they said stays in the case file")
                            .isEmpty();
                });
        // A second answer written on a page opened before is kept, not lost: information with the question named.
        followingUp.addInformation("open", code, "Det var i mai.", question);
        assertThat(seen().messages().getLast().answers()).isEqualTo(question);
    }

    @Test
    void after_managements_final_decision_the_complainant_can_do_nothing_and_the_handler_ask_nothing() {
        routingSays("DECIDE", CaseState.DECIDED, clock.instant().minusSeconds(10), "Ledelsen avgjør");
        var code = receipt().receiptCode();

        assertThatThrownBy(() -> followingUp.withdraw("open", code, null)).isInstanceOf(CaseStateForbids.class);
        assertThatThrownBy(() -> followingUp.addInformation("open", code, "Mer", null))
                .isInstanceOf(CaseStateForbids.class);
        assertThatThrownBy(() -> followingUp.requestEscalation("open", code, "Igjen"))
                .isInstanceOf(CaseStateForbids.class);
        assertThatThrownBy(() -> followingUp.ask("open", receipt().complaintId(), "per", "Hvorfor?"))
                .isInstanceOf(CaseStateForbids.class);
        assertThat(seen().shown()).isEqualTo(FollowUp.Shown.DECIDED);
        assertThat(seen().messages()).hasSize(1);
    }

    static Stream<Arguments> everyStateAndStep() {
        return Stream.of(CaseState.values())
                .flatMap(state -> Stream.of(Step.values()).map(step -> Arguments.of(state, step)));
    }

    /** The table from intake's side: every state routing can tell × every step intake takes. */
    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndStep")
    void each_step_is_taken_exactly_where_the_shared_table_allows_it_and_refused_with_nothing_stored_elsewhere(
            CaseState state, Step step) {
        // A question is open, and minutes are sent, so an answer has something to answer.
        followingUp.ask("open", receipt().complaintId(), "per", "Hvem var der?");
        routingSays(
                "minutes-1",
                "SEND_MINUTES",
                CaseState.IN_PROGRESS,
                clock.instant().minusSeconds(9),
                "Referat");
        routingSays("STEP", state, clock.instant().minusSeconds(5), null);
        String question = seen().openQuestion().orElseThrow().id();
        int before = seen().messages().size();
        int eventsBefore = complaints.promised.size();
        var code = receipt().receiptCode();

        Runnable take = switch (step) {
            case ADD_INFORMATION -> () -> followingUp.addInformation("open", code, "Mer", null);
            case ANSWER_QUESTION -> () -> followingUp.addInformation("open", code, "Svar", question);
            case WITHDRAW -> () -> followingUp.withdraw("open", code, null);
            case ESCALATE -> () -> followingUp.requestEscalation("open", code, "Ikke fornøyd");
            case ASK_QUESTION -> () -> followingUp.ask("open", receipt().complaintId(), "per", "Og?");
            case ANSWER_MINUTES -> () -> followingUp.answerMinutes("open", code, "minutes-1", false, "Ikke riktig");
        };
        boolean allowed = CaseLifecycle.allows(state, step);
        boolean offered = seen().allowedToComplainant(true).contains(step);
        if (step != Step.ASK_QUESTION)
            assertThat(offered).as("the page offers it").isEqualTo(allowed);
        if (allowed) {
            take.run();
            assertThat(seen().messages()).hasSize(before + 1);
            assertThat(complaints.promised).hasSize(eventsBefore + 1);
        } else {
            assertThatThrownBy(take::run).isInstanceOf(CaseStateForbids.class);
            assertThat(seen().messages()).hasSize(before);
            assertThat(complaints.promised).hasSize(eventsBefore);
        }
    }

    // A deviation from the routine, reported by the complainant with the code (routine 001).

    private static DeviationForm deviation(String formId, @Nullable String happenedOn) {
        return new DeviationForm(formId, "DEADLINE", "  Ingen svar innen fristen.  ", happenedOn, null);
    }

    @Test
    void a_complainant_reports_a_deviation_with_the_code_sealed_for_routing_and_kept_out_of_the_conversation() {
        var receipt = receipt();
        followingUp.ask("open", receipt.complaintId(), "per", "Hvem var der?");
        int messages = seen().messages().size();

        followingUp.reportDeviation(
                "open",
                receipt.receiptCode(),
                new DeviationForm("form-1", "LEVEL", " Lederen behandlet sin egen sak. ", "2026-11-25", true));

        var event = complaints.promised.getLast();
        assertThat(event.type()).isEqualTo(ComplainantReportedDeviation.TYPE);
        assertThat(event.complaintId()).isEqualTo(receipt.complaintId().value());
        assertThat(event.tenantId()).isEqualTo("open");
        assertThat(event.data())
                .isEqualTo(new ComplainantReportedDeviation(
                        "form-1",
                        "LEVEL",
                        SEALER.seal("open", receipt.complaintId().value(), "Lederen behandlet sin egen sak."),
                        LocalDate.of(2026, 11, 25),
                        true,
                        clock.instant()));
        assertThat(EventJson.write(event)).doesNotContain("Lederen behandlet");
        // Not in the conversation the handler reads, and the case's state is as it was.
        assertThat(seen().messages()).hasSize(messages);
        assertThat(seen().state()).isEqualTo(ComplainantState.RECEIVED);
        assertThat(seen().messages()).noneMatch(m -> m.text().contains("Lederen"));

        // Left out, the date is none and it does not concern the director.
        followingUp.reportDeviation("open", receipt.receiptCode(), deviation("form-2", null));
        var undated =
                (ComplainantReportedDeviation) complaints.promised.getLast().data();
        assertThat(undated.happenedOn()).isNull();
        assertThat(undated.concernsDirector()).isFalse();
    }

    /** Every state routing can tell, and withdrawn: a deviation may be found afterwards. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(CaseState.class)
    void a_deviation_is_reported_in_every_state_of_the_case(CaseState state) {
        if (state == CaseState.WITHDRAWN) {
            followingUp.withdraw("open", receipt().receiptCode(), null);
        } else {
            routingSays("STEP", state, clock.instant().minusSeconds(5), null);
        }
        int events = complaints.promised.size();

        followingUp.reportDeviation("open", receipt().receiptCode(), deviation("form-" + state, "2026-11-01"));

        assertThat(complaints.promised).hasSize(events + 1);
        assertThat(complaints.promised.getLast().data()).isInstanceOf(ComplainantReportedDeviation.class);
    }

    @Test
    void a_deviation_form_with_problems_is_refused_with_every_problem_and_nothing_is_promised() {
        var receipt = receipt();
        int events = complaints.promised.size();

        assertThatThrownBy(() -> followingUp.reportDeviation(
                        "open",
                        receipt.receiptCode(),
                        new DeviationForm(" ", "BAD", "x".repeat(5001), "2026-11-26", null)))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        i -> assertThat(i.problems())
                                .isEqualTo(Map.of(
                                        "formId", "required",
                                        "kind", "invalid",
                                        "text", "too-long",
                                        "happenedOn", "future")));
        assertThat(followingUp.deviationProblems(new DeviationForm(null, null, "  ", "25.11.2026", false)))
                .isEqualTo(
                        Map.of("formId", "required", "kind", "required", "text", "required", "happenedOn", "invalid"));
        assertThat(followingUp.deviationProblems(new DeviationForm("{\"$gt\":\"\"}", "OTHER", "Noe", null, null)))
                .isEqualTo(Map.of("formId", "invalid"));
        assertThat(followingUp.deviationProblems(
                        new DeviationForm("x".repeat(65), "OTHER", "y".repeat(5000), "2026-11-25", null)))
                .isEqualTo(Map.of("formId", "invalid"));
        // The form's problems are found before the code is looked up: a wrong code changes nothing in the answer.
        assertThatThrownBy(() -> followingUp.reportDeviation(
                        "open", ReceiptCode.generate(), new DeviationForm("f", "OTHER", "", null, null)))
                .isInstanceOf(InvalidComplaint.class);
        assertThat(complaints.promised).hasSize(events);
    }

    @Test
    void a_deviation_is_not_reported_with_a_wrong_code_nor_on_an_erased_complaint() {
        var receipt = receipt();
        assertThatThrownBy(() -> followingUp.reportDeviation("open", ReceiptCode.generate(), deviation("f-1", null)))
                .isInstanceOf(FollowingUp.UnknownReceiptCode.class);
        assertThatThrownBy(() -> followingUp.reportDeviation("other", receipt.receiptCode(), deviation("f-1", null)))
                .isInstanceOf(FollowingUp.UnknownReceiptCode.class);

        new ErasingComplaint(complaints, clock).erase("open", receipt.complaintId());
        int events = complaints.promised.size();
        assertThatThrownBy(() -> followingUp.reportDeviation("open", receipt.receiptCode(), deviation("f-1", null)))
                .isInstanceOf(FollowingUp.ComplaintErasedAlready.class);
        assertThat(complaints.promised).hasSize(events);
    }
}
