package no.klagesak.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.DeadlineApproaching;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.IntegrationEvent;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.notification.notice.templates.MustacheTemplates;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;

/** Which event owes whom which notice: the routines' promises, without Spring. */
class NotifyingTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    private final InMemoryNotices notices = new InMemoryNotices();
    private final InMemoryCaseFacts facts = new InMemoryCaseFacts();
    private TenantSnapshot tenant = TestTenants.fjordvekst();
    private final Notifying notifying = new Notifying(
            facts,
            notices,
            new InMemorySurveys(),
            id -> Optional.of(tenant),
            "http://web",
            Clock.fixed(AT, ZoneOffset.UTC));

    private int on(IntegrationEvent data) {
        return notifying.on(EventEnvelope.of("fjordvekst", "c-1", AT, data));
    }

    private static ComplaintReceived received(String track, String email, String concernsPerson) {
        return new ComplaintReceived(
                "FJO-2026-0001",
                track,
                "WEB_FORM",
                "PARTICIPANT",
                track.equals("COMPLAINT") ? "FOLLOW_UP" : "HARASSMENT",
                1,
                email == null,
                false,
                AT,
                email == null ? null : new ComplaintReceived.AcknowledgementAddress(email, "nn"),
                concernsPerson == null ? null : new ComplaintReceived.RoutingHints(concernsPerson, null, false, null));
    }

    /** A named complaint with an e-mail address, written in the language. */
    private static ComplaintReceived receivedIn(String language) {
        return new ComplaintReceived(
                "FJO-2026-0001",
                "COMPLAINT",
                "WEB_FORM",
                "PARTICIPANT",
                "FOLLOW_UP",
                1,
                false,
                false,
                AT,
                new ComplaintReceived.AcknowledgementAddress("amal@example.org", language),
                null);
    }

    private Notice acknowledgement() {
        return notices.all().stream()
                .filter(n -> n.kind() == NoticeKind.ACKNOWLEDGEMENT)
                .findFirst()
                .orElseThrow();
    }

    /** The notice as the complainant reads it, in the wording the tenant uses. */
    private Letter read(Notice notice) {
        return new MustacheTemplates(id -> Optional.of(tenant))
                .render(notice.tenantId(), notice.kind(), notice.language(), notice.values());
    }

    private static ComplaintAssigned assigned() {
        return new ComplaintAssigned(
                "FJO-2026-0001", "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9));
    }

    private List<String> sent(NoticeKind kind) {
        return notices.all().stream()
                .filter(n -> n.kind() == kind)
                .map(Notice::recipient)
                .toList();
    }

    private static TenantSnapshot withRoutine(Routine routine) {
        return TestTenants.snapshot(
                "fjordvekst",
                "Fjordvekst AS",
                2,
                List.of(new no.klagesak.contracts.tenant.RoutineVersion(1, AT, "admin", List.of(), routine)));
    }

    @Test
    void the_director_who_is_given_the_case_gets_one_mail_the_assignment_not_also_the_news_of_it() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(new ComplaintAssigned(
                "FJO-2026-0001", "fjordvekst-director", "MANAGING_DIRECTOR", 14, LocalDate.of(2026, 12, 9)));

        assertThat(sent(NoticeKind.ASSIGNMENT)).containsExactly("fjordvekst-director");
        assertThat(sent(NoticeKind.NEW_COMPLAINT)).isEmpty();
    }

    @Test
    void a_named_complainant_gets_the_acknowledgement_in_their_language_and_the_handler_and_director_are_told() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(assigned());

        Notice acknowledgement = notices.all().stream()
                .filter(n -> n.kind() == NoticeKind.ACKNOWLEDGEMENT)
                .findFirst()
                .orElseThrow();
        assertThat(acknowledgement.email()).isEqualTo("kari@example.org");
        assertThat(acknowledgement.language()).isEqualTo("nn");
        assertThat(acknowledgement.values())
                .containsEntry("deadline", "09.12.2026")
                .containsEntry("followUpUrl", "http://web/t/fjordvekst/oppfolging?lang=nn");
        assertThat(sent(NoticeKind.ASSIGNMENT)).containsExactly("fjordvekst-handler");
        assertThat(sent(NoticeKind.NEW_COMPLAINT)).containsExactly("fjordvekst-director");
        Notice toHandler = notices.all().stream()
                .filter(n -> n.kind() == NoticeKind.ASSIGNMENT)
                .findFirst()
                .orElseThrow();
        assertThat(toHandler.email()).isEqualTo("handler@fjordvekst.example");
        assertThat(toHandler.values())
                .containsEntry("caseUrl", "http://web/saker/c-1")
                .doesNotContainKey("followUpUrl");
    }

    @Test
    void a_complainant_who_wrote_in_arabic_gets_the_acknowledgement_in_arabic_subject_text_and_date() {
        on(receivedIn("ar"));
        on(assigned());

        Notice acknowledgement = acknowledgement();
        assertThat(acknowledgement.language()).isEqualTo("ar");
        assertThat(acknowledgement.values()).containsEntry("deadline", "9 ديسمبر 2026");
        Letter letter = read(acknowledgement);
        assertThat(letter.subject())
                .contains("FJO-2026-0001")
                .containsPattern("\\p{IsArabic}{3,}")
                .doesNotContain("Vi har fått", "klagen");
        assertThat(letter.text())
                .contains("FJO-2026-0001", "9 ديسمبر 2026", "http://web/t/fjordvekst/oppfolging?lang=ar", "Fjordvekst")
                .containsPattern("\\p{IsArabic}{3,}")
                .doesNotContain("Hei", "Vi har fått", "Du får svar", "Hilsen");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "uk, uk, 9 грудня 2026",
        "ar, ar, 9 ديسمبر 2026",
        "so, so, 9 Diseembar 2026",
        "pl, pl, 9 grudnia 2026",
        "en, en, 9 December 2026",
        "de, nb, 09.12.2026"
    })
    void a_complainant_is_written_to_in_the_language_they_wrote_in_where_the_platform_has_it_else_bokmal(
            String wroteIn, String writtenTo, String deadline) {
        on(receivedIn(wroteIn));
        on(assigned());

        assertThat(acknowledgement().language()).isEqualTo(writtenTo);
        assertThat(acknowledgement().values()).containsEntry("deadline", deadline);
        assertThat(notices.all())
                .filteredOn(n -> !n.recipient().equals(Notice.COMPLAINANT))
                .as("staff read nb, nn or en whatever the complainant wrote in")
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.language()).isIn("nb", "nn", "en"));
    }

    @Test
    void a_tenants_own_arabic_wording_is_what_a_complainant_who_wrote_in_arabic_reads() {
        var routine = tenant.current().routine();
        tenant = withRoutine(routine.withPresentation(routine.presentation()
                .withNoticeWording(List.of(new Routine.NoticeWording(
                        "ACKNOWLEDGEMENT", "ar", "شكرًا على شكواك {{reference}}", "سنرد عليك بحلول {{deadline}}.")))));
        on(receivedIn("ar"));
        on(assigned());

        Letter letter = read(acknowledgement());
        assertThat(letter.subject()).isEqualTo("شكرًا على شكواك FJO-2026-0001");
        assertThat(letter.text()).isEqualTo("سنرد عليك بحلول 9 ديسمبر 2026.\n");
    }

    @Test
    void each_staff_member_is_written_to_in_their_own_language() {
        var people = tenant.organisation().people().stream()
                .map(p -> p.username().equals("fjordvekst-handler")
                        ? new no.klagesak.contracts.tenant.Organisation.Person(
                                p.id(),
                                p.name(),
                                p.email(),
                                p.username(),
                                p.title(),
                                p.unitId(),
                                p.lineManagerId(),
                                true,
                                "en")
                        : p)
                .toList();
        tenant = new TenantSnapshot(
                tenant.tenantId(),
                tenant.name(),
                tenant.revision(),
                true,
                tenant.routines(),
                tenant.organisation().withPeople(people));
        on(received("COMPLAINT", null, null));
        on(assigned());

        assertThat(notices.all())
                .filteredOn(n -> n.kind() == NoticeKind.ASSIGNMENT)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.language()).isEqualTo("en");
                    assertThat(n.values()).containsEntry("deadline", "9 December 2026");
                });
        assertThat(notices.all())
                .filteredOn(n -> n.kind() == NoticeKind.NEW_COMPLAINT)
                .singleElement()
                .satisfies(n -> assertThat(n.language()).isEqualTo("nb"));
    }

    @Test
    void a_named_complainant_without_e_mail_gets_the_letters_that_matter_to_print_and_post_and_no_others() {
        on(new ComplaintReceived(
                "FJO-2026-0001",
                "COMPLAINT",
                "STAFF_REGISTRATION",
                "PARTICIPANT",
                "FOLLOW_UP",
                1,
                false,
                false,
                AT,
                null));
        on(assigned());
        on(new ComplaintQuestionAsked("FJO-2026-0001", "m-1", "fjordvekst-handler"));
        on(new CaseChanged(
                "FJO-2026-0001",
                "RESOLVE",
                "RESOLVED",
                "fjordvekst-handler",
                LocalDate.of(2026, 12, 9),
                "UPHELD",
                false,
                "Svar."));

        assertThat(notices.all())
                .filteredOn(n -> n.recipient().equals(Notice.COMPLAINANT))
                .allSatisfy(n -> assertThat(n.letter()).isTrue())
                .extracting(Notice::kind)
                .containsExactlyInAnyOrder(NoticeKind.ACKNOWLEDGEMENT, NoticeKind.RESPONSE);
        assertThat(notices.ofComplaint("fjordvekst", "c-1"))
                .filteredOn(d -> d.recipient().equals(Notice.COMPLAINANT))
                .allSatisfy(d -> assertThat(d.state()).isEqualTo("LETTER"));
    }

    @Test
    void after_closure_a_complainant_with_e_mail_is_invited_to_the_anonymous_survey_where_the_routine_offers_it() {
        var surveys = new InMemorySurveys();
        var routine = tenant.current().routine();
        tenant = withRoutine(routine.withNotices(
                new Routine.Notices(Routine.DirectorNotice.IMMEDIATE, false, true, true, false, true)));
        var withSurvey = new Notifying(
                facts, notices, surveys, id -> Optional.of(tenant), "http://web", Clock.fixed(AT, ZoneOffset.UTC));
        withSurvey.on(EventEnvelope.of("fjordvekst", "c-1", AT, received("COMPLAINT", "kari@example.org", null)));
        withSurvey.on(EventEnvelope.of(
                "fjordvekst",
                "c-1",
                AT,
                new CaseChanged(
                        "FJO-2026-0001",
                        "CLOSE",
                        "CLOSED",
                        "fjordvekst-handler",
                        LocalDate.of(2026, 12, 9),
                        null,
                        false)));

        Notice invitation = notices.all().stream()
                .filter(n -> n.kind() == NoticeKind.SURVEY)
                .findFirst()
                .orElseThrow();
        String url = String.valueOf(invitation.values().get("surveyUrl"));
        assertThat(url).startsWith("http://web/t/fjordvekst/undersokelse/");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(surveys.invitations)
                .containsOnlyKeys(AnsweringSurvey.hash(token))
                .containsValue(new Surveys.Invitation("fjordvekst", "COMPLAINT", false));

        var answering = new AnsweringSurvey(surveys, Clock.fixed(AT, ZoneOffset.UTC));
        assertThat(answering.answer(token, 6, 3, true)).isEqualTo(AnsweringSurvey.Outcome.INVALID);
        assertThat(answering.answer(token, 4, 5, true)).isEqualTo(AnsweringSurvey.Outcome.RECORDED);
        assertThat(answering.answer(token, 4, 5, true)).isEqualTo(AnsweringSurvey.Outcome.ALREADY_ANSWERED);
        assertThat(answering.answer("not-a-token", 4, 5, true)).isEqualTo(AnsweringSurvey.Outcome.UNKNOWN);
        assertThat(surveys.published).singleElement().satisfies(e -> {
            assertThat(e.complaintId()).isNull();
            assertThat(e.data())
                    .isEqualTo(new no.klagesak.contracts.SatisfactionAnswered("2026-11", "COMPLAINT", 4, 5, true));
        });
    }

    @Test
    void no_survey_where_the_routine_does_not_offer_it() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(new CaseChanged(
                "FJO-2026-0001", "CLOSE", "CLOSED", "fjordvekst-handler", LocalDate.of(2026, 12, 9), null, false));

        assertThat(notices.all()).noneMatch(n -> n.kind() == NoticeKind.SURVEY);
    }

    @Test
    void an_anonymous_complainant_gets_no_mail_at_all() {
        on(received("COMPLAINT", null, null));
        on(assigned());
        on(new ComplaintQuestionAsked("FJO-2026-0001", "m-1", "fjordvekst-handler"));
        on(new CaseChanged(
                "FJO-2026-0001",
                "RESOLVE",
                "RESOLVED",
                "fjordvekst-handler",
                LocalDate.of(2026, 12, 9),
                "UPHELD",
                false,
                "Svar."));

        assertThat(notices.all()).noneMatch(n -> n.recipient().equals(Notice.COMPLAINANT));
    }

    @Test
    void the_acknowledgement_is_owed_first_so_a_mail_server_that_refuses_stops_nothing_before_it() {
        on(received("COMPLAINT", "kari@example.org", null));
        List<String> owed = notifying.owe(EventEnvelope.of("fjordvekst", "c-1", AT, assigned()));

        assertThat(owed).hasSize(3);
        assertThat(notices.all().stream()
                        .filter(n -> n.id().equals(owed.getFirst()))
                        .findFirst()
                        .orElseThrow()
                        .kind())
                .isEqualTo(NoticeKind.ACKNOWLEDGEMENT);
    }

    @Test
    void the_same_event_twice_owes_nothing_new() {
        var received = EventEnvelope.of("fjordvekst", "c-1", AT, received("COMPLAINT", "kari@example.org", null));
        var assigned = EventEnvelope.of("fjordvekst", "c-1", AT, assigned());
        notifying.on(received);
        int first = notifying.on(assigned);

        assertThat(notifying.on(received)).isZero();
        assertThat(notifying.on(assigned)).isZero();
        assertThat(first).as("acknowledgement, handler and director").isEqualTo(3);
    }

    @Test
    void a_breach_goes_to_the_handler_their_manager_and_the_director_once_each_and_the_complainant_is_told() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(assigned());
        on(new DeadlineBreached("FJO-2026-0001", "fjordvekst-handler", LocalDate.of(2026, 12, 9), false));

        // The handler's manager is the managing director here: one notice, not two.
        assertThat(sent(NoticeKind.BREACH)).containsExactly("fjordvekst-handler", "fjordvekst-director");
        assertThat(notices.all().stream().filter(n -> n.kind() == NoticeKind.DELAY))
                .singleElement()
                .satisfies(n -> assertThat(n.values()).containsEntry("passed", true));
    }

    @Test
    void a_later_deadline_tells_the_complainant_the_reason_and_the_new_date() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(assigned());
        on(new CaseChanged(
                "FJO-2026-0001",
                "EXTEND_DEADLINE",
                "IN_PROGRESS",
                "fjordvekst-handler",
                LocalDate.of(2026, 12, 23),
                null,
                true,
                "Vi venter på NAV."));

        assertThat(notices.all().stream().filter(n -> n.kind() == NoticeKind.DELAY))
                .singleElement()
                .satisfies(n -> assertThat(n.values())
                        .containsEntry("reason", "Vi venter på NAV.")
                        .containsEntry("deadline", "23.12.2026"));
    }

    @Test
    void the_response_carries_the_outcome_and_the_right_to_escalate_where_the_routine_offers_it() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(new CaseChanged(
                "FJO-2026-0001",
                "RESOLVE",
                "RESOLVED",
                "fjordvekst-handler",
                LocalDate.of(2026, 12, 9),
                "NOT_UPHELD",
                false,
                "Svaret."));

        assertThat(notices.all().stream().filter(n -> n.kind() == NoticeKind.RESPONSE))
                .singleElement()
                .satisfies(n -> assertThat(n.values())
                        .containsEntry("notUpheld", true)
                        .containsEntry("response", "Svaret.")
                        .containsEntry("escalationOffered", true));
    }

    @Test
    void the_person_a_complaint_concerns_is_never_told_of_it_not_even_the_director() {
        on(received("COMPLAINT", null, "director"));
        on(assigned());
        on(new DeadlineBreached("FJO-2026-0001", "fjordvekst-handler", LocalDate.of(2026, 12, 9), false));

        assertThat(notices.all()).noneMatch(n -> n.recipient().equals("fjordvekst-director"));
        assertThat(sent(NoticeKind.BREACH)).containsExactly("fjordvekst-handler");
    }

    @Test
    void no_one_routing_found_the_case_concerns_is_told_of_it_though_the_complainant_named_no_one() {
        // A complaint about the line manager, who is the director: the form named no person, routing found her.
        on(received("COMPLAINT", "kari@example.org", null));
        on(new ComplaintAssigned(
                "FJO-2026-0001", null, "MANAGEMENT_TRIAGE", 14, LocalDate.of(2026, 12, 9), List.of("director")));
        on(new DeadlineBreached("FJO-2026-0001", "fjordvekst-handler", LocalDate.of(2026, 12, 9), false));
        on(new no.klagesak.contracts.ComplaintEscalationRequested("FJO-2026-0001", AT, "m-3"));

        assertThat(notices.all()).noneMatch(n -> n.recipient().equals("fjordvekst-director"));
        assertThat(sent(NoticeKind.ACKNOWLEDGEMENT)).containsExactly(Notice.COMPLAINANT);
    }

    @Test
    void someone_the_receiver_says_the_case_concerns_is_told_of_it_no_more() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(assigned());
        on(new CaseChanged(
                "FJO-2026-0001",
                "CORRECT_CONCERNED",
                "IN_PROGRESS",
                "fjordvekst-handler",
                LocalDate.of(2026, 12, 9),
                null,
                true,
                null,
                null,
                4L,
                List.of("director")));
        int before = notices.all().size();
        on(new DeadlineBreached("FJO-2026-0001", "fjordvekst-handler", LocalDate.of(2026, 12, 9), false));

        assertThat(notices.all().subList(before, notices.all().size()))
                .noneMatch(n -> n.recipient().equals("fjordvekst-director"));
        assertThat(sent(NoticeKind.BREACH)).containsExactly("fjordvekst-handler");
    }

    @Test
    void a_daily_digest_routine_sends_the_director_no_notice_per_complaint() {
        var routine = tenant.current().routine();
        tenant = withRoutine(routine.withNotices(
                new Routine.Notices(Routine.DirectorNotice.DAILY_DIGEST, false, true, true, false)));
        on(received("COMPLAINT", null, null));

        assertThat(sent(NoticeKind.NEW_COMPLAINT)).isEmpty();
    }

    @Test
    void a_whistleblowing_report_reaches_the_director_only_as_a_designated_receiver() {
        on(received("WHISTLEBLOWING", null, null));
        on(assigned());
        assertThat(sent(NoticeKind.NEW_COMPLAINT)).containsExactly("fjordvekst-director");

        var routine = tenant.current().routine();
        tenant = withRoutine(routine.withReceivers(
                new Routine.Receivers(routine.receivers().defaultReceiver(), false, List.of("handler"))));
        notifying.on(EventEnvelope.of("fjordvekst", "c-2", AT, received("WHISTLEBLOWING", null, null)));
        notifying.on(EventEnvelope.of("fjordvekst", "c-2", AT, assigned()));
        assertThat(notices.all().stream().filter(n -> n.complaintId().equals("c-2")))
                .extracting(Notice::recipient)
                .containsExactly("fjordvekst-handler");
    }

    @Test
    void a_reminder_names_the_days_left_and_goes_to_the_handler_only() {
        on(received("COMPLAINT", "kari@example.org", null));
        on(assigned());
        on(new DeadlineApproaching("FJO-2026-0001", "fjordvekst-handler", LocalDate.of(2026, 12, 9), 3));

        assertThat(notices.all().stream().filter(n -> n.kind() == NoticeKind.REMINDER))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo("fjordvekst-handler");
                    assertThat(n.values()).containsEntry("daysLeft", 3);
                });
        assertThat(notices.all()).allSatisfy(n -> assertThat(n.id()).isNotBlank());
    }

    @Test
    void everyone_whose_turn_it_is_hears_of_it_once_by_a_link_and_nothing_of_the_complaint() {
        on(received("COMPLAINT", "kari@example.org", null));
        // Routine 002: the case waits in the management group's queue; the group is told.
        on(new ComplaintAssigned("FJO-2026-0001", null, "MANAGEMENT_TRIAGE", 14, LocalDate.of(2026, 12, 9)));
        assertThat(sent(NoticeKind.QUEUED)).containsExactly("fjordvekst-director");

        on(assigned());
        var answered = EventEnvelope.of(
                "fjordvekst",
                "c-1",
                AT,
                new no.klagesak.contracts.ComplaintInformationAdded("FJO-2026-0001", "m-2", "q-1"));
        notifying.on(answered);
        notifying.on(answered);
        assertThat(sent(NoticeKind.COMPLAINANT_WROTE)).containsExactly("fjordvekst-handler");
        Notice wrote = notices.all().stream()
                .filter(n -> n.kind() == NoticeKind.COMPLAINANT_WROTE)
                .findFirst()
                .orElseThrow();
        assertThat(wrote.values())
                .containsEntry("caseUrl", "http://web/saker/c-1")
                .containsEntry("answered", true);

        on(new CaseChanged(
                "FJO-2026-0001",
                "SEND_MINUTES",
                "IN_PROGRESS",
                "fjordvekst-handler",
                LocalDate.of(2026, 12, 9),
                null,
                false,
                "Vi ble enige om ukentlige møter."));
        assertThat(notices.all())
                .filteredOn(n -> n.kind() == NoticeKind.MINUTES)
                .singleElement()
                .satisfies(n -> assertThat(n.values()).containsEntry("minutes", "Vi ble enige om ukentlige møter."));
        on(new no.klagesak.contracts.ComplainantAwaited(
                "FJO-2026-0001", "fjordvekst-handler", LocalDate.of(2026, 11, 2)));
        assertThat(sent(NoticeKind.COMPLAINANT_AWAITED)).containsExactly("fjordvekst-handler");
        on(new no.klagesak.contracts.ConcernedNoticeReviewDue(
                "FJO-2026-0001", "fjordvekst-handler", LocalDate.of(2027, 1, 15)));
        assertThat(notices.all())
                .filteredOn(n -> n.kind() == NoticeKind.CONCERNED_REVIEW_DUE)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo("fjordvekst-handler");
                    assertThat(n.values()).containsEntry("reviewOn", "15.01.2027");
                });

        on(new no.klagesak.contracts.ComplaintEscalationRequested("FJO-2026-0001", AT, "m-3"));
        assertThat(sent(NoticeKind.ESCALATED)).containsExactly("fjordvekst-director");
        assertThat(sent(NoticeKind.ESCALATION_RECEIVED)).containsExactly(Notice.COMPLAINANT);
        assertThat(notices.all())
                .filteredOn(n -> n.kind().audience() == NoticeKind.Audience.STAFF)
                .allSatisfy(n -> assertThat(n.values().toString()).doesNotContain("kari"));
    }

    /** A deviation reported to the receiver, as routing publishes it: the envelope's id is the report's own. */
    private static EventEnvelope deviationReported(String receiver, String kind, String caseReference) {
        return EventEnvelope.of(
                "fjordvekst",
                "d-1",
                AT,
                new no.klagesak.contracts.DeviationReported(
                        kind, receiver, LocalDate.of(2026, 12, 9), "STAFF", false, caseReference, AT));
    }

    /** The tenant with the director reading the platform's e-mails in this language. */
    private static TenantSnapshot withDirectorIn(String language) {
        var base = TestTenants.fjordvekst();
        var people = base.organisation().people().stream()
                .map(p -> p.id().equals("director")
                        ? new no.klagesak.contracts.tenant.Organisation.Person(
                                p.id(),
                                p.name(),
                                p.email(),
                                p.username(),
                                p.title(),
                                p.unitId(),
                                p.lineManagerId(),
                                true,
                                language)
                        : p)
                .toList();
        return new TenantSnapshot(
                base.tenantId(),
                base.name(),
                base.revision(),
                base.active(),
                base.routines(),
                base.organisation().withPeople(people));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "nb, Et avvik fra klagerutinen er meldt til deg, Avviket gjelder: frist for svar., Det gjelder sak FJO-2026-0001.",
        "nn, Eit avvik frå klagerutinen er meldt til deg, Avviket gjeld: frist for svar., Det gjeld sak FJO-2026-0001.",
        "en, A deviation from the complaint routine was reported to you, "
                + "What it is about: the deadline for an answer., It concerns case FJO-2026-0001."
    })
    void a_reported_deviation_is_told_to_its_receiver_once_in_their_language_by_kind_case_deadline_and_link(
            String language, String subject, String kind, String inCase) {
        tenant = withDirectorIn(language);
        var event = deviationReported("fjordvekst-director", "DEADLINE", "FJO-2026-0001");

        assertThat(notifying.on(event)).isEqualTo(1);
        assertThat(notifying.on(event))
                .as("a redelivered event owes nothing new")
                .isZero();

        assertThat(notices.all())
                .singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NoticeKind.DEVIATION_REPORTED));
        Notice notice = notices.all().getFirst();
        assertThat(notice.recipient()).isEqualTo("fjordvekst-director");
        assertThat(notice.email()).isEqualTo("director@fjordvekst.example");
        assertThat(notice.language()).isEqualTo(language);
        assertThat(notice.complaintId()).isEqualTo("d-1");
        assertThat(notice.values())
                .containsOnlyKeys("tenantName", "reference", "deadline", "deviationDeadline", "deviationUrl")
                .containsEntry("deadline", "09.12.2026")
                .containsEntry("deviationUrl", "http://web/avvik/d-1");
        Letter letter = read(notice);
        assertThat(letter.subject()).isEqualTo(subject);
        assertThat(letter.text())
                .contains(kind, inCase, "09.12.2026", "http://web/avvik/d-1", "Fjordvekst AS")
                .doesNotContain("{{", "}}", "/saker/");
    }

    @Test
    void a_reported_deviation_about_no_case_or_the_director_says_so_and_each_kind_is_named() {
        var event = EventEnvelope.of(
                "fjordvekst",
                "d-2",
                AT,
                new no.klagesak.contracts.DeviationReported(
                        "CONFIDENTIALITY",
                        "fjordvekst-handler",
                        LocalDate.of(2026, 12, 9),
                        "COMPLAINANT",
                        true,
                        null,
                        AT));
        notifying.on(event);

        Notice notice = notices.all().getFirst();
        assertThat(notice.recipient()).isEqualTo("fjordvekst-handler");
        assertThat(notice.reference()).isEmpty();
        assertThat(read(notice).text())
                .contains(
                        "Avviket gjelder: taushet og tilgang til saker.",
                        "Det er ikke knyttet til en bestemt sak.",
                        "avviket gjelder daglig leder")
                .doesNotContain("Det gjelder sak");

        for (String kind : List.of("ACKNOWLEDGEMENT", "LEVEL", "INFORMATION", "OTHER", "SOMETHING_NEW")) {
            notifying.on(deviationReported("fjordvekst-director", kind, null));
        }
        assertThat(notices.all())
                .filteredOn(n -> n.recipient().equals("fjordvekst-director"))
                .extracting(n -> read(n).text()
                        .lines()
                        .filter(l -> l.startsWith("Avviket gjelder:"))
                        .findFirst()
                        .orElseThrow())
                .containsExactly(
                        "Avviket gjelder: kvittering til den som klaget.",
                        "Avviket gjelder: hvem som behandler saken.",
                        "Avviket gjelder: beskjed til dem som skal ha den.",
                        "Avviket gjelder: noe annet i rutinen.",
                        "Avviket gjelder: noe annet i rutinen.");
    }

    @Test
    void a_reported_deviation_to_a_user_name_the_organisation_does_not_know_or_who_left_owes_nothing() {
        assertThat(notifying.on(deviationReported("nobody-we-know", "DEADLINE", "FJO-2026-0001")))
                .isZero();

        var base = TestTenants.fjordvekst();
        tenant = new TenantSnapshot(
                base.tenantId(),
                base.name(),
                base.revision(),
                base.active(),
                base.routines(),
                base.organisation()
                        .withPeople(base.organisation().people().stream()
                                .map(p -> p.id().equals("director") ? p.withActive(false) : p)
                                .toList()));
        assertThat(notifying.on(deviationReported("fjordvekst-director", "DEADLINE", "FJO-2026-0001")))
                .isZero();
        assertThat(notices.all()).isEmpty();
    }

    /** A reported deviation's deadline passed without its receiver writing what was done, as routing publishes it. */
    private static EventEnvelope deviationOverdue(String receiver, String kind) {
        return EventEnvelope.of(
                "fjordvekst",
                "d-1",
                AT,
                new no.klagesak.contracts.DeviationOverdue(kind, receiver, LocalDate.of(2026, 12, 9)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "nb, Fristen for et meldt avvik er passert, Avviket gjelder: frist for svar., "
                + "Fristen for å behandle det var 09.12.2026., Tar det lengre tid, skriv hvorfor.",
        "en, The deadline for a reported deviation has passed, What it is about: the deadline for an answer., "
                + "It was to be handled by 09.12.2026., 'If it takes longer, write why.'"
    })
    void an_overdue_deviation_is_told_to_its_receiver_once_in_their_language_by_kind_deadline_and_link_only(
            String language, String subject, String kind, String deadline, String askedFor) {
        tenant = withDirectorIn(language);
        var event = deviationOverdue("fjordvekst-director", "DEADLINE");

        assertThat(notifying.on(event)).isEqualTo(1);
        assertThat(notifying.on(event))
                .as("a redelivered event owes nothing new")
                .isZero();

        assertThat(notices.all())
                .singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NoticeKind.DEVIATION_OVERDUE));
        Notice notice = notices.all().getFirst();
        assertThat(notice.recipient()).isEqualTo("fjordvekst-director");
        assertThat(notice.email()).isEqualTo("director@fjordvekst.example");
        assertThat(notice.language()).isEqualTo(language);
        assertThat(notice.complaintId()).isEqualTo("d-1");
        assertThat(notice.reference()).as("the event names no case").isEmpty();
        assertThat(notice.values())
                .containsOnlyKeys("tenantName", "deadline", "deviationDeadline", "deviationUrl")
                .containsEntry("deadline", "09.12.2026")
                .containsEntry("deviationUrl", "http://web/avvik/d-1");
        Letter letter = read(notice);
        assertThat(letter.subject()).isEqualTo(subject);
        assertThat(letter.text())
                .contains(kind, deadline, askedFor, "http://web/avvik/d-1", "Fjordvekst AS")
                .doesNotContain("{{", "}}", "/saker/", "FJO-", "Det gjelder sak", "It concerns case")
                .doesNotContain("ikke knyttet", "not linked", "daglig leder", "managing director");
        assertThat(letter.text().lines().filter(l -> l.contains("http")))
                .as("the one link is to the report")
                .containsExactly(
                        language.equals("nb")
                                ? "Les og behandle avviket: http://web/avvik/d-1"
                                : "Read and handle the deviation: http://web/avvik/d-1");
    }

    @Test
    void an_overdue_deviation_names_each_kind_as_the_report_did() {
        for (String kind : List.of(
                "ACKNOWLEDGEMENT", "DEADLINE", "LEVEL", "INFORMATION", "CONFIDENTIALITY", "OTHER", "SOMETHING_NEW")) {
            notifying.on(deviationOverdue("fjordvekst-director", kind));
        }
        assertThat(notices.all())
                .extracting(n -> read(n).text()
                        .lines()
                        .filter(l -> l.startsWith("Avviket gjelder:"))
                        .findFirst()
                        .orElseThrow())
                .containsExactly(
                        "Avviket gjelder: kvittering til den som klaget.",
                        "Avviket gjelder: frist for svar.",
                        "Avviket gjelder: hvem som behandler saken.",
                        "Avviket gjelder: beskjed til dem som skal ha den.",
                        "Avviket gjelder: taushet og tilgang til saker.",
                        "Avviket gjelder: noe annet i rutinen.",
                        "Avviket gjelder: noe annet i rutinen.");
    }

    @Test
    void an_overdue_deviation_to_a_user_name_the_organisation_does_not_know_or_who_left_owes_nothing() {
        assertThat(notifying.on(deviationOverdue("nobody-we-know", "DEADLINE"))).isZero();

        var base = TestTenants.fjordvekst();
        tenant = new TenantSnapshot(
                base.tenantId(),
                base.name(),
                base.revision(),
                base.active(),
                base.routines(),
                base.organisation()
                        .withPeople(base.organisation().people().stream()
                                .map(p -> p.id().equals("director") ? p.withActive(false) : p)
                                .toList()));
        assertThat(notifying.on(deviationOverdue("fjordvekst-director", "DEADLINE")))
                .isZero();
        assertThat(notices.all()).isEmpty();
    }

    @Test
    void a_handled_deviation_owes_no_one_a_notice() {
        assertThat(notifying.on(EventEnvelope.of(
                        "fjordvekst", "d-1", AT, new no.klagesak.contracts.DeviationHandled("DEADLINE", AT, false))))
                .isZero();
    }
}
