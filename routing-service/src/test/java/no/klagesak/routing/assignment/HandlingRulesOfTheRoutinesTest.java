package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Organisation.Unit;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Template;
import org.junit.jupiter.api.Test;

/**
 * The handling rules of the five published routines, each shown by a tenant configured as that routine's template
 * configures it: where a case goes, its deadlines, and how it may end. Named after the rule, not the company.
 */
class HandlingRulesOfTheRoutinesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private static Person person(String id, String name, String manager) {
        return new Person(id, name, id + "@x.example", id, null, "u-verksted", manager, true);
    }

    /** Dagny directs; Per leads the workshop; Kari supervises there; Vera receives whistleblowing reports. */
    private static final Organisation ORGANISATION = new Organisation(
            List.of(
                    new Unit("u-root", "Bedriften", null, "dagny"),
                    new Unit("u-verksted", "Verkstedet", "u-root", "per")),
            List.of(
                    person("dagny", "Dagny", null),
                    person("per", "Per", "dagny"),
                    person("kari", "Kari", "per"),
                    person("vera", "Vera", "dagny"),
                    person("berit", "Berit", null)),
            "dagny",
            List.of("dagny", "per"),
            "berit");

    private static Routine routine(Template template) {
        // The receiving person of each template is Kari, the supervisor nearest the participants.
        return template.routine("Bedriften", "kari");
    }

    private static Router.Decision route(Template template, Router.Request request) {
        return Router.route(routine(template), ORGANISATION, request);
    }

    private static CaseDeadlines deadlines(Template template, Routine.Track track) {
        return CaseDeadlines.of(MONDAY, routine(template).deadlines().of(track));
    }

    // 000: at the lowest level; 14 days; escalation to management, whose decision is final.

    @Test
    void a_complaint_is_handled_at_the_lowest_level_first() {
        var decision = route(
                Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL, Router.Request.plain(Routine.Track.COMPLAINT, false));
        assertThat(decision.username()).isEqualTo("kari");
    }

    @Test
    void the_answer_is_due_within_fourteen_days() {
        assertThat(deadlines(Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL, Routine.Track.COMPLAINT)
                        .answerBy())
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void managements_decision_after_an_escalation_is_final() {
        var escalated = new CaseFile(caseOf("kari"), CaseState.ESCALATED, 3, null);
        var decided = CaseWorkflow.apply(
                        escalated,
                        new Transition(
                                CaseAction.DECIDE, "dagny", null, "Avgjort.", null, Outcome.UPHELD, null, null, false),
                        MONDAY,
                        Routine.SpanUnit.DAYS)
                .file();
        assertThatThrownBy(() -> CaseWorkflow.apply(
                        decided, Transition.of(CaseAction.RECORD_ACTION, "dagny"), MONDAY, Routine.SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void a_later_deadline_needs_a_reason_the_complainant_is_given() {
        var file = new CaseFile(caseOf("kari"), CaseState.IN_PROGRESS, 1, null);
        assertThatThrownBy(() -> CaseWorkflow.apply(
                        file,
                        new Transition(
                                CaseAction.EXTEND_DEADLINE,
                                "kari",
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.of(2026, 12, 20),
                                false),
                        MONDAY,
                        Routine.SpanUnit.DAYS))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("begrunnelsen");
    }

    // 001: oral or written; two weeks; one level up when it concerns the nearest superior.

    @Test
    void a_complaint_about_the_nearest_superior_goes_one_level_up() {
        var decision =
                route(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS, Router.Request.plain(Routine.Track.COMPLAINT, true));
        assertThat(decision.username()).isEqualTo("per");
        assertThat(decision.level()).isEqualTo(HandlerLevel.ONE_LEVEL_UP);
        assertThat(decision.concerned()).contains("kari");
    }

    @Test
    void a_written_complaint_is_discussed_with_the_receivers_own_superior() {
        assertThat(routine(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS).notices().writtenComplaintsToReceiversSuperior())
                .isTrue();
        var step = CaseWorkflow.apply(
                new CaseFile(caseOf("kari"), CaseState.IN_PROGRESS, 1, null),
                new Transition(
                        CaseAction.DISCUSSED_WITH_SUPERIOR,
                        "kari",
                        null,
                        "Per er enig.",
                        null,
                        null,
                        null,
                        null,
                        false),
                MONDAY,
                Routine.SpanUnit.DAYS);
        assertThat(step.entry().action()).isEqualTo(CaseAction.DISCUSSED_WITH_SUPERIOR);
        assertThat(step.file().state()).isEqualTo(CaseState.IN_PROGRESS);
    }

    @Test
    void the_answer_is_due_within_two_weeks() {
        assertThat(deadlines(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS, Routine.Track.COMPLAINT)
                        .answerBy())
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }

    // 002: the management meeting decides who handles it; four weeks.

    @Test
    void the_management_meeting_hands_out_every_complaint() {
        var decision = route(
                Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS, Router.Request.plain(Routine.Track.COMPLAINT, false));
        assertThat(decision.handler()).isNull();
        assertThat(decision.level()).isEqualTo(HandlerLevel.MANAGEMENT_TRIAGE);
        assertThat(CasePermissions.refusal(CaseAction.ASSIGN, caseOf(null), ORGANISATION, "per"))
                .isNull();
        assertThat(CasePermissions.refusal(CaseAction.ASSIGN, caseOf(null), ORGANISATION, "kari"))
                .isNotNull();
    }

    @Test
    void the_answer_is_due_within_four_weeks() {
        assertThat(deadlines(Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS, Routine.Track.COMPLAINT)
                        .answerBy())
                .isEqualTo(LocalDate.of(2026, 12, 21));
    }

    // 003: through the line, or to a department leader the complainant chooses; 14 days.

    @Test
    void the_complainant_may_take_it_to_a_department_leader() {
        var decision = route(
                Template.THROUGH_THE_LINE_NAMED_14_DAYS,
                new Router.Request(Routine.Track.COMPLAINT, false, null, null, "per"));
        assertThat(decision.username()).isEqualTo("per");
        assertThat(decision.level()).isEqualTo(HandlerLevel.CHOSEN_RECEIVER);
    }

    // 004: complaints and whistleblowing in one routine; reports to designated receivers; 7 days and 3 months.

    @Test
    void a_whistleblowing_report_goes_to_a_designated_receiver_and_only_they_see_it() {
        var routine = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS)
                .withReceivers(new Routine.Receivers(
                        new Routine.DefaultReceiver(Routine.ReceiverKind.PERSON, "kari"), false, List.of("vera")));
        var decision = Router.route(routine, ORGANISATION, Router.Request.plain(Routine.Track.WHISTLEBLOWING, false));
        assertThat(decision.username()).isEqualTo("vera");
        var report = caseOf("vera").withHandler("vera", HandlerLevel.WHISTLEBLOWING_RECEIVER);
        var whistleblowing = new ComplaintCase(
                report.complaintId(),
                report.tenantId(),
                report.reference(),
                "WHISTLEBLOWING",
                report.category(),
                1,
                "vera",
                HandlerLevel.WHISTLEBLOWING_RECEIVER,
                90,
                report.deadline(),
                report.receivedAt(),
                report.assignedAt(),
                "",
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                Acknowledgement.EMAIL);
        assertThat(CaseVisibility.canSee(whistleblowing, CaseState.IN_PROGRESS, ORGANISATION, List.of("vera"), "vera"))
                .isTrue();
        assertThat(CaseVisibility.canSee(whistleblowing, CaseState.IN_PROGRESS, ORGANISATION, List.of("vera"), "dagny"))
                .isFalse();
    }

    @Test
    void a_whistleblowing_report_is_acknowledged_within_seven_days_and_answered_within_three_months() {
        var deadlines = deadlines(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS, Routine.Track.WHISTLEBLOWING);
        assertThat(deadlines.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(deadlines.answerBy()).isEqualTo(LocalDate.of(2027, 2, 23));
    }

    @Test
    void the_participants_nav_caseworker_may_take_part_and_it_is_recorded() {
        assertThat(routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS)
                        .notices()
                        .navCaseworkerOffered())
                .isTrue();
        var escalated = new CaseFile(caseOf("kari"), CaseState.ESCALATED, 4, null);
        var step = CaseWorkflow.apply(
                escalated,
                new Transition(
                        CaseAction.NAV_CASEWORKER_INVOLVED,
                        "dagny",
                        null,
                        "Veileder Nina fra NAV Vest var med.",
                        null,
                        null,
                        null,
                        null,
                        false),
                MONDAY,
                Routine.SpanUnit.DAYS);
        assertThat(step.entry().text()).isEqualTo("Veileder Nina fra NAV Vest var med.");
    }

    @Test
    void a_meeting_counts_when_both_parties_agreed_the_minutes() {
        var file = new CaseFile(caseOf("kari"), CaseState.IN_PROGRESS, 1, null);
        var step = CaseWorkflow.apply(
                file,
                new Transition(
                        CaseAction.RECORD_MEETING,
                        "kari",
                        null,
                        "Møte med NAV-veileder.",
                        null,
                        null,
                        null,
                        null,
                        true),
                MONDAY,
                Routine.SpanUnit.DAYS);
        assertThat(step.entry().action()).isEqualTo(CaseAction.RECORD_MEETING);
    }

    private static ComplaintCase caseOf(String handler) {
        return new ComplaintCase(
                "c-1",
                "t",
                "T-1",
                "COMPLAINT",
                "FOLLOW_UP",
                1,
                handler,
                HandlerLevel.LINE_MANAGER,
                14,
                LocalDate.of(2026, 12, 7),
                MONDAY,
                MONDAY,
                "",
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                Acknowledgement.EMAIL);
    }
}
