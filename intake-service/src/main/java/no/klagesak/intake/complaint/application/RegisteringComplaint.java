package no.klagesak.intake.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.complaint.application.policy.OfferedCategoryPolicy;
import no.klagesak.intake.complaint.application.policy.Registration;
import no.klagesak.intake.complaint.application.policy.RegistrationPolicies;
import no.klagesak.intake.complaint.application.port.Attachments;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.application.port.ContentTypes;
import no.klagesak.intake.complaint.application.port.ReceiptCodeHashes;
import no.klagesak.intake.complaint.application.port.ReferenceNumbers;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.AttachmentRules;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import no.klagesak.intake.complaint.model.ReceiptCode;
import no.klagesak.intake.complaint.model.Track;
import no.klagesak.intake.complaint.model.Upload;
import org.jspecify.annotations.Nullable;

/** The use case: validate, number, store, and promise {@code complaint.received.v1} in the same write. */
public class RegisteringComplaint {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Complaints complaints;
    private final ReferenceNumbers referenceNumbers;
    private final TenantRules tenantRules;
    private final ReceiptCodeHashes receiptCodes;
    private final Attachments attachments;
    private final ContentTypes contentTypes;
    private final AttachmentRules attachmentRules;
    private final Clock clock;

    public RegisteringComplaint(
            Complaints complaints,
            ReferenceNumbers referenceNumbers,
            TenantRules tenantRules,
            ReceiptCodeHashes receiptCodes,
            Attachments attachments,
            ContentTypes contentTypes,
            AttachmentRules attachmentRules,
            Clock clock) {
        this.attachments = attachments;
        this.contentTypes = contentTypes;
        this.attachmentRules = attachmentRules;
        this.complaints = complaints;
        this.referenceNumbers = referenceNumbers;
        this.tenantRules = tenantRules;
        this.receiptCodes = receiptCodes;
        this.clock = clock;
    }

    public Receipt register(RegisterComplaint command) {
        return register(command, List.of());
    }

    /** Registers a complaint with files; nothing is stored when a file or the complaint is refused. */
    public Receipt register(RegisterComplaint command, List<Upload> uploads) {
        return register(command, uploads, null, null);
    }

    /**
     * Registers a complaint sent by someone logged in with ID-porten, who then finds it among their own complaints.
     *
     * @param owner their Keycloak subject; null when they are not logged in
     */
    public Receipt register(RegisterComplaint command, List<Upload> uploads, @Nullable String owner) {
        return register(command, uploads, null, owner);
    }

    /**
     * The reporter of a whistleblowing report, with its receipt code, reports suspected retaliation (arbeidsmiljøloven
     * § 2 A-4): a new report on the whistleblowing track, in the first one's category, from the same person, linked
     * to it. It gets its own reference and receipt code.
     */
    public Receipt reportRetaliation(
            String tenantId, ReceiptCode code, @Nullable String text, @Nullable String desiredChange) {
        FollowUp followed = complaints
                .findByReceiptCode(tenantId, receiptCodes.hash(tenantId, code))
                .orElseThrow(FollowingUp.UnknownReceiptCode::new);
        if (followed.track() != Track.WHISTLEBLOWING) {
            throw new InvalidComplaint(Map.of("retaliation", "whistleblowing-only"));
        }
        Complaint report = complaints.findBy(tenantId, followed.id()).orElseThrow();
        var command = RegisterComplaint.of(tenantId, Channel.WEB_FORM)
                .track(Track.WHISTLEBLOWING)
                .complainantRole(report.complainantRole())
                .category(report.category())
                .subject("Gjengjeldelse etter varsel " + report.reference())
                .description(text)
                .desiredChange(desiredChange)
                .complainant(report.complainant())
                .language(report.language())
                .build();
        return register(command, List.of(), report.id(), null);
    }

    private Receipt register(
            RegisterComplaint command,
            List<Upload> uploads,
            @Nullable ComplaintId retaliationFor,
            @Nullable String owner) {
        TenantRules.IntakeRoutine routine =
                tenantRules.find(command.tenantId()).orElseThrow(() -> new UnknownTenant(command.tenantId()));
        Map<String, String> problems = new LinkedHashMap<>(command.problems());
        Track track = OfferedCategoryPolicy.trackOf(command, routine);
        Concerns concerns = resolved(routine, command.concerns());
        Registration registration = new Registration(command, routine, track, concerns);
        RegistrationPolicies.ALL.forEach(policy -> policy.check(registration, problems));
        List<String> types =
                uploads.stream().map(u -> contentTypes.detect(u.content())).toList();
        problems.putAll(attachmentRules.problems(uploads, types));
        if (!problems.isEmpty()) {
            throw new InvalidComplaint(problems);
        }
        ComplaintId id = command.idempotencyKey() == null
                ? ComplaintId.random()
                : ComplaintId.ofSubmission(command.tenantId(), command.idempotencyKey());
        if (command.idempotencyKey() != null) {
            // A retry: answer with the first receipt before a reference number is spent on it.
            var earlier = complaints.findBy(command.tenantId(), id);
            if (earlier.isPresent()) {
                return new Receipt(
                        id,
                        earlier.get().reference(),
                        earlier.get().receivedAt(),
                        earlier.get().track(),
                        true,
                        null);
            }
        }
        Instant now = clock.instant();
        // The files first: the complaint, written last, is what makes them reachable.
        List<Attachment> listed = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            Attachment attachment = Attachment.of(upload.safeName(), types.get(i), upload.content().length);
            attachments.store(command.tenantId(), id.value(), attachment, upload.content());
            listed.add(attachment);
        }
        // A complaint from the public form gets a receipt code to follow it up with, named or anonymous.
        ReceiptCode code = command.channel() == Channel.WEB_FORM ? ReceiptCode.generate() : null;
        Complaint complaint = new Complaint(
                id,
                command.tenantId(),
                routine.referencePrefix() + "-"
                        + referenceNumbers.next(command.tenantId(), Year.from(now.atZone(OSLO))),
                track,
                command.channel(),
                command.complainantRole(),
                command.category(),
                routine.version(),
                command.subject().strip(),
                command.description().strip(),
                command.desiredChange() == null || command.desiredChange().isBlank()
                        ? null
                        : command.desiredChange().strip(),
                command.complainant(),
                command.concernsLineManager() || (concerns != null && concerns.kind() == Concerns.Kind.LINE_MANAGER),
                command.languageOrDefault(),
                now,
                command.registeredBy(),
                command.staffRegistration(),
                command.idempotencyKey() == null ? id.value() : command.idempotencyKey(),
                concerns == null
                        ? null
                        : new Concerns(
                                concerns.kind(),
                                concerns.kind().named() ? concerns.id() : null,
                                concerns.kind() == Concerns.Kind.SERVICE
                                        ? concerns.service().strip()
                                        : null,
                                concerns.kind() == Concerns.Kind.PERSON && concerns.id() == null
                                        ? concerns.name()
                                        : null),
                command.chosenReceiver(),
                listed,
                code == null ? null : receiptCodes.hash(command.tenantId(), code),
                retaliationFor,
                owner);
        Complaint stored = complaints.addUnlessSubmitted(complaint, List.of(received(complaint)));
        boolean repeated = stored != complaint;
        return new Receipt(
                stored.id(), stored.reference(), stored.receivedAt(), stored.track(), repeated, repeated ? null : code);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The integration event: ids and classifications, and where to write to the complainant only where they said. */
    static EventEnvelope received(Complaint complaint) {
        Complainant complainant = complaint.complainant();
        // An e-mail address where given; else the phone number for text messages; else nothing.
        var acknowledgeTo = complainant == null
                ? null
                : !blank(complainant.email())
                        ? new ComplaintReceived.AcknowledgementAddress(complainant.email(), complaint.language())
                        : !blank(complainant.phone())
                                ? new ComplaintReceived.AcknowledgementAddress(
                                        null, complaint.language(), complainant.phone())
                                : null;
        return EventEnvelope.of(
                complaint.tenantId(),
                complaint.id().value(),
                complaint.receivedAt(),
                new ComplaintReceived(
                        complaint.reference(),
                        complaint.track().name(),
                        complaint.channel().name(),
                        complaint.complainantRole().name(),
                        complaint.category(),
                        complaint.policyVersion(),
                        complaint.anonymous(),
                        complaint.concernsLineManager(),
                        complaint.receivedAt(),
                        acknowledgeTo,
                        routingHints(complaint),
                        complaint.retaliationFor() == null
                                ? null
                                : complaint.retaliationFor().value()));
    }

    private static ComplaintReceived.@Nullable RoutingHints routingHints(Complaint complaint) {
        Concerns concerns = complaint.concerns();
        if (concerns == null && complaint.chosenReceiver() == null) return null;
        Concerns.Kind kind = concerns == null ? null : concerns.kind();
        String other = kind == null
                ? null
                : switch (kind) {
                    case BOARD_MEMBER -> ComplaintReceived.RoutingHints.BOARD_MEMBER;
                    case OUTSIDE -> ComplaintReceived.RoutingHints.OUTSIDE;
                    // Named, but no one person by that name: the receiver settles whom it concerns.
                    case PERSON -> concerns.id() == null ? ComplaintReceived.RoutingHints.UNKNOWN_PERSON : null;
                    default -> null;
                };
        return new ComplaintReceived.RoutingHints(
                kind == Concerns.Kind.PERSON ? concerns.id() : null,
                kind == Concerns.Kind.UNIT ? concerns.id() : null,
                kind == Concerns.Kind.SERVICE,
                complaint.chosenReceiver(),
                kind == Concerns.Kind.MANAGING_DIRECTOR,
                kind == Concerns.Kind.LINE_MANAGER ? concerns.id() : null,
                other);
    }

    /**
     * What it concerns with a person named by the complainant looked up in the organisation: the one active person by
     * that name, or, when there is no one or several, the name as given for the receiver to settle.
     */
    private static @Nullable Concerns resolved(TenantRules.IntakeRoutine routine, @Nullable Concerns concerns) {
        if (concerns == null
                || concerns.kind() != Concerns.Kind.PERSON
                || concerns.id() != null
                || concerns.name() == null) {
            return concerns;
        }
        return routine.personNamed(concerns.name())
                .map(id -> new Concerns(Concerns.Kind.PERSON, id, null))
                .orElse(concerns);
    }

    /**
     * What the complainant is told at once.
     *
     * @param repeated true when this answers a retry of a submission already stored
     * @param receiptCode the code to follow the complaint up with; given once, so null on a repeated answer and for
     *     complaints not sent from the public form
     */
    public record Receipt(
            ComplaintId complaintId,
            String reference,
            Instant receivedAt,
            Track track,
            boolean repeated,
            @Nullable ReceiptCode receiptCode) {}
}
