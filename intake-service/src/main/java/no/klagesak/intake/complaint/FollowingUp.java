package no.klagesak.intake.complaint;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.ComplaintEscalationRequested;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * After sending: the complainant, with the receipt code, sees where the complaint stands, reads the handler's
 * questions and answers them, adds information, withdraws, or asks management to decide. The handler asks through
 * staff access. Every change is one write of the complaint together with the event it causes.
 */
public class FollowingUp {

    private final Complaints complaints;
    private final ReceiptCodeHashes hashes;
    private final TenantRules tenantRules;
    private final Clock clock;

    public FollowingUp(Complaints complaints, ReceiptCodeHashes hashes, TenantRules tenantRules, Clock clock) {
        this.complaints = complaints;
        this.hashes = hashes;
        this.tenantRules = tenantRules;
        this.clock = clock;
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

    public FollowUp addInformation(String tenantId, ReceiptCode code, @Nullable String text, @Nullable String answers) {
        FollowUp followUp = opened(tenantId, code);
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
        FollowUp followUp = opened(tenantId, code);
        boolean reasonGiven = reason != null && !reason.isBlank();
        if (reasonGiven && reason.length() > Message.MAX_TEXT) throw new InvalidComplaint(Map.of("text", "too-long"));
        Message message = Message.of(Message.Kind.WITHDRAWAL, reasonGiven ? reason : "", clock.instant(), null, null);
        return append(
                followUp,
                message,
                CaseState.WITHDRAWN,
                new ComplaintWithdrawn(followUp.reference(), message.at(), reasonGiven));
    }

    public FollowUp requestEscalation(String tenantId, ReceiptCode code, @Nullable String reason) {
        FollowUp followUp = opened(tenantId, code);
        if (!escalationOffered(tenantId)) throw new InvalidComplaint(Map.of("escalation", "not-offered"));
        if (followUp.state() == CaseState.ESCALATION_REQUESTED) {
            throw new InvalidComplaint(Map.of("escalation", "already-requested"));
        }
        required(reason);
        Message message = Message.of(Message.Kind.ESCALATION, reason, clock.instant(), null, null);
        return append(
                followUp,
                message,
                CaseState.ESCALATION_REQUESTED,
                new ComplaintEscalationRequested(followUp.reference(), message.at(), message.id()));
    }

    /** A handler asks the complainant; the complaint is found in the handler's own tenant only. */
    public FollowUp ask(String tenantId, ComplaintId id, String handler, @Nullable String text) {
        FollowUp followUp = complaints.followUp(tenantId, id).orElseThrow(UnknownReceiptCode::new);
        required(text);
        Message message = Message.of(Message.Kind.QUESTION, text, clock.instant(), handler, null);
        return append(followUp, message, null, new ComplaintQuestionAsked(followUp.reference(), message.id(), handler));
    }

    private FollowUp opened(String tenantId, ReceiptCode code) {
        return open(tenantId, code).orElseThrow(UnknownReceiptCode::new);
    }

    private FollowUp append(FollowUp followUp, Message message, @Nullable CaseState state, IntegrationEvent event) {
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

    /** A withdrawn complaint takes nothing more. */
    public static final class ComplaintWithdrawnAlready extends RuntimeException {
        ComplaintWithdrawnAlready() {
            super("The complaint is withdrawn");
        }
    }
}
