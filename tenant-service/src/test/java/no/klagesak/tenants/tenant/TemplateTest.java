package no.klagesak.tenants.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Routine.ComplainantType;
import no.klagesak.contracts.tenant.Routine.DirectorNotice;
import no.klagesak.contracts.tenant.Routine.ReceiverKind;
import no.klagesak.contracts.tenant.Routine.Span;
import no.klagesak.contracts.tenant.Routine.SpanUnit;
import no.klagesak.contracts.tenant.Routine.Track;
import no.klagesak.contracts.tenant.Template;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each template expresses the rules of the routine it comes from; each test is named after the rule. */
class TemplateTest {

    private static final Organisation ONE_PERSON = new Organisation(
            List.of(new Organisation.Unit("u-1", "AS", null, "p-1")),
            List.of(new Organisation.Person(
                    "p-1", "Dagny", "dagny@example.org", "dagny@example.org", null, "u-1", null, true)),
            "p-1",
            List.of("p-1"),
            "");

    private static Routine routine(Template template) {
        return template.routine("Eksempel AS", "p-1");
    }

    @Test
    void every_template_is_valid_for_a_new_tenant_of_one_person() {
        for (Template template : Template.values()) {
            assertThat(RoutineRules.problems(routine(template), ONE_PERSON))
                    .as(template.name())
                    .isEmpty();
            Tenant.onboard(
                    "t", "Eksempel AS", template, "a@example.org", ONE_PERSON, routine(template), "op", Instant.EPOCH);
        }
    }

    @Nested
    class LowestLevel14DaysManagementFinal {

        private final Routine routine = routine(Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL);

        @Test
        void normal_handling_time_does_not_exceed_14_days() {
            assertThat(routine.deadlines().complaint().handling()).isEqualTo(new Span(14, SpanUnit.DAYS));
        }

        @Test
        void a_formal_complaint_states_the_change_wanted() {
            assertThat(routine.who().desiredChangeRequired()).isTrue();
        }

        @Test
        void the_complainant_may_demand_handling_by_management_whose_decision_is_final() {
            assertThat(routine.notices().escalationOffered()).isTrue();
            assertThat(routine.notices().escalationFinal()).isTrue();
        }

        @Test
        void every_complaint_reaches_management_even_the_resolved_ones() {
            assertThat(routine.notices().directorNotice()).isEqualTo(DirectorNotice.IMMEDIATE);
        }

        @Test
        void numbers_and_types_are_published_on_the_website() {
            assertThat(routine.retention().publicStatistics()).isTrue();
        }
    }

    @Nested
    class OralOrWrittenAnonymous2Weeks {

        private final Routine routine = routine(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS);

        @Test
        void anonymous_complaints_are_received() {
            assertThat(routine.who().anonymousAllowed()).isTrue();
        }

        @Test
        void complaints_may_be_oral_or_written() {
            assertThat(routine.who().writtenOnly()).isFalse();
        }

        @Test
        void the_complainant_is_told_what_was_done_within_2_weeks() {
            assertThat(routine.deadlines().complaint().handling()).isEqualTo(new Span(2, SpanUnit.WEEKS));
        }

        @Test
        void written_complaints_are_discussed_with_the_receivers_superior() {
            assertThat(routine.notices().writtenComplaintsToReceiversSuperior()).isTrue();
        }

        @Test
        void the_managing_director_is_notified() {
            assertThat(routine.notices().directorNotice()).isEqualTo(DirectorNotice.IMMEDIATE);
        }

        @Test
        void employees_participants_partners_and_customers_may_complain() {
            assertThat(routine.who().complainantTypes())
                    .contains(
                            ComplainantType.EMPLOYEE,
                            ComplainantType.PARTICIPANT,
                            ComplainantType.PARTNER,
                            ComplainantType.CUSTOMER);
        }
    }

    @Nested
    class WrittenManagementMeeting4Weeks {

        private final Routine routine = routine(Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS);

        @Test
        void a_formal_complaint_must_be_written() {
            assertThat(routine.who().writtenOnly()).isTrue();
        }

        @Test
        void the_management_meeting_decides_who_handles_it() {
            assertThat(routine.receivers().defaultReceiver().kind()).isEqualTo(ReceiverKind.MANAGEMENT_MEETING);
        }

        @Test
        void written_feedback_within_4_weeks() {
            assertThat(routine.deadlines().complaint().handling()).isEqualTo(new Span(4, SpanUnit.WEEKS));
        }

        @Test
        void participants_customers_buyers_and_partners_may_complain() {
            assertThat(routine.who().complainantTypes())
                    .contains(
                            ComplainantType.PARTICIPANT,
                            ComplainantType.CUSTOMER,
                            ComplainantType.BUYER,
                            ComplainantType.PARTNER);
        }

        @Test
        void complaints_are_a_fixed_item_of_the_management_meeting() {
            assertThat(routine.notices().directorNotice()).isEqualTo(DirectorNotice.DAILY_DIGEST);
        }

        @Test
        void the_cooperation_routines_with_nav_may_be_used() {
            assertThat(routine.notices().navCaseworkerOffered()).isTrue();
        }
    }

    @Nested
    class ThroughTheLineNamed14Days {

        private final Routine routine = routine(Template.THROUGH_THE_LINE_NAMED_14_DAYS);

        @Test
        void the_complaint_must_be_written_and_carry_the_complainants_name() {
            assertThat(routine.who().writtenOnly()).isTrue();
            assertThat(routine.who().nameRequired()).isTrue();
            assertThat(routine.who().anonymousAllowed()).isFalse();
        }

        @Test
        void the_complaint_may_go_to_another_leader_than_the_nearest_superior() {
            assertThat(routine.receivers().complainantMayChooseReceiver()).isTrue();
        }

        @Test
        void written_response_within_14_days() {
            assertThat(routine.deadlines().complaint().handling()).isEqualTo(new Span(14, SpanUnit.DAYS));
        }

        @Test
        void suggestions_for_how_it_should_have_been_handled_are_welcome() {
            assertThat(routine.who().suggestionsInvited()).isTrue();
        }
    }

    @Nested
    class ComplaintAndWhistleblowingNoAnonymous {

        private final Routine routine = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);

        @Test
        void anonymous_complaints_and_reports_are_not_handled() {
            assertThat(routine.who().anonymousAllowed()).isFalse();
        }

        @Test
        void the_form_asks_for_name_and_contact_details() {
            assertThat(routine.who().nameRequired()).isTrue();
            assertThat(routine.who().contactRequired()).isTrue();
        }

        @Test
        void the_eleven_grounds_are_categories_with_harassment_danger_and_theft_on_the_whistleblowing_track() {
            assertThat(routine.categories()).hasSize(11);
            assertThat(routine.category("HARASSMENT").orElseThrow().track()).isEqualTo(Track.WHISTLEBLOWING);
            assertThat(routine.category("DANGER_TO_LIFE_AND_HEALTH")
                            .orElseThrow()
                            .track())
                    .isEqualTo(Track.WHISTLEBLOWING);
            assertThat(routine.category("THEFT").orElseThrow().track()).isEqualTo(Track.WHISTLEBLOWING);
            assertThat(routine.category("REPORT_TO_NAV").orElseThrow().track()).isEqualTo(Track.COMPLAINT);
        }

        @Test
        void whistleblowing_reports_have_designated_receivers() {
            assertThat(routine.receivers().whistleblowingReceivers()).containsExactly("p-1");
        }

        @Test
        void whistleblowing_is_acknowledged_within_7_days_with_feedback_within_3_months() {
            assertThat(routine.deadlines().whistleblowing().acknowledgement()).isEqualTo(new Span(7, SpanUnit.DAYS));
            assertThat(routine.deadlines().whistleblowing().handling()).isEqualTo(new Span(3, SpanUnit.MONTHS));
        }

        @Test
        void an_unresolved_case_may_go_to_the_nav_caseworker_or_to_management() {
            assertThat(routine.notices().navCaseworkerOffered()).isTrue();
            assertThat(routine.notices().escalationOffered()).isTrue();
        }
    }
}
