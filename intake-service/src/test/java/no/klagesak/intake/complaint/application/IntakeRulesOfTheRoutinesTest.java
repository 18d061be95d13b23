package no.klagesak.intake.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.intake.complaint.application.port.IntakeRoutines;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.AttachmentRules;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import no.klagesak.intake.complaint.model.StaffRegistration;
import org.junit.jupiter.api.Test;

/**
 * Every intake rule of the five published routines, each shown by a tenant configured as that routine's template
 * configures it (docs/tenant-configuration.md maps the rules to settings). The rules come from the tenant's data
 * through the same mapping the service uses ({@link IntakeRoutines}); none is code.
 */
class IntakeRulesOfTheRoutinesTest {

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private int counter;
    private final TenantRules rules = tenantId -> Optional.of(IntakeRoutines.of(tenant(Template.valueOf(tenantId))));
    private final RegisteringComplaint registering = new RegisteringComplaint(
            complaints,
            (tenant, year) -> year + "-" + (++counter),
            rules,
            RegisteringComplaintTest.HASHES,
            new InMemoryAttachments(),
            InMemoryAttachments.MAGIC,
            AttachmentRules.STANDARD,
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    /** A tenant set up from a template, with a small organisation: a director, a unit leader and a supervisor. */
    private static TenantSnapshot tenant(Template template) {
        var organisation = new Organisation(
                List.of(
                        new Organisation.Unit("u-root", "Bedriften", null, "p-dir"),
                        new Organisation.Unit("u-verksted", "Verkstedet", "u-root", "p-per")),
                List.of(
                        new Organisation.Person(
                                "p-dir", "Dagny", "dagny@x.example", "dir", "Daglig leder", "u-root", null, true),
                        new Organisation.Person(
                                "p-per", "Per", "per@x.example", "per", "Avdelingsleder", "u-verksted", "p-dir", true),
                        new Organisation.Person(
                                "p-kari",
                                "Kari",
                                "kari@x.example",
                                "kari",
                                "Arbeidsleder",
                                "u-verksted",
                                "p-per",
                                true)),
                "p-dir",
                List.of("p-dir"),
                "");
        var routine = template.routine("Bedriften", "p-dir");
        return new TenantSnapshot(
                template.name(),
                "Bedriften",
                1,
                true,
                List.of(new RoutineVersion(1, Instant.EPOCH, "test", List.of(), routine)),
                organisation);
    }

    private static final Complainant NAMED = new Complainant("Ola Nordmann", "ola@example.org", "99999999", null);

    private static RegisterComplaint complaint(
            Template routine,
            Channel channel,
            ComplainantRole role,
            String category,
            String desiredChange,
            Complainant complainant,
            boolean concernsLineManager,
            StaffRegistration staff,
            Concerns concerns,
            String chosenReceiver) {
        return new RegisterComplaint(
                routine.name(),
                channel,
                null,
                role,
                category,
                "Oppfølgingen",
                "Jeg har ikke fått oppfølging på seks uker.",
                desiredChange,
                complainant,
                concernsLineManager,
                "nb",
                channel == Channel.STAFF_REGISTRATION ? "mottaker" : null,
                null,
                staff,
                concerns,
                chosenReceiver);
    }

    private static RegisterComplaint simple(Template routine, ComplainantRole role, String category, Complainant who) {
        return complaint(
                routine, Channel.WEB_FORM, role, category, "Fast møte hver uke.", who, false, null, null, null);
    }

    private Map<String, String> refused(RegisterComplaint command) {
        try {
            registering.register(command);
        } catch (InvalidComplaint invalid) {
            return invalid.problems();
        }
        throw new AssertionError("Expected the complaint to be refused");
    }

    private ComplaintReceived lastEvent() {
        return (ComplaintReceived) complaints.promised.getLast().data();
    }

    // Routine 000: lowest level, what/why/change wanted, 14 days, management decides finally.

    @Test
    void a_complaint_must_say_what_it_is_about_why_and_the_change_wanted() {
        var without = complaint(
                Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL,
                Channel.WEB_FORM,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                null,
                NAMED,
                false,
                null,
                null,
                null);
        assertThat(refused(without)).containsEntry("desiredChange", "required");

        registering.register(simple(
                Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL, ComplainantRole.PARTICIPANT, "FOLLOW_UP", NAMED));
        assertThat(complaints.stored).hasSize(1);
    }

    @Test
    void a_representative_states_their_relation_to_the_person_and_that_the_person_consented() {
        var withoutConsent = new Complainant(
                "Mor Nordmann", "mor@example.org", null, null, new Complainant.Representation("mor", false));
        assertThat(refused(simple(
                        Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL,
                        ComplainantRole.REPRESENTATIVE,
                        "FOLLOW_UP",
                        withoutConsent)))
                .containsEntry("complainant.representing.consented", "required");
        assertThat(refused(simple(
                        Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL,
                        ComplainantRole.REPRESENTATIVE,
                        "FOLLOW_UP",
                        NAMED)))
                .containsEntry("complainant.representing.relation", "required");

        registering.register(simple(
                Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL,
                ComplainantRole.REPRESENTATIVE,
                "FOLLOW_UP",
                new Complainant(
                        "Mor Nordmann", "mor@example.org", null, null, new Complainant.Representation("mor", true))));
        assertThat(complaints.stored.getFirst().complainant().representing())
                .isEqualTo(new Complainant.Representation("mor", true));
    }

    @Test
    void a_complaint_about_the_nearest_superior_is_marked_so_it_goes_one_level_up() {
        registering.register(complaint(
                Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL,
                Channel.WEB_FORM,
                ComplainantRole.EMPLOYEE,
                "FOLLOW_UP",
                "Ny leder for saken.",
                NAMED,
                true,
                null,
                null,
                null));
        assertThat(lastEvent().concernsLineManager()).isTrue();
    }

    // Routine 001: oral or written, anonymous allowed, 2 weeks.

    @Test
    void an_anonymous_complaint_is_received_and_its_complainant_gets_a_receipt_code_to_follow_it_up() {
        var receipt = registering.register(
                simple(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS, ComplainantRole.EMPLOYEE, "FOLLOW_UP", null));

        assertThat(lastEvent().anonymous()).isTrue();
        assertThat(lastEvent().acknowledgeTo()).isNull();
        assertThat(receipt.receiptCode()).isNotNull();
    }

    @Test
    void an_oral_complaint_is_written_down_by_staff_and_counts_only_when_the_complainant_confirms_it() {
        var unconfirmed = complaint(
                Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS,
                Channel.STAFF_REGISTRATION,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                null,
                NAMED,
                false,
                new StaffRegistration(StaffRegistration.Medium.IN_PERSON, "Tolk Tove", false, false),
                null,
                null);
        assertThat(refused(unconfirmed)).containsEntry("staffRegistration.confirmedByComplainant", "required");

        registering.register(complaint(
                Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS,
                Channel.STAFF_REGISTRATION,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                null,
                NAMED,
                false,
                new StaffRegistration(StaffRegistration.Medium.IN_PERSON, "Tolk Tove", true, false),
                null,
                null));
        assertThat(complaints.stored.getFirst().registeredBy()).isEqualTo("mottaker");
        assertThat(complaints.stored.getFirst().staffRegistration().helpedBy()).isEqualTo("Tolk Tove");
    }

    // Routine 002: written complaints; a phone complainant is offered the written form.

    @Test
    void a_phone_complaint_where_complaints_are_written_is_recorded_as_offered_the_written_form() {
        var notOffered = complaint(
                Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS,
                Channel.STAFF_REGISTRATION,
                ComplainantRole.CUSTOMER,
                "FOLLOW_UP",
                null,
                NAMED,
                false,
                new StaffRegistration(StaffRegistration.Medium.PHONE, null, true, false),
                null,
                null);
        assertThat(refused(notOffered)).containsEntry("staffRegistration.offeredWrittenForm", "required");
    }

    @Test
    void only_the_groups_the_routine_names_may_complain() {
        assertThat(refused(simple(
                        Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS, ComplainantRole.EMPLOYEE, "FOLLOW_UP", NAMED)))
                .containsEntry("complainantRole", "not-offered");
        registering.register(
                simple(Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS, ComplainantRole.RELATIVE, "FOLLOW_UP", NAMED));
        assertThat(complaints.stored).hasSize(1);
    }

    // Routine 003: through the line or to a department leader, written with the name.

    @Test
    void a_complaint_must_carry_the_complainants_name() {
        assertThat(refused(simple(
                        Template.THROUGH_THE_LINE_NAMED_14_DAYS, ComplainantRole.PARTICIPANT, "FOLLOW_UP", null)))
                .containsKey("complainant");
    }

    @Test
    void the_complainant_may_give_it_to_a_department_leader_but_not_to_the_person_it_concerns() {
        var concernsPer = new Concerns(Concerns.Kind.PERSON, "p-per", null);
        assertThat(refused(complaint(
                        Template.THROUGH_THE_LINE_NAMED_14_DAYS,
                        Channel.WEB_FORM,
                        ComplainantRole.PARTICIPANT,
                        "FOLLOW_UP",
                        null,
                        NAMED,
                        false,
                        null,
                        concernsPer,
                        "p-per")))
                .containsEntry("chosenReceiver", "is-concerned");

        registering.register(complaint(
                Template.THROUGH_THE_LINE_NAMED_14_DAYS,
                Channel.WEB_FORM,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                null,
                NAMED,
                false,
                null,
                new Concerns(Concerns.Kind.PERSON, "p-kari", null),
                "p-per"));
        assertThat(lastEvent().routingHints())
                .isEqualTo(new ComplaintReceived.RoutingHints("p-kari", null, false, "p-per"));
    }

    @Test
    void where_the_routine_does_not_let_the_complainant_choose_a_receiver_a_choice_is_refused() {
        assertThat(refused(complaint(
                        Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL,
                        Channel.WEB_FORM,
                        ComplainantRole.PARTICIPANT,
                        "FOLLOW_UP",
                        "Endring.",
                        NAMED,
                        false,
                        null,
                        null,
                        "p-per")))
                .containsEntry("chosenReceiver", "not-offered");
    }

    // Routine 004: complaints and whistleblowing together, name and contact required, no anonymous reports.

    @Test
    void anonymous_complaints_and_reports_are_not_handled() {
        assertThat(refused(simple(
                        Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS,
                        ComplainantRole.PARTICIPANT,
                        "HARASSMENT",
                        null)))
                .containsKey("complainant");
        assertThat(complaints.stored).isEmpty();
    }

    @Test
    void the_name_and_a_way_to_answer_are_required() {
        var noContact = new Complainant("Ola Nordmann", null, null, null);
        assertThat(refused(simple(
                        Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS,
                        ComplainantRole.PARTICIPANT,
                        "THEFT",
                        noContact)))
                .containsEntry("complainant.email", "contact-required");
    }

    @Test
    void the_ground_chosen_decides_whether_it_is_a_complaint_or_a_whistleblowing_report() {
        registering.register(simple(
                Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS, ComplainantRole.PARTICIPANT, "HARASSMENT", NAMED));
        assertThat(lastEvent().track()).isEqualTo("WHISTLEBLOWING");
        registering.register(simple(
                Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS,
                ComplainantRole.PARTICIPANT,
                "WORK_ENVIRONMENT",
                NAMED));
        assertThat(lastEvent().track()).isEqualTo("COMPLAINT");
    }

    @Test
    void disagreement_with_a_nav_decision_is_taken_as_the_participants_own_statement_for_the_report_to_nav() {
        registering.register(simple(
                Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS,
                ComplainantRole.PARTICIPANT,
                ComplaintReceived.NAV_DECISION,
                NAMED));
        assertThat(lastEvent().category()).isEqualTo(ComplaintReceived.NAV_DECISION);
        assertThat(lastEvent().track()).isEqualTo("COMPLAINT");
    }

    @Test
    void a_retired_ground_is_no_longer_offered() {
        assertThat(IntakeRoutines.of(tenant(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS))
                        .categories())
                .isNotEmpty()
                .doesNotContainKey("NO_SUCH_GROUND");
        assertThatThrownBy(() -> registering.register(simple(
                        Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS,
                        ComplainantRole.PARTICIPANT,
                        "NO_SUCH_GROUND",
                        NAMED)))
                .isInstanceOf(InvalidComplaint.class);
    }

    /** Routine 003's choice of receiver offers only leaders who can log in: a case sent to anyone else would strand. */
    @Test
    void the_receivers_offered_are_unit_leaders_who_can_log_in() {
        var snapshot = tenant(Template.THROUGH_THE_LINE_NAMED_14_DAYS);
        var organisation = snapshot.organisation();
        var withoutLogin = organisation.withPeople(organisation.people().stream()
                .map(p -> p.id().equals("p-per")
                        ? new Organisation.Person(
                                p.id(), p.name(), p.email(), null, p.title(), p.unitId(), p.lineManagerId(), true)
                        : p)
                .toList());

        assertThat(IntakeRoutines.of(snapshot).receivers()).containsKeys("p-dir", "p-per");
        assertThat(IntakeRoutines.of(new TenantSnapshot(
                                snapshot.tenantId(),
                                snapshot.name(),
                                snapshot.revision(),
                                snapshot.active(),
                                snapshot.routines(),
                                withoutLogin))
                        .receivers())
                .containsOnlyKeys("p-dir");
    }

    /** Routine 003's "ansvarlig kontaktperson": anyone the admin marks as a contact person is offered too. */
    @Test
    void a_contact_person_the_admin_marked_is_offered_as_a_receiver() {
        var snapshot = tenant(Template.THROUGH_THE_LINE_NAMED_14_DAYS);
        var organisation = snapshot.organisation();
        var withContact = organisation.withPeople(organisation.people().stream()
                .map(p -> p.id().equals("p-kari") ? p.withRoles(List.of(Organisation.Person.CONTACT)) : p)
                .toList());

        assertThat(IntakeRoutines.of(snapshot).receivers()).doesNotContainKey("p-kari");
        assertThat(IntakeRoutines.of(new TenantSnapshot(
                                snapshot.tenantId(),
                                snapshot.name(),
                                snapshot.revision(),
                                snapshot.active(),
                                snapshot.routines(),
                                withContact))
                        .receivers())
                .containsKeys("p-dir", "p-per", "p-kari");
    }
}
