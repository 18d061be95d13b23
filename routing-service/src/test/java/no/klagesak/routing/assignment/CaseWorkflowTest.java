package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.klagesak.contracts.CaseLifecycle;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Routine.SpanUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case workflow: every state against every action, and what each action needs. */
class CaseWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static ComplaintCase complaintCase() {
        return complaintCase("COMPLAINT");
    }

    static ComplaintCase complaintCase(String track) {
        return complaintCase(track, Acknowledgement.EMAIL);
    }

    private static ComplaintCase complaintCase(String track, Acknowledgement acknowledgement) {
        return complaintCase(track, acknowledgement, List.of("kari"));
    }

    private static ComplaintCase complaintCase(String track, Acknowledgement acknowledgement, List<String> concerned) {
        return new ComplaintCase(
                "c-1",
                "t",
                "FJV-2026-0001",
                track,
                "FOLLOW_UP",
                1,
                "per",
                HandlerLevel.LINE_MANAGER,
                14,
                LocalDate.of(2026, 12, 9),
                Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-11-25T09:00:01Z"),
                "Sendt til den som tar imot klager, Per.",
                concerned,
                LocalDate.of(2026, 11, 30),
                List.of(LocalDate.of(2026, 12, 6)),
                List.of(),
                null,
                acknowledgement);
    }

    private static CaseFile in(CaseState state) {
        return new CaseFile(complaintCase(), state, 7, null);
    }

    /**
     * A check-in is for whistleblowing reports, and an acknowledgement for complaints the handler must acknowledge;
     * every other action is tried on a complaint acknowledged by e-mail.
     */
    private static CaseFile in(CaseState state, CaseAction action) {
        return switch (action) {
            case CHECK_IN -> new CaseFile(complaintCase("WHISTLEBLOWING"), state, 7, null);
            case ACKNOWLEDGE -> new CaseFile(complaintCase("COMPLAINT", Acknowledgement.BY_HANDLER), state, 7, null);
            default -> in(state);
        };
    }

    /** A transition with everything any action needs. */
    private static Transition complete(CaseAction action) {
        return new Transition(
                action,
                "per",
                // Whom a case concerns is corrected in every open state; handing it over with it, only where handled.
                action == CaseAction.CORRECT_CONCERNED ? null : "siri",
                "Vi hadde et møte og fant en løsning.",
                "Per har for mange saker.",
                Outcome.PARTLY_UPHELD,
                "Fast møte hver uke.",
                LocalDate.of(2026, 12, 23),
                true);
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(CaseState.values())
                .flatMap(state -> Stream.of(CaseAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void every_action_is_allowed_exactly_where_the_workflow_allows_it_and_refused_with_a_reason_elsewhere(
            CaseState state, CaseAction action) {
        boolean allowed = CaseWorkflow.ALLOWED.get(state).contains(action);
        if (allowed) {
            var step = CaseWorkflow.apply(in(state, action), complete(action), NOW, SpanUnit.DAYS);
            assertThat(step.file().version()).isEqualTo(8);
            assertThat(step.entry().from()).isEqualTo(state);
            assertThat(step.entry().to()).isEqualTo(step.file().state());
        } else {
            assertThatThrownBy(() -> CaseWorkflow.apply(in(state, action), complete(action), NOW, SpanUnit.DAYS))
                    .isInstanceOf(InvalidTransition.class)
                    .hasMessageContaining(
                            state == CaseState.DECIDED
                                    ? "endelig"
                                    : state == CaseState.WITHDRAWN ? "trukket tilbake" : action.name());
        }
    }

    static Stream<Arguments> everyStateAndStepFromOutside() {
        return Stream.of(CaseState.values())
                .flatMap(state -> CaseWorkflow.FROM_OUTSIDE.keySet().stream().map(a -> Arguments.of(state, a)));
    }

    /**
     * The table from routing's side: the steps intake sends (the complainant's, and the handler's question) are taken
     * in exactly the states the shared table allows them.
     */
    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndStepFromOutside")
    void the_steps_from_intake_follow_the_shared_table_in_every_state(CaseState state, CaseAction action) {
        boolean allowed = CaseLifecycle.allows(state, CaseWorkflow.FROM_OUTSIDE.get(action));
        if (allowed) {
            assertThat(CaseWorkflow.apply(in(state, action), complete(action), NOW, SpanUnit.DAYS)
                            .file()
                            .version())
                    .isEqualTo(8);
        } else {
            assertThatThrownBy(() -> CaseWorkflow.apply(in(state, action), complete(action), NOW, SpanUnit.DAYS))
                    .isInstanceOf(InvalidTransition.class);
        }
    }

    @Test
    void a_complainant_without_e_mail_or_code_answers_by_phone_and_the_handler_records_it_and_the_clock_runs_again() {
        var waiting = CaseWorkflow.apply(
                        in(CaseState.IN_PROGRESS), Transition.of(CaseAction.QUESTION_ASKED, "per"), NOW, SpanUnit.DAYS)
                .file();
        assertThatThrownBy(() ->
                        CaseWorkflow.apply(waiting, Transition.of(CaseAction.RECORD_ANSWER, "per"), NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("hva klageren svarte");

        var answered = CaseWorkflow.apply(
                waiting,
                new Transition(
                        CaseAction.RECORD_ANSWER,
                        "per",
                        null,
                        "Ringte 2. desember: hun var der alene.",
                        null,
                        null,
                        null,
                        null,
                        false),
                NOW.plusSeconds(3 * 86_400),
                SpanUnit.DAYS);

        assertThat(answered.file().state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(answered.file().pausedOn()).isNull();
        assertThat(answered.file().complaintCase().deadline())
                .isEqualTo(waiting.complaintCase().deadline().plusDays(3));
        assertThat(answered.entry().text()).isEqualTo("Ringte 2. desember: hun var der alene.");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(
            value = CaseState.class,
            names = {"TRIAGE", "ASSIGNED", "IN_PROGRESS", "ESCALATED"})
    void an_answer_to_a_question_in_a_case_that_does_not_wait_goes_on_the_file_and_moves_neither_state_nor_clock(
            CaseState state) {
        var file = in(state);

        var answered = CaseWorkflow.apply(
                file, Transition.of(CaseAction.COMPLAINANT_ANSWERED, "complainant"), NOW, SpanUnit.DAYS);

        assertThat(answered.file().state()).isEqualTo(state);
        assertThat(answered.file().complaintCase().deadline())
                .isEqualTo(file.complaintCase().deadline());
        assertThat(answered.entry().action()).isEqualTo(CaseAction.COMPLAINANT_ANSWERED);
    }

    private static Transition exception(LocalDate reviewOn) {
        return new Transition(
                CaseAction.CONCERNED_NOTICE_EXCEPTION,
                "per",
                null,
                null,
                "Undersøkelsen pågår; hun kan påvirke vitnene.",
                null,
                null,
                reviewOn,
                false);
    }

    @Test
    void an_exception_not_to_tell_the_person_named_has_a_review_date_within_a_year_and_is_overdue_once_it_passes() {
        var file = in(CaseState.IN_PROGRESS);
        LocalDate today = LocalDate.of(2026, 11, 30);
        for (LocalDate wrong : new LocalDate[] {null, today, today.plusDays(400)}) {
            assertThatThrownBy(() -> CaseWorkflow.apply(file, exception(wrong), NOW, SpanUnit.DAYS))
                    .as("review on %s", wrong)
                    .isInstanceOf(InvalidTransition.class)
                    .hasMessageContaining("vurderes på nytt");
        }

        var excepted = CaseWorkflow.apply(file, exception(today.plusDays(60)), NOW, SpanUnit.DAYS);
        var notice = ConcernedNotice.of(java.util.List.of(excepted.entry()));

        assertThat(notice.handled()).isTrue();
        assertThat(notice.exceptionReviewOn()).isEqualTo(today.plusDays(60));
        assertThat(notice.reviewDue(today.plusDays(59))).isFalse();
        assertThat(notice.reviewDue(today.plusDays(60)))
                .as("reminded on the day")
                .isTrue();
        assertThat(notice.reviewOverdue(today.plusDays(60))).isFalse();
        assertThat(notice.reviewOverdue(today.plusDays(61)))
                .as("a deviation the day after")
                .isTrue();

        var told = CaseWorkflow.apply(
                excepted.file(), Transition.of(CaseAction.SEND_CONCERNED_NOTICE, "per"), NOW, SpanUnit.DAYS);
        var lifted = ConcernedNotice.of(java.util.List.of(excepted.entry(), told.entry()));
        assertThat(lifted.handled()).isTrue();
        assertThat(lifted.exceptionReviewOn()).as("lifted: the person is told").isNull();
    }

    @Test
    void a_complainant_who_never_answers_keeps_no_case_open_and_one_waited_on_too_long_shows() {
        var waiting = CaseWorkflow.apply(
                        in(CaseState.IN_PROGRESS), Transition.of(CaseAction.QUESTION_ASKED, "per"), NOW, SpanUnit.DAYS)
                .file();
        LocalDate paused = waiting.pausedOn();
        int days = waiting.complaintCase().handlingTimeDays();
        var summary = new CaseSummary(waiting, false, 0, false, false, false, null);
        assertThat(summary.waitingLong(paused.plusDays(days))).isFalse();
        assertThat(summary.waitingLong(paused.plusDays(days + 1))).isTrue();
        assertThat(summary.overdue(paused.plusDays(days + 1)))
                .as("the clock stands still: never late")
                .isFalse();

        var answered = CaseWorkflow.apply(waiting, complete(CaseAction.RESOLVE), NOW.plusSeconds(86_400), SpanUnit.DAYS)
                .file();
        assertThat(answered.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(answered.pausedOn()).isNull();
    }

    @Test
    void a_complaint_answered_without_the_discussion_the_routine_asks_for_is_a_deviation() {
        var resolved = new CaseFile(complaintCase(), CaseState.RESOLVED, 9, null);
        LocalDate today = LocalDate.of(2026, 12, 1);

        assertThat(new CaseSummary(resolved, false, 0, false, true, false, Outcome.UPHELD).deviations(today, true))
                .containsExactly("DISCUSSION");
        assertThat(new CaseSummary(resolved, false, 0, false, true, true, Outcome.UPHELD).deviations(today, true))
                .isEmpty();
        assertThat(new CaseSummary(resolved, false, 0, false, true, false, Outcome.UPHELD).deviations(today, false))
                .as("where the routine does not ask for it")
                .isEmpty();
        assertThat(new CaseSummary(in(CaseState.IN_PROGRESS), false, 0, false, true, false, null)
                        .deviations(today, true))
                .as("not before it is answered: there is time yet")
                .doesNotContain("DISCUSSION");
    }

    @Test
    void the_handlers_day_accept_ask_answer_resolve_close() {
        var file = in(CaseState.ASSIGNED);
        file = CaseWorkflow.apply(file, Transition.of(CaseAction.ACCEPT, "per"), NOW, SpanUnit.DAYS)
                .file();
        assertThat(file.state()).isEqualTo(CaseState.IN_PROGRESS);

        file = CaseWorkflow.apply(file, Transition.of(CaseAction.QUESTION_ASKED, "per"), NOW, SpanUnit.DAYS)
                .file();
        assertThat(file.state()).isEqualTo(CaseState.WAITING_FOR_COMPLAINANT);
        assertThat(file.pausedOn()).isEqualTo(LocalDate.of(2026, 11, 30));

        // Five days later the complainant answers: the deadline moves five days.
        var answered = CaseWorkflow.apply(
                file,
                Transition.of(CaseAction.COMPLAINANT_ANSWERED, "complainant"),
                NOW.plusSeconds(5 * 86_400),
                SpanUnit.DAYS);
        assertThat(answered.file().state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(answered.file().complaintCase().deadline()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(answered.file().complaintCase().reminders()).containsExactly(LocalDate.of(2026, 12, 11));
        assertThat(answered.entry().deadline()).isEqualTo(LocalDate.of(2026, 12, 14));

        var resolved = CaseWorkflow.apply(answered.file(), complete(CaseAction.RESOLVE), NOW, SpanUnit.DAYS);
        assertThat(resolved.file().state()).isEqualTo(CaseState.RESOLVED);
        assertThat(resolved.entry().outcome()).isEqualTo(Outcome.PARTLY_UPHELD);
        assertThat(resolved.entry().improvements()).isEqualTo("Fast møte hver uke.");

        var closed = CaseWorkflow.apply(resolved.file(), Transition.of(CaseAction.CLOSE, "per"), NOW, SpanUnit.DAYS);
        assertThat(closed.file().state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void a_reassignment_needs_a_reason_and_never_goes_to_the_person_the_complaint_concerns() {
        var noReason = new Transition(CaseAction.REASSIGN, "dir", "siri", null, null, null, null, null, false);
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), noReason, NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("hvorfor");
        var toKari = new Transition(CaseAction.REASSIGN, "dir", "kari", null, "Ferie", null, null, null, false);
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), toKari, NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("gjelder denne personen");

        var step = CaseWorkflow.apply(in(CaseState.IN_PROGRESS), complete(CaseAction.REASSIGN), NOW, SpanUnit.DAYS);
        assertThat(step.file().complaintCase().handler()).isEqualTo("siri");
        assertThat(step.file().state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(step.entry().reason()).isEqualTo("Per har for mange saker.");
    }

    @Test
    void whom_a_case_concerns_is_corrected_with_a_reason_and_the_explanation_says_so() {
        var correction = new Transition(
                CaseAction.CORRECT_CONCERNED, "per", null, "Kari", null, null, null, null, false, List.of("kari"));
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), correction, NOW, SpanUnit.DAYS))
                .hasMessageContaining("Skriv hvorfor");

        var step = CaseWorkflow.apply(
                in(CaseState.IN_PROGRESS),
                new Transition(
                        CaseAction.CORRECT_CONCERNED,
                        "per",
                        "siri",
                        "Kari",
                        "Klageren mente arbeidslederen",
                        null,
                        null,
                        null,
                        false,
                        List.of("kari")),
                NOW,
                SpanUnit.DAYS);

        var c = step.file().complaintCase();
        assertThat(c.concerned()).containsExactly("kari");
        assertThat(c.explanation()).endsWith("Mottakeren rettet hvem saken gjelder: Kari.");
        assertThat(c.handler()).isEqualTo("siri");
        assertThat(step.file().state()).isEqualTo(CaseState.ASSIGNED);
        assertThatThrownBy(() -> CaseWorkflow.apply(
                        in(CaseState.IN_PROGRESS),
                        new Transition(
                                CaseAction.CORRECT_CONCERNED,
                                "per",
                                "kari",
                                "Kari",
                                "Hun kjenner saken",
                                null,
                                null,
                                null,
                                false,
                                List.of("kari")),
                        NOW,
                        SpanUnit.DAYS))
                .hasMessageContaining("Saken gjelder denne personen");
        var nobody = CaseWorkflow.apply(
                in(CaseState.TRIAGE),
                new Transition(
                        CaseAction.CORRECT_CONCERNED,
                        "per",
                        null,
                        "",
                        "Ingen bestemt",
                        null,
                        null,
                        null,
                        false,
                        List.of()),
                NOW,
                SpanUnit.DAYS);
        assertThat(nobody.file().complaintCase().concerned()).isEmpty();
        assertThat(nobody.file().complaintCase().explanation()).endsWith("gjelder: ingen bestemt.");
    }

    @Test
    void a_later_deadline_needs_a_reason_for_the_complainant_and_must_be_later() {
        var earlier = new Transition(
                CaseAction.EXTEND_DEADLINE, "per", null, null, "Vent", null, null, LocalDate.of(2026, 12, 1), false);
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), earlier, NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("etter 2026-12-09");
        var noReason = new Transition(
                CaseAction.EXTEND_DEADLINE, "per", null, null, " ", null, null, LocalDate.of(2026, 12, 20), false);
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), noReason, NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("begrunnelsen");

        var step =
                CaseWorkflow.apply(in(CaseState.IN_PROGRESS), complete(CaseAction.EXTEND_DEADLINE), NOW, SpanUnit.DAYS);
        assertThat(step.file().complaintCase().deadline()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(step.entry().reason()).isEqualTo("Per har for mange saker.");
    }

    @Test
    void resolving_needs_an_outcome_and_the_written_response() {
        var noText = new Transition(CaseAction.RESOLVE, "per", null, " ", null, Outcome.UPHELD, null, null, false);
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), noText, NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("svaret");
        var noOutcome = new Transition(CaseAction.RESOLVE, "per", null, "Svar", null, null, null, null, false);
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), noOutcome, NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("utfallet");
    }

    @Test
    void a_meeting_counts_only_with_minutes_both_parties_agreed() {
        var notAgreed = new Transition(CaseAction.RECORD_MEETING, "per", null, "Møte", null, null, null, null, false);
        assertThatThrownBy(() -> CaseWorkflow.apply(in(CaseState.IN_PROGRESS), notAgreed, NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("begge parter");
    }

    @Test
    void managements_decision_on_an_escalation_is_final_and_locks_the_case() {
        var escalated = CaseWorkflow.apply(
                        in(CaseState.RESOLVED), Transition.of(CaseAction.ESCALATE, "complainant"), NOW, SpanUnit.DAYS)
                .file();
        var decided = CaseWorkflow.apply(escalated, complete(CaseAction.DECIDE), NOW, SpanUnit.DAYS)
                .file();

        assertThat(decided.state()).isEqualTo(CaseState.DECIDED);
        for (CaseAction action : CaseAction.values()) {
            // What is owed to the reporter and to the person named follows the case after a decision.
            if (action == CaseAction.CHECK_IN
                    || action == CaseAction.NOTIFY_CONCERNED
                    || action == CaseAction.SEND_CONCERNED_NOTICE
                    || action == CaseAction.CONCERNED_NOTICE_EXCEPTION) {
                continue;
            }
            assertThatThrownBy(() -> CaseWorkflow.apply(decided, complete(action), NOW, SpanUnit.DAYS))
                    .isInstanceOf(InvalidTransition.class)
                    .hasMessageContaining("endelig");
        }
    }

    @Test
    void a_whistleblower_is_checked_in_with_in_every_state_with_a_note_and_a_complainant_never() {
        for (CaseState state : CaseState.values()) {
            var report = new CaseFile(complaintCase("WHISTLEBLOWING"), state, 7, null);
            var step = CaseWorkflow.apply(report, complete(CaseAction.CHECK_IN), NOW, SpanUnit.DAYS);
            assertThat(step.file().state()).as(state.name()).isEqualTo(state);
            assertThat(step.entry().text()).isEqualTo("Vi hadde et møte og fant en løsning.");
            assertThatThrownBy(() ->
                            CaseWorkflow.apply(report, Transition.of(CaseAction.CHECK_IN, "per"), NOW, SpanUnit.DAYS))
                    .hasMessageContaining("hvordan den som varslet har det");
        }
        assertThatThrownBy(() -> CaseWorkflow.apply(
                        in(CaseState.IN_PROGRESS), complete(CaseAction.CHECK_IN), NOW, SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("gjelder bare varsler");
    }

    /**
     * Datatilsynet: the person a case names is told within a month, or the exception is justified case by case
     * (personopplysningsloven § 16); in any state; a case that names no one has no such duty. Past the month without
     * either, it is a deviation on the managers' overview.
     */
    @Test
    void the_person_a_case_names_is_told_within_a_month_or_the_exception_is_justified_else_a_deviation() {
        var named = in(CaseState.RESOLVED);
        LocalDate due = named.complaintCase().concernedNoticeBy();
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 25));

        var told = CaseWorkflow.apply(named, complete(CaseAction.NOTIFY_CONCERNED), NOW, SpanUnit.DAYS);
        assertThat(told.file().state()).isEqualTo(CaseState.RESOLVED);
        assertThat(told.entry().text()).isEqualTo("Vi hadde et møte og fant en løsning.");
        assertThatThrownBy(() -> CaseWorkflow.apply(
                        named, Transition.of(CaseAction.NOTIFY_CONCERNED, "per"), NOW, SpanUnit.DAYS))
                .hasMessageContaining("hvordan og når personen");
        var excepted = CaseWorkflow.apply(named, complete(CaseAction.CONCERNED_NOTICE_EXCEPTION), NOW, SpanUnit.DAYS);
        assertThat(excepted.entry().reason()).isEqualTo("Per har for mange saker.");
        assertThatThrownBy(() -> CaseWorkflow.apply(
                        named, Transition.of(CaseAction.CONCERNED_NOTICE_EXCEPTION, "per"), NOW, SpanUnit.DAYS))
                .hasMessageContaining("§ 16");

        var nobody = new CaseFile(
                complaintCase("COMPLAINT", Acknowledgement.EMAIL, List.of()), CaseState.IN_PROGRESS, 7, null);
        assertThat(nobody.complaintCase().concernedNoticeBy()).isNull();
        assertThatThrownBy(() -> CaseWorkflow.apply(nobody, complete(CaseAction.NOTIFY_CONCERNED), NOW, SpanUnit.DAYS))
                .hasMessageContaining("ingen bestemt person");

        assertThat(new CaseSummary(named, false, 0, false, false, false, null).deviation(due))
                .isFalse();
        assertThat(new CaseSummary(named, false, 0, false, false, false, null).concernedNoticeOverdue(due.plusDays(1)))
                .isTrue();
        assertThat(new CaseSummary(named, false, 0, false, false, false, null).deviation(due.plusDays(1)))
                .isTrue();
        assertThat(new CaseSummary(named, false, 0, false, false, false, null).deviations(due.plusDays(1)))
                .contains("CONCERNED_NOTICE");
        assertThat(new CaseSummary(named, false, 0, false, true, false, null).concernedNoticeOverdue(due.plusDays(1)))
                .isFalse();
        assertThat(new CaseSummary(nobody, false, 0, false, false, false, null).concernedNoticeOverdue(due.plusDays(1)))
                .isFalse();
    }

    @Test
    void the_handler_records_the_acknowledgement_only_where_no_e_mail_or_receipt_page_gave_it() {
        var byHandler =
                new CaseFile(complaintCase("COMPLAINT", Acknowledgement.BY_HANDLER), CaseState.ASSIGNED, 7, null);
        var step = CaseWorkflow.apply(
                byHandler,
                new Transition(CaseAction.ACKNOWLEDGE, "per", null, "Brev sendt 26.11.", null, null, null, null, false),
                NOW,
                SpanUnit.DAYS);
        assertThat(step.file().state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(step.entry().text()).isEqualTo("Brev sendt 26.11.");
        assertThatThrownBy(() ->
                        CaseWorkflow.apply(byHandler, Transition.of(CaseAction.ACKNOWLEDGE, "per"), NOW, SpanUnit.DAYS))
                .hasMessageContaining("brev, telefon eller møte");

        for (var automatic : List.of(Acknowledgement.EMAIL, Acknowledgement.RECEIPT_PAGE, Acknowledgement.NONE)) {
            var file = new CaseFile(complaintCase("COMPLAINT", automatic), CaseState.ASSIGNED, 7, null);
            assertThatThrownBy(() -> CaseWorkflow.apply(file, complete(CaseAction.ACKNOWLEDGE), NOW, SpanUnit.DAYS))
                    .as(automatic.name())
                    .isInstanceOf(InvalidTransition.class)
                    .hasMessageContaining(automatic == Acknowledgement.NONE ? "anonym" : "automatisk");
        }
    }

    @Test
    void how_the_acknowledgement_is_given_follows_from_how_the_complaint_came() {
        var email = new no.klagesak.contracts.ComplaintReceived.AcknowledgementAddress("kari@example.org", "nb");
        assertThat(Acknowledgement.of(received("STAFF_REGISTRATION", false, email)))
                .isEqualTo(Acknowledgement.EMAIL);
        assertThat(Acknowledgement.of(received("WEB_FORM", false, null))).isEqualTo(Acknowledgement.RECEIPT_PAGE);
        assertThat(Acknowledgement.of(received("WEB_FORM", true, null))).isEqualTo(Acknowledgement.RECEIPT_PAGE);
        assertThat(Acknowledgement.of(received("STAFF_REGISTRATION", false, null)))
                .isEqualTo(Acknowledgement.BY_HANDLER);
        assertThat(Acknowledgement.of(received("STAFF_REGISTRATION", true, null)))
                .isEqualTo(Acknowledgement.NONE);
    }

    private static no.klagesak.contracts.ComplaintReceived received(
            String channel, boolean anonymous, no.klagesak.contracts.ComplaintReceived.AcknowledgementAddress address) {
        return new no.klagesak.contracts.ComplaintReceived(
                "FJV-2026-0001", "COMPLAINT", channel, "PARTICIPANT", "FOLLOW_UP", 1, anonymous, false, NOW, address);
    }

    @Test
    void an_acknowledgement_the_handler_owes_is_overdue_the_day_after_it_was_due_and_a_deviation() {
        var owed = new CaseFile(complaintCase("COMPLAINT", Acknowledgement.BY_HANDLER), CaseState.ASSIGNED, 7, null);
        LocalDate due = owed.complaintCase().acknowledgeBy();

        assertThat(new CaseSummary(owed, false, 0, false).acknowledgementOverdue(due))
                .isFalse();
        assertThat(new CaseSummary(owed, false, 0, false).acknowledgementOverdue(due.plusDays(1)))
                .isTrue();
        assertThat(new CaseSummary(owed, false, 0, false).deviation(due.plusDays(1)))
                .isTrue();
        assertThat(new CaseSummary(owed, false, 0, true).acknowledgementOverdue(due.plusDays(1)))
                .isFalse();
        var emailed = new CaseFile(complaintCase(), CaseState.ASSIGNED, 7, null);
        assertThat(new CaseSummary(emailed, false, 0, false).acknowledgementOverdue(due.plusDays(1)))
                .isFalse();
    }

    @Test
    void a_check_in_held_early_holds_the_next_planned_one() {
        var report = complaintCase("WHISTLEBLOWING");
        report = new ComplaintCase(
                report.complaintId(),
                report.tenantId(),
                report.reference(),
                report.track(),
                report.category(),
                report.policyVersion(),
                report.handler(),
                report.handlerLevel(),
                report.handlingTimeDays(),
                report.deadline(),
                report.receivedAt(),
                report.assignedAt(),
                report.explanation(),
                report.concerned(),
                report.acknowledgeBy(),
                report.reminders(),
                CaseDeadlines.checkIns(report.receivedAt(), List.of(90, 30, 180, 30)),
                null,
                report.acknowledgement());

        assertThat(report.checkIns())
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 2, 23), LocalDate.of(2027, 5, 24));
        assertThat(CheckIn.plan(report, 1, LocalDate.of(2027, 3, 1)))
                .containsExactly(
                        new CheckIn(LocalDate.of(2026, 12, 25), true, false),
                        new CheckIn(LocalDate.of(2027, 2, 23), false, true),
                        new CheckIn(LocalDate.of(2027, 5, 24), false, false));
    }

    @Test
    void a_stopped_clock_counts_working_days_where_the_routine_does() {
        // Paused Friday 18 December 2026, answered Monday 28 December: the 21st to the 24th and the 28th are working
        // days (Christmas Eve is not a public holiday; the 25th and 26th are).
        var file = new CaseFile(complaintCase(), CaseState.WAITING_FOR_COMPLAINANT, 1, LocalDate.of(2026, 12, 18));
        var step = CaseWorkflow.apply(
                file,
                Transition.of(CaseAction.COMPLAINANT_ANSWERED, "complainant"),
                Instant.parse("2026-12-28T09:00:00Z"),
                SpanUnit.WORKING_DAYS);

        // 9 December + 5 working days: 10, 11, 14, 15, 16.
        assertThat(step.file().complaintCase().deadline()).isEqualTo(LocalDate.of(2026, 12, 16));
    }
}
