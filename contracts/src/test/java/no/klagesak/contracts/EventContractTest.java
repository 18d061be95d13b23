package no.klagesak.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * Pins the JSON of every event type. A change to a file under {@code *.approved.txt} is a change to the contract: add a
 * new version instead of editing a published one.
 */
class EventContractTest {

    private static final UUID EVENT_ID = UUID.fromString("3f1c2b9e-8d4a-4c1e-9b7a-2a6f5d0e1c11");
    private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");

    static EventEnvelope received() {
        return new EventEnvelope(
                EVENT_ID,
                ComplaintReceived.TYPE,
                "fjordvekst",
                "c-0001",
                AT,
                new ComplaintReceived(
                        "2026-00001",
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        false,
                        true,
                        AT,
                        new ComplaintReceived.AcknowledgementAddress("kari@example.org", "nb")));
    }

    static EventEnvelope assigned() {
        return new EventEnvelope(
                EVENT_ID,
                ComplaintAssigned.TYPE,
                "fjordvekst",
                "c-0001",
                AT,
                new ComplaintAssigned("2026-00001", "dagny", "MANAGING_DIRECTOR", 14, LocalDate.of(2026, 12, 9)));
    }

    static EventEnvelope informationAdded() {
        return complaintEvent(new ComplaintInformationAdded("FJV-2026-0001", "m-2", "m-1"));
    }

    static EventEnvelope questionAsked() {
        return complaintEvent(new ComplaintQuestionAsked("FJV-2026-0001", "m-1", "kari"));
    }

    static EventEnvelope withdrawn() {
        return complaintEvent(new ComplaintWithdrawn("FJV-2026-0001", AT, true));
    }

    static EventEnvelope erased() {
        return complaintEvent(new ComplaintErased("FJV-2026-0001", AT, ComplaintErased.RETENTION));
    }

    static EventEnvelope retentionExpired() {
        return complaintEvent(new RetentionExpired("FJV-2026-0001", "WHISTLEBLOWING", LocalDate.of(2016, 11, 20), 10));
    }

    static EventEnvelope escalationRequested() {
        return complaintEvent(new ComplaintEscalationRequested("FJV-2026-0001", AT, "m-3"));
    }

    static EventEnvelope deviationReportedByComplainant() {
        return complaintEvent(new ComplainantReportedDeviation(
                "9b2d7c1e-4f3a-4e8b-a6d5-0c1f2e3d4b5a",
                "DEADLINE",
                "sealed:event:v2:AVvTq2hWmS0Zx1pQ8kR3tYc4uN7eLb6fJd9gHa5sXo2iMw==",
                LocalDate.of(2026, 11, 20),
                false,
                AT));
    }

    static EventEnvelope caseChanged() {
        return complaintEvent(new CaseChanged(
                "FJV-2026-0001", "EXTEND_DEADLINE", "IN_PROGRESS", "per", LocalDate.of(2026, 12, 23), null, true));
    }

    static EventEnvelope deadlineApproaching() {
        return complaintEvent(new DeadlineApproaching("FJV-2026-0001", "per", LocalDate.of(2026, 12, 9), 3));
    }

    static EventEnvelope complainantAwaited() {
        return complaintEvent(new ComplainantAwaited("FJV-2026-0001", "per", LocalDate.of(2026, 11, 2)));
    }

    static EventEnvelope minutesAnswered() {
        return complaintEvent(new MinutesAnswered("FJV-2026-0001", "m-7", false, true, AT));
    }

    static EventEnvelope deadlineBreached() {
        return complaintEvent(new DeadlineBreached("FJV-2026-0001", "per", LocalDate.of(2026, 12, 9), false));
    }

    static EventEnvelope checkInDue() {
        return complaintEvent(new WhistleblowerCheckInDue("FJV-2026-0001", "per", LocalDate.of(2026, 12, 25)));
    }

    static EventEnvelope acknowledgementOverdue() {
        return complaintEvent(new AcknowledgementOverdue("FJV-2026-0001", "per", LocalDate.of(2026, 11, 30)));
    }

    static EventEnvelope satisfactionAnswered() {
        return new EventEnvelope(
                EVENT_ID,
                SatisfactionAnswered.TYPE,
                "fjordvekst",
                null,
                AT,
                new SatisfactionAnswered("2026-11", "COMPLAINT", 4, 5, true));
    }

    static EventEnvelope leavingSurveyAnswered() {
        return new EventEnvelope(
                EVENT_ID,
                LeavingSurveyAnswered.TYPE,
                "fjordvekst",
                null,
                AT,
                new LeavingSurveyAnswered("2026-11", 4, 3, true));
    }

    private static EventEnvelope complaintEvent(IntegrationEvent data) {
        return new EventEnvelope(EVENT_ID, data.type(), "fjordvekst", "c-0001", AT, data);
    }

    static EventEnvelope deviationReported() {
        return deviationEvent(new DeviationReported(
                "DEADLINE", "dagny", LocalDate.of(2026, 12, 9), "STAFF", false, "FJV-2026-0001", AT));
    }

    static EventEnvelope deviationHandled() {
        return deviationEvent(new DeviationHandled("DEADLINE", AT, false));
    }

    static EventEnvelope deviationOverdue() {
        return deviationEvent(new DeviationOverdue("DEADLINE", "dagny", LocalDate.of(2026, 12, 9)));
    }

    private static EventEnvelope deviationEvent(IntegrationEvent data) {
        return new EventEnvelope(EVENT_ID, data.type(), "fjordvekst", "d-0001", AT, data);
    }

    static EventEnvelope tenantSnapshot() {
        var names = new Routine.Names("Oppfølging", "Oppfølging", "Follow-up");
        var days14 = new Routine.TrackDeadlines(
                new Routine.Span(3, Routine.SpanUnit.WORKING_DAYS),
                new Routine.Span(14, Routine.SpanUnit.DAYS),
                List.of(3, 1));
        var routine = new Routine(
                new Routine.WhoMayComplain(
                        List.of(Routine.ComplainantType.PARTICIPANT), true, false, false, false, true, false),
                List.of(new Routine.Category("FOLLOW_UP", names, Routine.Track.COMPLAINT, false)),
                new Routine.Receivers(
                        new Routine.DefaultReceiver(Routine.ReceiverKind.PERSON, "p-kari"), false, List.of()),
                new Routine.Deadlines(
                        days14,
                        new Routine.TrackDeadlines(
                                new Routine.Span(7, Routine.SpanUnit.DAYS),
                                new Routine.Span(3, Routine.SpanUnit.MONTHS),
                                List.of(14))),
                new Routine.Notices(Routine.DirectorNotice.IMMEDIATE, true, true, true, false),
                new Routine.Presentation("Fjordvekst AS", "FJV", List.of("se"), "", "Ring 12 34 56 78"),
                new Routine.Retention(true, 5, 10));
        var organisation = new Organisation(
                List.of(new Organisation.Unit("u-root", "Fjordvekst AS", null, "p-dagny")),
                List.of(
                        new Organisation.Person(
                                "p-dagny",
                                "Dagny Dir",
                                "dagny@fjordvekst.example",
                                "fjordvekst-director",
                                "Daglig leder",
                                "u-root",
                                null,
                                true),
                        new Organisation.Person(
                                "p-kari",
                                "Kari Leder",
                                "kari@fjordvekst.example",
                                null,
                                null,
                                "u-root",
                                "p-dagny",
                                true)),
                "p-dagny",
                List.of("p-dagny"),
                "");
        return new EventEnvelope(
                EVENT_ID,
                TenantSnapshot.TYPE,
                "fjordvekst",
                null,
                AT,
                new TenantSnapshot(
                        "fjordvekst",
                        "Fjordvekst AS",
                        3,
                        true,
                        List.of(new RoutineVersion(1, AT, "fjordvekst-admin", List.of("verneombud Ola"), routine)),
                        organisation,
                        java.time.LocalDate.of(2026, 3, 2)));
    }

    @Test
    void tenant_snapshot_v1_has_a_pinned_json_form_without_a_complaint_id() {
        Approvals.verify(EventJson.write(tenantSnapshot()));
        assertThat(tenantSnapshot().key()).isEqualTo("fjordvekst");
    }

    @Test
    void complaint_received_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(received()));
    }

    @Test
    void what_a_complaint_concerns_and_its_chosen_receiver_travel_as_ids_and_only_when_given() {
        var data = new ComplaintReceived(
                "FJV-2026-0003",
                "COMPLAINT",
                "WEB_FORM",
                "PARTICIPANT",
                "FOLLOW_UP",
                1,
                true,
                false,
                AT,
                null,
                new ComplaintReceived.RoutingHints("p-kari", null, false, "p-per"));
        var envelope = new EventEnvelope(EVENT_ID, ComplaintReceived.TYPE, "fjordvekst", "c-3", AT, data);

        Approvals.verify(EventJson.write(envelope));
        assertThat(EventJson.read(EventJson.write(envelope))).isEqualTo(envelope);
        assertThat(EventJson.write(received())).doesNotContain("routingHints");
    }

    @Test
    void complaint_assigned_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(assigned()));
    }

    @Test
    void complaint_information_added_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(informationAdded()));
    }

    @Test
    void complaint_question_asked_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(questionAsked()));
    }

    @Test
    void complaint_withdrawn_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(withdrawn()));
    }

    @Test
    void complaint_erased_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(erased()));
    }

    @Test
    void complaint_retention_expired_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(retentionExpired()));
    }

    @Test
    void an_erasure_from_before_its_reason_was_sent_reads_as_a_request() {
        String written = EventJson.write(erased());
        String older = written.replace(",\"because\":\"RETENTION\"", "");
        assertThat(older).isNotEqualTo(written);
        assertThat(((ComplaintErased) EventJson.read(older).data()).because()).isNull();
    }

    @Test
    void complaint_escalation_requested_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(escalationRequested()));
    }

    @Test
    void complaint_deviation_reported_v1_has_a_pinned_json_form_with_the_words_sealed() {
        Approvals.verify(EventJson.write(deviationReportedByComplainant()));
        assertThat(deviationReportedByComplainant().key()).isEqualTo("c-0001");
    }

    @Test
    void a_complainants_deviation_without_a_date_travels_with_a_null_date() {
        var undated = complaintEvent(
                new ComplainantReportedDeviation("f-2", "OTHER", "sealed:event:v2:AA==", null, true, AT));
        String json = EventJson.write(undated);
        assertThat(json).contains("\"happenedOn\":null", "\"concernsDirector\":true");
        assertThat(EventJson.read(json)).isEqualTo(undated);
    }

    @Test
    void complaint_case_changed_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(caseChanged()));
    }

    @Test
    void complaint_deadline_approaching_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(deadlineApproaching()));
    }

    @Test
    void complaint_complainant_awaited_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(complainantAwaited()));
    }

    @Test
    void complaint_concerned_notice_review_due_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(
                complaintEvent(new ConcernedNoticeReviewDue("FJV-2026-0001", "per", LocalDate.of(2027, 1, 15)))));
    }

    @Test
    void complaint_minutes_answered_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(minutesAnswered()));
    }

    @Test
    void complaint_deadline_breached_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(deadlineBreached()));
    }

    @Test
    void complaint_whistleblower_check_in_due_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(checkInDue()));
    }

    @Test
    void a_routine_written_before_the_reporter_identity_setting_reads_as_those_who_investigate() {
        String written = EventJson.write(tenantSnapshot());
        String older = written.replace(",\"reporterIdentity\":\"INVESTIGATORS\"", "");
        assertThat(older).isNotEqualTo(written);

        var snapshot = (TenantSnapshot) EventJson.read(older).data();
        assertThat(snapshot.current().routine().receivers().reporterIdentity())
                .isEqualTo(Routine.ReporterIdentity.INVESTIGATORS);
    }

    @Test
    void a_routine_written_before_whistleblower_check_ins_existed_reads_with_the_default_check_ins() {
        String written = EventJson.write(tenantSnapshot());
        String older = written.replace(",\"whistleblowerCheckInDays\":[30,90,180]", "");
        assertThat(older).isNotEqualTo(written);

        var snapshot = (TenantSnapshot) EventJson.read(older).data();
        assertThat(snapshot.current().routine().deadlines().whistleblowerCheckInDays())
                .isEqualTo(Routine.Deadlines.DEFAULT_CHECK_INS);
    }

    @Test
    void a_report_of_retaliation_names_the_report_it_follows_and_only_then() {
        var retaliation = new ComplaintReceived(
                "FJV-2026-0002",
                "WHISTLEBLOWING",
                "WEB_FORM",
                "EMPLOYEE",
                "HARASSMENT",
                1,
                false,
                false,
                AT,
                null,
                null,
                "c-0001");
        String json = EventJson.write(complaintEvent(retaliation));
        assertThat(json).contains("\"retaliationFor\":\"c-0001\"");
        assertThat(((ComplaintReceived) EventJson.read(json).data()).retaliationFor())
                .isEqualTo("c-0001");
        assertThat(EventJson.write(received())).doesNotContain("retaliationFor");
    }

    @Test
    void complaint_acknowledgement_overdue_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(acknowledgementOverdue()));
    }

    @Test
    void what_the_complainant_is_told_travels_only_on_the_steps_that_tell_it() {
        var extended = new CaseChanged(
                "FJV-2026-0001",
                "EXTEND_DEADLINE",
                "IN_PROGRESS",
                "per",
                LocalDate.of(2026, 12, 23),
                null,
                true,
                "Vi venter på svar fra NAV.");
        String json = EventJson.write(complaintEvent(extended));
        assertThat(json).contains("\"toComplainant\":\"Vi venter på svar fra NAV.\"");
        assertThat(((CaseChanged) EventJson.read(json).data()).toComplainant()).isEqualTo("Vi venter på svar fra NAV.");
        assertThat(EventJson.write(caseChanged())).doesNotContain("toComplainant");
    }

    @Test
    void a_complainant_without_e_mail_is_reached_by_the_phone_number_they_gave_and_only_then() {
        var byPhone = new ComplaintReceived.AcknowledgementAddress(null, "nb", "+47 912 34 567");
        String json = EventJson.write(complaintEvent(new ComplaintReceived(
                "FJV-2026-0003",
                "COMPLAINT",
                "STAFF_REGISTRATION",
                "PARTICIPANT",
                "FOLLOW_UP",
                1,
                false,
                false,
                AT,
                byPhone)));
        assertThat(json)
                .contains("\"acknowledgeTo\":{\"email\":null,\"language\":\"nb\",\"phone\":\"+47 912 34 567\"}");
        assertThat(((ComplaintReceived) EventJson.read(json).data()).acknowledgeTo())
                .isEqualTo(byPhone);
        assertThat(EventJson.write(received())).doesNotContain("phone");
    }

    @Test
    void satisfaction_survey_answered_v1_has_a_pinned_json_form_without_a_complaint_id() {
        Approvals.verify(EventJson.write(satisfactionAnswered()));
    }

    @Test
    void leaving_survey_answered_v1_has_a_pinned_json_form_without_a_complaint_id() {
        Approvals.verify(EventJson.write(leavingSurveyAnswered()));
        assertThat(EventJson.write(leavingSurveyAnswered())).doesNotContain("complaintId");
    }

    @Test
    void deviation_reported_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(deviationReported()));
        assertThat(EventJson.read(EventJson.write(deviationReported()))).isEqualTo(deviationReported());
    }

    @Test
    void deviation_overdue_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(deviationOverdue()));
        assertThat(EventJson.read(EventJson.write(deviationOverdue()))).isEqualTo(deviationOverdue());
    }

    @Test
    void deviation_handled_v1_has_a_pinned_json_form() {
        Approvals.verify(EventJson.write(deviationHandled()));
        assertThat(EventJson.read(EventJson.write(deviationHandled()))).isEqualTo(deviationHandled());
    }

    @Test
    void every_event_reads_back_to_what_was_written() {
        for (EventEnvelope envelope : new EventEnvelope[] {
            received(),
            assigned(),
            informationAdded(),
            questionAsked(),
            withdrawn(),
            erased(),
            escalationRequested(),
            deviationReportedByComplainant(),
            caseChanged(),
            deadlineApproaching(),
            deadlineBreached(),
            checkInDue(),
            acknowledgementOverdue(),
            satisfactionAnswered(),
            leavingSurveyAnswered(),
            tenantSnapshot()
        }) {
            assertThat(EventJson.read(EventJson.write(envelope))).isEqualTo(envelope);
        }
    }

    @Test
    void an_anonymous_complaint_travels_without_any_address() {
        var data = new ComplaintReceived(
                "2026-00002", "WHISTLEBLOWING", "WEB_FORM", "EMPLOYEE", "HARASSMENT", 1, true, false, AT, null);
        var json = EventJson.write(EventEnvelope.of("fjordvekst", "c-2", AT, data));
        assertThat(json).contains("\"acknowledgeTo\":null").doesNotContain("@");
    }

    @Test
    void an_unknown_type_is_reported_as_such_so_consumers_can_skip_it() {
        String json = EventJson.write(received()).replace(ComplaintReceived.TYPE, "complaint.future.v9");
        assertThatThrownBy(() -> EventJson.read(json)).isInstanceOf(EventJson.UnknownEventType.class);
    }

    @Test
    void an_envelope_refuses_a_type_that_does_not_match_its_payload() {
        assertThatThrownBy(() -> new EventEnvelope(
                        EVENT_ID,
                        "complaint.received.v1",
                        "t",
                        "c",
                        AT,
                        assigned().data()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
