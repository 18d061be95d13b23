package no.klagesak.tenants.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Template;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");

    private final Tenant fjordvekst = DemoTenants.fjordvekst(T0);

    private static Routine withHandling(Routine routine, int amount, Routine.SpanUnit unit, List<Integer> reminders) {
        var complaint = routine.deadlines().complaint();
        return routine.withDeadlines(new Routine.Deadlines(
                new Routine.TrackDeadlines(complaint.acknowledgement(), new Routine.Span(amount, unit), reminders),
                routine.deadlines().whistleblowing()));
    }

    @Test
    void a_changed_routine_is_a_new_version_and_the_old_one_stays_with_its_date() {
        Routine changed = withHandling(fjordvekst.currentRoutine().routine(), 4, Routine.SpanUnit.WEEKS, List.of(3));

        Tenant next = fjordvekst.changeRoutine(changed, List.of("Verneombud Vera"), "fjordvekst-admin", T1);

        assertThat(next.currentRoutine().version()).isEqualTo(2);
        assertThat(next.currentRoutine().validFrom()).isEqualTo(T1);
        assertThat(next.currentRoutine().agreedWith()).containsExactly("Verneombud Vera");
        assertThat(next.routines().getFirst().routine())
                .isEqualTo(fjordvekst.currentRoutine().routine());
        assertThat(next.revision()).isEqualTo(fjordvekst.revision() + 1);
        assertThat(next.snapshot().version(1)).isPresent();
    }

    @Test
    void an_evaluation_moves_the_latest_evaluation_on_in_the_history_and_the_snapshot_and_an_earlier_one_does_not() {
        Tenant evaluated = fjordvekst.evaluated(LocalDate.of(2026, 11, 15), "fjordvekst-director", T1);

        assertThat(evaluated.lastEvaluatedOn()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(evaluated.revision()).isEqualTo(fjordvekst.revision() + 1);
        assertThat(evaluated.snapshot().lastEvaluatedOn()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(evaluated.routines()).isEqualTo(fjordvekst.routines());
        Change change = evaluated.history().getLast();
        assertThat(change.what()).isEqualTo("evaluation");
        assertThat(change.by()).isEqualTo("fjordvekst-director");
        assertThat(change.fields()).containsExactly(new Change.FieldChange("evaluation.heldOn", null, "2026-11-15"));

        assertThat(evaluated.evaluated(LocalDate.of(2026, 11, 1), "fjordvekst-director", T1))
                .as("an evaluation held before the latest")
                .isSameAs(evaluated);
        assertThat(evaluated.evaluated(LocalDate.of(2026, 11, 15), "fjordvekst-director", T1))
                .as("the same day again")
                .isSameAs(evaluated);
        assertThat(evaluated
                        .changeRoutine(
                                withHandling(
                                        fjordvekst.currentRoutine().routine(), 4, Routine.SpanUnit.WEEKS, List.of(3)),
                                List.of(),
                                "fjordvekst-admin",
                                T1)
                        .lastEvaluatedOn())
                .as("kept through other changes")
                .isEqualTo(LocalDate.of(2026, 11, 15));
    }

    @Test
    void every_change_records_who_when_and_each_setting_from_what_to_what() {
        Routine changed = withHandling(fjordvekst.currentRoutine().routine(), 4, Routine.SpanUnit.WEEKS, List.of(3));

        Change change = fjordvekst
                .changeRoutine(changed, List.of(), "fjordvekst-admin", T1)
                .history()
                .getLast();

        assertThat(change.by()).isEqualTo("fjordvekst-admin");
        assertThat(change.at()).isEqualTo(T1);
        assertThat(change.routineVersion()).isEqualTo(2);
        assertThat(change.fields())
                .containsExactlyInAnyOrder(
                        new Change.FieldChange("deadlines.complaint.handling.amount", "14", "4"),
                        new Change.FieldChange("deadlines.complaint.handling.unit", "DAYS", "WEEKS"));
    }

    @Test
    void saving_the_same_routine_makes_no_new_version() {
        assertThat(fjordvekst.changeRoutine(fjordvekst.currentRoutine().routine(), List.of(), "x", T1))
                .isSameAs(fjordvekst);
    }

    @Test
    void a_reminder_after_the_deadline_is_refused_and_names_the_field() {
        Routine changed = withHandling(fjordvekst.currentRoutine().routine(), 5, Routine.SpanUnit.DAYS, List.of(7));

        assertThatThrownBy(() -> fjordvekst.changeRoutine(changed, List.of(), "x", T1))
                .isInstanceOfSatisfying(
                        InvalidSettings.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field, Problem::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "deadlines.complaint.remindDaysBefore", "reminder-outside-deadline")));
    }

    @Test
    void check_ins_with_a_whistleblower_more_than_two_years_after_the_report_are_refused() {
        Routine routine = fjordvekst.currentRoutine().routine();
        Routine changed = routine.withDeadlines(routine.deadlines().withWhistleblowerCheckInDays(List.of(30, 800)));

        assertThatThrownBy(() -> fjordvekst.changeRoutine(changed, List.of(), "x", T1))
                .isInstanceOfSatisfying(
                        InvalidSettings.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field, Problem::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "deadlines.whistleblowerCheckInDays", "out-of-range")));
        var saved = fjordvekst.changeRoutine(
                routine.withDeadlines(routine.deadlines().withWhistleblowerCheckInDays(List.of(14, 60))),
                List.of(),
                "x",
                T1);
        assertThat(saved.currentRoutine().routine().deadlines().whistleblowerCheckInDays())
                .containsExactly(14, 60);
    }

    @Test
    void own_wording_of_a_notice_needs_a_language_in_use_a_subject_and_a_text() {
        Routine routine = fjordvekst.currentRoutine().routine();
        Routine changed = routine.withPresentation(routine.presentation()
                .withNoticeWording(List.of(
                        new Routine.NoticeWording("ACKNOWLEDGEMENT", "de", "Danke", "Text"),
                        new Routine.NoticeWording("RESPONSE", "nb", "", "Svar"))));

        assertThatThrownBy(() -> fjordvekst.changeRoutine(changed, List.of(), "x", T1))
                .isInstanceOfSatisfying(
                        InvalidSettings.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field, Problem::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "presentation.noticeWording[ACKNOWLEDGEMENT.de]", "unknown-language"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "presentation.noticeWording[RESPONSE.nb]", "subject")));
    }

    @Test
    void whistleblowing_categories_without_a_designated_receiver_are_refused() {
        Routine routine = Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS.routine("AS", "fjordvekst-director");
        Routine withoutReceivers =
                routine.withReceivers(new Routine.Receivers(routine.receivers().defaultReceiver(), false, List.of()));

        assertThat(RoutineRules.problems(withoutReceivers, fjordvekst.organisation()))
                .extracting(Problem::field)
                .containsExactly("receivers.whistleblowingReceivers");
    }

    @Test
    void anonymous_complaints_cannot_be_received_when_the_name_is_required() {
        Routine routine = fjordvekst.currentRoutine().routine();
        var who = routine.who();
        Routine contradictory = routine.withWho(
                new Routine.WhoMayComplain(who.complainantTypes(), true, true, false, false, false, false));

        assertThat(RoutineRules.problems(contradictory, fjordvekst.organisation()))
                .extracting(Problem::field)
                .containsExactly("who.nameRequired");
    }

    @Test
    void the_category_code_for_disagreement_with_a_nav_decision_is_reserved() {
        var routine = fjordvekst.currentRoutine().routine();
        var categories = new ArrayList<>(routine.categories());
        categories.add(new no.klagesak.contracts.tenant.Routine.Category(
                "NAV_DECISION",
                new no.klagesak.contracts.tenant.Routine.Names("NAV", "NAV", "NAV"),
                no.klagesak.contracts.tenant.Routine.Track.COMPLAINT,
                false));

        assertThat(RoutineRules.problems(routine.withCategories(categories), fjordvekst.organisation()))
                .extracting(Problem::code)
                .contains("reserved");
    }

    @Test
    void a_person_who_leaves_keeps_their_history_but_cannot_stay_the_default_receiver() {
        Organisation organisation = fjordvekst.organisation();
        List<Person> people = new ArrayList<>();
        for (Person p : organisation.people()) {
            people.add(
                    p.id().equals("fjordvekst-handler")
                            ? new Person(
                                    p.id(),
                                    p.name(),
                                    p.email(),
                                    p.username(),
                                    p.title(),
                                    p.unitId(),
                                    p.lineManagerId(),
                                    false)
                            : p);
        }
        var left = new Organisation(
                organisation.units(),
                people,
                organisation.managingDirector(),
                organisation.managementGroup(),
                organisation.boardContact());

        assertThatThrownBy(() -> fjordvekst.changeOrganisation(left, "x", T1))
                .isInstanceOfSatisfying(
                        InvalidSettings.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).contains("receivers.defaultReceiver"));
    }

    @Test
    void an_organisation_with_an_unknown_manager_a_cycle_or_a_duplicate_email_is_refused() {
        var people = List.of(
                new Person("a", "Anne", "anne@example.org", null, null, null, "b", true),
                new Person("b", "Bodil", "ANNE@example.org", null, null, null, "a", true),
                new Person("c", "Cato", "cato@example.org", null, null, null, "nobody", true));
        var organisation = new Organisation(List.of(), people, "a", List.of(), "");

        assertThat(OrganisationRules.problems(organisation))
                .extracting(Problem::code)
                .contains("cycle", "duplicate-email", "unknown-manager");
    }
}
