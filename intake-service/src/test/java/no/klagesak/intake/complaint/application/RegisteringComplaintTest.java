package no.klagesak.intake.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.intake.complaint.application.port.ReceiptCodeHashes;
import no.klagesak.intake.complaint.application.port.ReferenceNumbers;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.AttachmentRules;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import no.klagesak.intake.complaint.model.StaffRegistration;
import no.klagesak.intake.complaint.model.Track;
import no.klagesak.intake.complaint.model.Upload;
import org.junit.jupiter.api.Test;

class RegisteringComplaintTest {

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final InMemoryAttachments files = new InMemoryAttachments();
    private final List<Complaint> stored = complaints.stored;
    private final List<EventEnvelope> promised = complaints.promised;
    /** Fast and deterministic; the real one is bcrypt (BcryptReceiptCodeHashes). */
    static final ReceiptCodeHashes HASHES = (tenant, code) -> tenant + ":" + new StringBuilder(code.digits()).reverse();

    private int counter;
    private final ReferenceNumbers numbers = (tenant, year) -> year + "-" + (++counter);
    private final TenantRules rules = tenant -> switch (tenant) {
        case "open" -> Optional.of(routine(7, true, false));
        case "named-only" -> Optional.of(routine(7, false, false));
        case "strict" -> Optional.of(routine(7, false, true));
        case "chooser" -> Optional.of(withOrganisation(routine(7, true, false)));
        default -> Optional.empty();
    };

    /** A strict routine requires the name, contact details and the change wanted (routines 003, 004, 000). */
    private static TenantRules.IntakeRoutine routine(int version, boolean anonymousAllowed, boolean strict) {
        return new TenantRules.IntakeRoutine(
                version,
                "TST",
                anonymousAllowed,
                strict,
                strict,
                strict,
                strict,
                java.util.Set.of(ComplainantRole.PARTICIPANT, ComplainantRole.EMPLOYEE),
                java.util.Map.of("FOLLOW_UP", Track.COMPLAINT, "HARASSMENT", Track.WHISTLEBLOWING),
                true);
    }
    // 23:30 UTC on New Year's Eve is already the next year in Oslo.
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
    private final RegisteringComplaint registering = new RegisteringComplaint(
            complaints, numbers, rules, HASHES, files, InMemoryAttachments.MAGIC, AttachmentRules.STANDARD, clock);

    @Test
    void a_valid_complaint_is_stored_with_a_reference_of_the_year_in_oslo_and_promises_one_event() {
        var receipt = registering.register(command("open", new Complainant("Kari", "kari@example.org", null, null)));

        assertThat(receipt.reference()).isEqualTo("TST-2027-1");
        assertThat(stored).hasSize(1);
        assertThat(promised).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(ComplaintReceived.TYPE);
            assertThat(event.complaintId()).isEqualTo(receipt.complaintId().value());
            assertThat(((ComplaintReceived) event.data()).acknowledgeTo().email())
                    .isEqualTo("kari@example.org");
        });
    }

    @Test
    void the_event_never_carries_the_complaint_text_or_the_name() {
        registering.register(command("open", new Complainant("Kari Nordmann", "kari@example.org", "99999999", null)));

        String json = EventJson.write(promised.getFirst());
        assertThat(json).doesNotContain("Kari Nordmann", "99999999", "Oppfølgingen", "Jeg ønsker");
    }

    @Test
    void an_anonymous_complaint_is_refused_where_the_routine_refuses_them_and_nothing_is_stored() {
        assertThatThrownBy(() -> registering.register(command("named-only", null)))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid ->
                                assertThat(invalid.problems()).containsEntry("complainant", "anonymous-not-allowed"));
        assertThat(stored).isEmpty();
        assertThat(promised).isEmpty();
    }

    @Test
    void an_anonymous_complaint_is_received_where_allowed_and_promises_no_address() {
        registering.register(command("open", null));

        assertThat(((ComplaintReceived) promised.getFirst().data()).anonymous()).isTrue();
        assertThat(((ComplaintReceived) promised.getFirst().data()).acknowledgeTo())
                .isNull();
    }

    @Test
    void the_complaint_records_the_routine_version_it_was_received_under_and_the_category_decides_the_track() {
        var command = command("open", null);
        registering.register(new RegisterComplaint(
                "open",
                Channel.WEB_FORM,
                null,
                ComplainantRole.EMPLOYEE,
                "HARASSMENT",
                command.subject(),
                command.description(),
                null,
                null,
                false,
                "nb",
                null,
                null,
                null,
                null,
                null));

        var event = (ComplaintReceived) promised.getFirst().data();
        assertThat(event.policyVersion()).isEqualTo(7);
        assertThat(event.track()).isEqualTo("WHISTLEBLOWING");
        assertThat(stored.getFirst().policyVersion()).isEqualTo(7);
    }

    @Test
    void a_category_role_or_track_the_routine_does_not_offer_is_refused_by_field() {
        var command = new RegisterComplaint(
                "open",
                Channel.WEB_FORM,
                Track.COMPLAINT,
                ComplainantRole.BUYER,
                "HARASSMENT",
                "Emne",
                "Hva som skjedde",
                null,
                null,
                false,
                "nb",
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> registering.register(command))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("complainantRole", "not-offered")
                                .containsEntry("track", "does-not-match-category"));
        assertThatThrownBy(() -> registering.register(withCategory(command("open", null), "UNKNOWN_THING")))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("category", "not-offered"));
        assertThat(stored).isEmpty();
    }

    @Test
    void a_routine_that_demands_name_contact_and_the_change_wanted_refuses_a_complaint_without_them() {
        var withoutContact = new Complainant("Kari", null, null, null);
        var command = command("strict", withoutContact);
        var noChange = new RegisterComplaint(
                "strict",
                Channel.WEB_FORM,
                null,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                command.subject(),
                command.description(),
                " ",
                withoutContact,
                false,
                "nb",
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> registering.register(noChange))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("complainant.email", "contact-required")
                                .containsEntry("desiredChange", "required"));
        assertThatThrownBy(() -> registering.register(command("strict", null)))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("complainant", "name-required"));
        registering.register(command("strict", new Complainant("Kari", null, "99999999", null)));
        assertThat(stored).hasSize(1);
    }

    @Test
    void an_oral_complaint_written_down_by_staff_needs_the_complainants_confirmation() {
        var unconfirmed = staff(new StaffRegistration(StaffRegistration.Medium.IN_PERSON, "Tolk Tove", false, false));
        assertThatThrownBy(() -> registering.register(unconfirmed))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("staffRegistration.confirmedByComplainant", "required"));

        registering.register(
                staff(new StaffRegistration(StaffRegistration.Medium.IN_PERSON, "Tolk Tove", true, false)));
        assertThat(stored.getFirst().staffRegistration().helpedBy()).isEqualTo("Tolk Tove");
        assertThat(stored.getFirst().registeredBy()).isEqualTo("receiver");
    }

    @Test
    void a_phone_complaint_where_the_routine_wants_it_written_is_recorded_as_offered_the_written_form() {
        var notOffered = staffAt("strict", new StaffRegistration(StaffRegistration.Medium.PHONE, null, true, false));
        assertThatThrownBy(() -> registering.register(notOffered))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("staffRegistration.offeredWrittenForm", "required"));

        registering.register(
                staffAt("strict", new StaffRegistration(StaffRegistration.Medium.PHONE, null, true, true)));
        assertThat(stored.getFirst().staffRegistration().offeredWrittenForm()).isTrue();
    }

    @Test
    void staff_registration_says_how_the_complaint_came_and_a_letter_needs_no_confirmation() {
        assertThatThrownBy(() -> registering.register(staff(null)))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("staffRegistration", "required"));

        registering.register(staff(new StaffRegistration(StaffRegistration.Medium.LETTER, null, false, false)));
        assertThat(stored).hasSize(1);
    }

    private static RegisterComplaint staff(StaffRegistration registration) {
        return staffAt("open", registration);
    }

    private static RegisterComplaint staffAt(String tenant, StaffRegistration registration) {
        var c = command(tenant, new Complainant("Kari", "kari@example.org", "99999999", null));
        return new RegisterComplaint(
                c.tenantId(),
                Channel.STAFF_REGISTRATION,
                c.track(),
                c.complainantRole(),
                c.category(),
                c.subject(),
                c.description(),
                c.desiredChange(),
                c.complainant(),
                c.concernsLineManager(),
                c.language(),
                "receiver",
                null,
                registration,
                null,
                null);
    }

    static RegisterComplaint withCategory(RegisterComplaint c, String category) {
        return new RegisterComplaint(
                c.tenantId(),
                c.channel(),
                c.track(),
                c.complainantRole(),
                category,
                c.subject(),
                c.description(),
                c.desiredChange(),
                c.complainant(),
                c.concernsLineManager(),
                c.language(),
                c.registeredBy(),
                c.idempotencyKey(),
                null,
                null,
                null);
    }

    @Test
    void disagreement_with_a_nav_decision_is_received_as_the_participants_own_statement_under_its_reserved_category() {
        var receipt = registering.register(withCategory(
                command("open", new Complainant("Kari", "kari@example.org", null, null)),
                ComplaintReceived.NAV_DECISION));

        assertThat(stored.getFirst().track()).isEqualTo(Track.COMPLAINT);
        var event = (ComplaintReceived) promised.getFirst().data();
        assertThat(event.category()).isEqualTo(ComplaintReceived.NAV_DECISION);
        assertThat(receipt.reference()).isNotBlank();
    }

    @Test
    void a_statement_about_a_nav_decision_names_the_participant_and_comes_from_a_participant() {
        assertThatThrownBy(
                        () -> registering.register(withCategory(command("open", null), ComplaintReceived.NAV_DECISION)))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems()).containsKey("complainant"));
        var employee = command("open", new Complainant("Ola", "ola@example.org", null, null));
        var asEmployee = new RegisterComplaint(
                employee.tenantId(),
                employee.channel(),
                null,
                ComplainantRole.EMPLOYEE,
                ComplaintReceived.NAV_DECISION,
                employee.subject(),
                employee.description(),
                null,
                employee.complainant(),
                false,
                "nb",
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> registering.register(asEmployee))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("complainantRole", "not-offered"));
        assertThat(stored).isEmpty();
    }

    /** Routine 003: the complainant may choose the receiver among the unit leaders. */
    private static TenantRules.IntakeRoutine withOrganisation(TenantRules.IntakeRoutine r) {
        return new TenantRules.IntakeRoutine(
                r.version(),
                r.referencePrefix(),
                r.anonymousAllowed(),
                r.nameRequired(),
                r.contactRequired(),
                r.desiredChangeRequired(),
                r.writtenOnly(),
                r.complainantRoles(),
                r.categories(),
                r.escalationOffered(),
                java.util.Map.of("u-verksted", "Verkstedet"),
                java.util.Map.of("p-per", "Per, avdelingsleder", "p-kari", "Kari, arbeidsleder"),
                java.util.Map.of("p-per", "Per Hansen", "p-kari", "Kari Nordmann", "p-ola", "Ola Nordmann"));
    }

    private static RegisterComplaint about(String tenant, Concerns concerns, String receiver) {
        var c = command(tenant, null);
        return new RegisterComplaint(
                c.tenantId(),
                c.channel(),
                c.track(),
                c.complainantRole(),
                c.category(),
                c.subject(),
                c.description(),
                c.desiredChange(),
                c.complainant(),
                false,
                "nb",
                null,
                null,
                null,
                concerns,
                receiver);
    }

    @Test
    void what_the_complaint_concerns_and_the_chosen_receiver_travel_as_ids_for_routing() {
        registering.register(about("chooser", new Concerns(Concerns.Kind.PERSON, "p-kari", null), "p-per"));

        var hints = ((ComplaintReceived) promised.getFirst().data()).routingHints();
        assertThat(hints).isEqualTo(new ComplaintReceived.RoutingHints("p-kari", null, false, "p-per"));
        assertThat(stored.getFirst().chosenReceiver()).isEqualTo("p-per");
    }

    @Test
    void a_report_about_the_managing_director_says_so_and_routing_finds_who_that_is() {
        registering.register(about("chooser", new Concerns(Concerns.Kind.MANAGING_DIRECTOR, "ignored", null), null));

        var hints = ((ComplaintReceived) promised.getFirst().data()).routingHints();
        assertThat(hints).isEqualTo(new ComplaintReceived.RoutingHints(null, null, false, null, true));
        assertThat(stored.getFirst().concerns().id()).isNull();
    }

    /** The complainant names whom it concerns as they know them; the organisation is searched for one match. */
    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" is {1}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            Kari Nordmann,  p-kari
            '  kari   NORDMANN ', p-kari
            Kari,           p-kari
            Per,            p-per
            """)
    void a_person_named_by_the_complainant_is_found_in_the_organisation_and_travels_as_an_id(String given, String id) {
        registering.register(about("chooser", new Concerns(Concerns.Kind.PERSON, null, null, given), null));

        var hints = ((ComplaintReceived) promised.getFirst().data()).routingHints();
        assertThat(hints.concernsPerson()).isEqualTo(id);
        assertThat(hints.concernsOther()).isNull();
        assertThat(stored.getFirst().concerns()).isEqualTo(new Concerns(Concerns.Kind.PERSON, id, null));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Nordmann", "Berit Nordmann", "Tove"})
    void a_name_that_matches_no_one_or_several_is_left_for_the_receiver_to_settle_and_never_travels(String given) {
        registering.register(about("chooser", new Concerns(Concerns.Kind.PERSON, null, null, given), null));

        var hints = ((ComplaintReceived) promised.getFirst().data()).routingHints();
        assertThat(hints.concernsPerson()).isNull();
        assertThat(hints.concernsOther()).isEqualTo(ComplaintReceived.RoutingHints.UNKNOWN_PERSON);
        assertThat(stored.getFirst().concerns().name()).isEqualTo(given);
        assertThat(EventJson.write(promised.getFirst())).doesNotContain(given);
    }

    @Test
    void the_nearest_leader_of_the_unit_the_complainant_names_and_those_no_one_can_look_up_travel_as_hints() {
        registering.register(about("chooser", new Concerns(Concerns.Kind.LINE_MANAGER, "u-verksted", null), null));
        registering.register(about("chooser", new Concerns(Concerns.Kind.BOARD_MEMBER, null, null), null));
        registering.register(about("chooser", new Concerns(Concerns.Kind.OUTSIDE, null, null), null));

        var hints = promised.stream().map(e -> ((ComplaintReceived) e.data())).toList();
        assertThat(hints.get(0).concernsLineManager()).isTrue();
        assertThat(hints.get(0).routingHints().complainantUnit()).isEqualTo("u-verksted");
        assertThat(hints.get(1).routingHints().concernsOther()).isEqualTo(ComplaintReceived.RoutingHints.BOARD_MEMBER);
        assertThat(hints.get(2).routingHints().concernsOther()).isEqualTo(ComplaintReceived.RoutingHints.OUTSIDE);
    }

    @Test
    void a_service_is_named_in_words_that_stay_in_intake() {
        registering.register(about("chooser", new Concerns(Concerns.Kind.SERVICE, null, " Kantina "), null));

        assertThat(stored.getFirst().concerns().service()).isEqualTo("Kantina");
        assertThat(EventJson.write(promised.getFirst()))
                .doesNotContain("Kantina")
                .contains("\"concernsService\":true");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            an unknown person concerned                 | chooser | PERSON  | p-nobody   |        |          | concerns.id     | unknown
            an unknown unit concerned                   | chooser | UNIT    | u-nowhere  |        |          | concerns.id     | unknown
            a service without a name                    | chooser | SERVICE |            |        |          | concerns.service | required
            a person concerned without an id or a name  | chooser | PERSON  |            |        |          | concerns.name   | required
            an unknown unit of one's own                | chooser | LINE_MANAGER | u-nowhere |   |          | concerns.id     | unknown
            a receiver who is not offered               | chooser |         |            |        | p-ola    | chosenReceiver  | unknown
            a receiver where the routine lets no one choose | open |         |            |        | p-per    | chosenReceiver  | not-offered
            the person it concerns as receiver          | chooser | PERSON  | p-kari     |        | p-kari   | chosenReceiver  | is-concerned
            """)
    void what_it_concerns_and_to_whom_are_checked_against_the_organisation(
            String what,
            String tenant,
            String kind,
            String id,
            String service,
            String receiver,
            String field,
            String problem) {
        var concerns = kind == null ? null : new Concerns(Concerns.Kind.valueOf(kind), id, service);

        assertThatThrownBy(() -> registering.register(about(tenant, concerns, receiver)))
                .as(what)
                .isInstanceOfSatisfying(
                        InvalidComplaint.class, i -> assertThat(i.problems()).containsEntry(field, problem));
        assertThat(stored).isEmpty();
    }

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void attachments_are_stored_apart_listed_with_the_type_read_from_their_content_and_never_in_the_event() {
        var receipt =
                registering.register(command("open", null), List.of(new Upload("C:\\Users\\kari\\referat.pdf", PDF)));

        Attachment listed = stored.getFirst().attachments().getFirst();
        assertThat(listed.name()).isEqualTo("referat.pdf");
        assertThat(listed.contentType()).isEqualTo("application/pdf");
        assertThat(listed.size()).isEqualTo(PDF.length);
        assertThat(files.read("open", receipt.complaintId().value(), listed)).hasValue(PDF);
        assertThat(EventJson.write(promised.getFirst())).doesNotContain("referat", "PDF");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            a program named like a PDF | 1 | 1000    | MZ    | attachments[0] | type-not-allowed
            an empty file              | 1 | 0       | %PDF- | attachments[0] | empty
            a file over 5 MB           | 1 | 5242881 | %PDF- | attachments[0] | too-large
            four files                 | 4 | 100     | %PDF- | attachments    | too-many
            three files over 10 MB     | 3 | 4000000 | %PDF- | attachments    | too-large
            """)
    void a_refused_attachment_refuses_the_complaint_and_nothing_is_stored(
            String what, int count, int size, String start, String field, String problem) {
        List<Upload> uploads = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] content = new byte[size];
            byte[] magic = start.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            System.arraycopy(magic, 0, content, 0, Math.min(size, magic.length));
            uploads.add(new Upload("fil" + i + ".pdf", content));
        }

        assertThatThrownBy(() -> registering.register(command("open", null), uploads))
                .as(what)
                .isInstanceOfSatisfying(
                        InvalidComplaint.class, i -> assertThat(i.problems()).containsEntry(field, problem));
        assertThat(stored).isEmpty();
        assertThat(files.stored).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once() {
        var empty = new RegisterComplaint(
                "open",
                Channel.WEB_FORM,
                null,
                null,
                "lower",
                " ",
                null,
                null,
                new Complainant("", "no-at", null, null),
                false,
                "de",
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> registering.register(empty))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems())
                                .containsOnlyKeys(
                                        "complainantRole",
                                        "category",
                                        "subject",
                                        "description",
                                        "language",
                                        "complainant.name",
                                        "complainant.email"));
        assertThat(stored).isEmpty();
    }

    @Test
    void a_repeated_submission_with_the_same_key_returns_the_first_receipt_and_stores_nothing_new() {
        var command = withKey(command("open", null), "form-4f1c2b9e");
        var first = registering.register(command);
        var second = registering.register(command);

        assertThat(second.complaintId()).isEqualTo(first.complaintId());
        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(first.repeated()).isFalse();
        assertThat(second.repeated()).isTrue();
        assertThat(stored).hasSize(1);
        assertThat(promised).hasSize(1);
        assertThat(counter).as("reference numbers spent").isEqualTo(1);
    }

    @Test
    void without_a_key_every_submission_is_a_new_complaint() {
        registering.register(command("open", null));
        registering.register(command("open", null));

        assertThat(stored).hasSize(2);
    }

    @Test
    void a_malformed_key_is_refused() {
        assertThatThrownBy(() -> registering.register(withKey(command("open", null), "short")))
                .isInstanceOfSatisfying(
                        InvalidComplaint.class,
                        invalid -> assertThat(invalid.problems()).containsOnlyKeys("idempotencyKey"));
    }

    @Test
    void a_complaint_for_a_tenant_not_served_here_is_refused() {
        assertThatThrownBy(() -> registering.register(command("nobody", null))).isInstanceOf(UnknownTenant.class);
    }

    static RegisterComplaint command(String tenant, Complainant complainant) {
        return new RegisterComplaint(
                tenant,
                Channel.WEB_FORM,
                Track.COMPLAINT,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                "Oppfølgingen i arbeidstreningen",
                "Jeg har ikke fått møte med veileder på seks uker.",
                "Jeg ønsker fast møte hver uke.",
                complainant,
                false,
                "nb",
                null,
                null,
                null,
                null,
                null);
    }

    static RegisterComplaint withKey(RegisterComplaint c, String key) {
        return new RegisterComplaint(
                c.tenantId(),
                c.channel(),
                c.track(),
                c.complainantRole(),
                c.category(),
                c.subject(),
                c.description(),
                c.desiredChange(),
                c.complainant(),
                c.concernsLineManager(),
                c.language(),
                c.registeredBy(),
                key,
                null,
                null,
                null);
    }
}
