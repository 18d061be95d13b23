package no.klagesak.intake.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.CaseLifecycle;
import no.klagesak.contracts.ComplainantReportedDeviation;
import no.klagesak.contracts.ComplaintEscalationRequested;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.IntegrationEvent;
import no.klagesak.contracts.MinutesAnswered;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.application.port.ReceiptCodeHashes;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.CaseStanding;
import no.klagesak.intake.complaint.model.CaseStateForbids;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.DeviationForm;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.intake.complaint.model.ReceiptCode;
import no.klagesak.intake.complaint.model.Track;
import org.jspecify.annotations.Nullable;

/**
 * After sending: the complainant, with the receipt code, sees where the complaint stands, reads the handler's
 * questions and answers them, adds information, withdraws, or asks management to decide. The handler asks through
 * staff access. Every change is one write of the complaint together with the event it causes.
 */
public class FollowingUp {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Complaints complaints;
    private final ReceiptCodeHashes hashes;
    private final TenantRules tenantRules;
    private final Clock clock;
    private final WordsSealer sealer;

    /**
     * @param sealer seals the words an event carries to another service (a deviation the complainant reports) with the
     *     tenant's event key, so they never travel as plain text on Kafka
     */
    public FollowingUp(
            Complaints complaints, ReceiptCodeHashes hashes, TenantRules tenantRules, Clock clock, WordsSealer sealer) {
        this.complaints = complaints;
        this.hashes = hashes;
        this.tenantRules = tenantRules;
        this.clock = clock;
        this.sealer = sealer;
    }

    /** Seals words for an event about the complaint (service-support's {@code EventSealer}). */
    @FunctionalInterface
    public interface WordsSealer {
        String seal(String tenantId, String complaintId, String words);
    }

    /** The complaint the code was given for, in this tenant; empty for a wrong code. */
    public Optional<FollowUp> open(String tenantId, ReceiptCode code) {
        return complaints.findByReceiptCode(tenantId, hashes.hash(tenantId, code));
    }

    /** A complaint in the tenant, for its handlers. */
    public Optional<FollowUp> find(String tenantId, ComplaintId id) {
        return complaints.followUp(tenantId, id);
    }

    /** Whether the tenant's routine lets a complainant who is not satisfied take it to management. */
    public boolean escalationOffered(String tenantId) {
        return tenantRules
                .find(tenantId)
                .map(TenantRules.IntakeRoutine::escalationOffered)
                .orElse(false);
    }

    /** One of the complaints the person logged in with ID-porten sent while logged in; empty for anyone else's. */
    public Optional<FollowUp> owned(String tenantId, String owner, ComplaintId id) {
        return complaints.ownedBy(tenantId, owner).stream()
                .filter(f -> f.id().equals(id))
                .findFirst();
    }

    public FollowUp addInformation(String tenantId, ReceiptCode code, @Nullable String text, @Nullable String answers) {
        return addInformation(opened(tenantId, code), text, answers);
    }

    /** As with the code, for a complaint found otherwise (its owner logged in with ID-porten). */
    public FollowUp addInformation(FollowUp followUp, @Nullable String text, @Nullable String answers) {
        refuseUnlessAllowed(
                followUp, answers == null ? CaseLifecycle.Step.ADD_INFORMATION : CaseLifecycle.Step.ANSWER_QUESTION);
        required(text);
        if (answers != null
                && followUp.messages().stream()
                        .noneMatch(m -> m.kind() == Message.Kind.QUESTION && m.id().equals(answers))) {
            throw new InvalidComplaint(Map.of("answers", "invalid"));
        }
        Message message = Message.of(Message.Kind.INFORMATION, text, clock.instant(), null, answers);
        return append(
                followUp, message, null, new ComplaintInformationAdded(followUp.reference(), message.id(), answers));
    }

    public FollowUp withdraw(String tenantId, ReceiptCode code, @Nullable String reason) {
        return withdraw(opened(tenantId, code), reason);
    }

    public FollowUp withdraw(FollowUp followUp, @Nullable String reason) {
        if (followUp.state() == ComplainantState.WITHDRAWN) throw new ComplaintWithdrawnAlready();
        refuseUnlessAllowed(followUp, CaseLifecycle.Step.WITHDRAW);
        boolean reasonGiven = reason != null && !reason.isBlank();
        if (reasonGiven && reason.length() > Message.MAX_TEXT) throw new InvalidComplaint(Map.of("text", "too-long"));
        Message message = Message.of(Message.Kind.WITHDRAWAL, reasonGiven ? reason : "", clock.instant(), null, null);
        return append(
                followUp,
                message,
                ComplainantState.WITHDRAWN,
                new ComplaintWithdrawn(followUp.reference(), message.at(), reasonGiven));
    }

    public FollowUp requestEscalation(String tenantId, ReceiptCode code, @Nullable String reason) {
        return requestEscalation(opened(tenantId, code), reason);
    }

    public FollowUp requestEscalation(FollowUp followUp, @Nullable String reason) {
        String tenantId = followUp.tenantId();
        if (!escalationOffered(tenantId)) throw new InvalidComplaint(Map.of("escalation", "not-offered"));
        if (followUp.shown() == FollowUp.Shown.ESCALATION_REQUESTED) {
            throw new InvalidComplaint(Map.of("escalation", "already-requested"));
        }
        refuseUnlessAllowed(followUp, CaseLifecycle.Step.ESCALATE);
        required(reason);
        Message message = Message.of(Message.Kind.ESCALATION, reason, clock.instant(), null, null);
        return append(
                followUp,
                message,
                ComplainantState.ESCALATION_REQUESTED,
                new ComplaintEscalationRequested(followUp.reference(), message.at(), message.id()));
    }

    /**
     * The complainant confirms the minutes of a meeting sent to them, or says they do not agree and what they dispute
     * (routine 004: minutes agreed by both parties); a comment may go with a confirmation.
     */
    public FollowUp answerMinutes(
            FollowUp followUp, @Nullable String minutesId, @Nullable Boolean agreedOrNot, @Nullable String text) {
        refuseUnlessAllowed(followUp, CaseLifecycle.Step.ANSWER_MINUTES);
        // Whether they agree is theirs to say, never assumed.
        if (agreedOrNot == null) throw new InvalidComplaint(Map.of("agreed", "required"));
        boolean agreed = agreedOrNot;
        var open = followUp.openMinutes();
        if (open.isEmpty() || !open.get().id().equals(minutesId)) {
            throw new InvalidComplaint(Map.of("minutes", "invalid"));
        }
        boolean commented = text != null && !text.isBlank();
        if (!agreed) required(text);
        if (commented && text.length() > Message.MAX_TEXT) throw new InvalidComplaint(Map.of("text", "too-long"));
        Message message = Message.of(
                agreed ? Message.Kind.MINUTES_CONFIRMED : Message.Kind.MINUTES_DISPUTED,
                commented ? text : "",
                clock.instant(),
                null,
                minutesId);
        return append(
                followUp,
                message,
                null,
                new MinutesAnswered(followUp.reference(), minutesId, agreed, commented, message.at()));
    }

    /** As {@link #answerMinutes(FollowUp, String, Boolean, String)}, with the receipt code. */
    public FollowUp answerMinutes(
            String tenantId,
            ReceiptCode code,
            @Nullable String minutesId,
            @Nullable Boolean agreed,
            @Nullable String text) {
        return answerMinutes(opened(tenantId, code), minutesId, agreed, text);
    }

    /** What is wrong with a deviation form, by field, before any code is looked up; empty when nothing is. */
    public Map<String, String> deviationProblems(DeviationForm form) {
        return form.problems(today());
    }

    /**
     * The complainant reports that the routine was not followed (routine 001), with the code: in any state of the
     * case, also withdrawn or closed, since it may be found afterwards, but not once the complaint is erased. Routing
     * makes it a report to the managing director (or, when it concerns them, the routine's alternative receiver) from
     * {@code complaint.deviation-reported.v1}, promised in the complaint's outbox in one write; its words travel sealed
     * and are not added to the conversation, which the handler reads (the deviation may be about them). The same form
     * sent again is promised again: routing keeps one report per form.
     *
     * @throws InvalidComplaint with every problem of the form, before the code is looked up
     * @throws ComplaintErasedAlready when the complaint is erased
     */
    public void reportDeviation(String tenantId, ReceiptCode code, DeviationForm form) {
        DeviationForm.Checked checked = form.checked(today());
        FollowUp followUp = opened(tenantId, code);
        // A whistleblowing report follows its own receivers (aml. § 2 A-3), never the managing director by default.
        if (followUp.track() == Track.WHISTLEBLOWING)
            throw new InvalidComplaint(Map.of("deviation", "complaints-only"));
        String complaintId = followUp.id().value();
        Instant now = clock.instant();
        var event = EventEnvelope.of(
                tenantId,
                complaintId,
                now,
                new ComplainantReportedDeviation(
                        checked.formId(),
                        checked.kind(),
                        sealer.seal(tenantId, complaintId, checked.text()),
                        checked.happenedOn(),
                        checked.concernsDirector(),
                        now));
        if (!complaints.promise(tenantId, followUp.id(), event)) throw new ComplaintErasedAlready();
    }

    private LocalDate today() {
        return clock.instant().atZone(OSLO).toLocalDate();
    }

    /** A handler asks the complainant; the complaint is found in the handler's own tenant only. */
    public FollowUp ask(String tenantId, ComplaintId id, String handler, @Nullable String text) {
        FollowUp followUp = complaints.followUp(tenantId, id).orElseThrow(UnknownReceiptCode::new);
        refuseUnlessAllowed(followUp, CaseLifecycle.Step.ASK_QUESTION);
        required(text);
        Message message = Message.of(Message.Kind.QUESTION, text, clock.instant(), handler, null);
        return append(followUp, message, null, new ComplaintQuestionAsked(followUp.reference(), message.id(), handler));
    }

    /**
     * Routing told a step of the case: the copy of where it stands is replaced unless a later step was told first, and
     * the words for the complainant (the answer, the decision, why the deadline moved) join the conversation once,
     * under the event's id, so a redelivered event adds nothing.
     *
     * @param words the words for the complainant, opened; null when the step has none
     */
    public void caseChanged(
            String tenantId, ComplaintId id, String eventId, CaseChanged changed, Instant at, @Nullable String words) {
        var state = CaseLifecycle.state(changed.state());
        // A step after the answer (closing it, escalating, a note) carries no outcome: the answer's stays.
        String outcome = changed.outcome() != null || state.open()
                ? changed.outcome()
                : complaints
                        .followUp(tenantId, id)
                        .map(FollowUp::standing)
                        .map(CaseStanding::outcome)
                        .orElse(null);
        // Routing names the handler after every step; none while the case waits in the triage queue.
        var standing = new CaseStanding(state, changed.deadline(), outcome, at, changed.version(), changed.handler());
        Message.Kind kind = switch (changed.action()) {
            case "RESOLVE" -> Message.Kind.ANSWER;
            case "DECIDE" -> Message.Kind.DECISION;
            case "EXTEND_DEADLINE" -> Message.Kind.DEADLINE_EXTENDED;
            case "SEND_MINUTES" -> Message.Kind.MINUTES;
            default -> null;
        };
        Message message = kind == null || words == null || words.isBlank()
                ? null
                : new Message(eventId, kind, words.strip(), at, null, null);
        if ("ACKNOWLEDGE".equals(changed.action())) {
            // The acknowledgement the handler gave is a record of the case, for the complainant's page and the journal.
            message = new Message(eventId, Message.Kind.ACKNOWLEDGED, "", at, null, null);
        }
        if ("RECORD_ANSWER".equals(changed.action())) {
            // The question answered by phone or in person is no longer open on the complainant's page.
            message = complaints
                    .followUp(tenantId, id)
                    .flatMap(FollowUp::openQuestion)
                    .map(q -> new Message(eventId, Message.Kind.ANSWER_RECORDED, "", at, null, q.id()))
                    .orElse(null);
        }
        complaints.recordStanding(tenantId, id, standing, message);
    }

    private static void refuseUnlessAllowed(FollowUp followUp, CaseLifecycle.Step step) {
        if (!followUp.allows(step)) throw new CaseStateForbids(step, followUp.shown());
    }

    private FollowUp opened(String tenantId, ReceiptCode code) {
        return open(tenantId, code).orElseThrow(UnknownReceiptCode::new);
    }

    private FollowUp append(
            FollowUp followUp, Message message, @Nullable ComplainantState state, IntegrationEvent event) {
        var envelope = EventEnvelope.of(followUp.tenantId(), followUp.id().value(), message.at(), event);
        if (!complaints.append(followUp.tenantId(), followUp.id(), message, state, envelope)) {
            throw new ComplaintWithdrawnAlready();
        }
        return complaints.followUp(followUp.tenantId(), followUp.id()).orElseThrow();
    }

    private static void required(@Nullable String text) {
        if (text == null || text.isBlank()) throw new InvalidComplaint(Map.of("text", "required"));
        if (text.length() > Message.MAX_TEXT) throw new InvalidComplaint(Map.of("text", "too-long"));
    }

    /** No complaint has this code in this tenant (or no such complaint, for staff). */
    public static final class UnknownReceiptCode extends RuntimeException {
        UnknownReceiptCode() {
            super("No complaint with this receipt code");
        }
    }

    /** An erased complaint takes nothing more. */
    public static final class ComplaintErasedAlready extends RuntimeException {
        ComplaintErasedAlready() {
            super("The complaint is erased");
        }
    }

    /** A withdrawn complaint takes nothing more. */
    public static final class ComplaintWithdrawnAlready extends RuntimeException {
        ComplaintWithdrawnAlready() {
            super("The complaint is withdrawn");
        }
    }
}
