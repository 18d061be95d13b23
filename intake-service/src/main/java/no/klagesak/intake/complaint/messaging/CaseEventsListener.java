package no.klagesak.intake.complaint.messaging;

import java.util.Set;
import java.util.function.Consumer;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.RetentionExpired;
import no.klagesak.intake.complaint.application.ErasingComplaint;
import no.klagesak.intake.complaint.application.FollowingUp;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.support.access.AuditLog;
import no.klagesak.support.messaging.InboundEvents;
import no.klagesak.support.sealing.EventSealer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code complaintEvents} function binding. Every step routing takes on a case ({@code complaint.case-changed.v1})
 * updates intake's copy of where the case stands, which the follow-up page shows and the complainant's steps are
 * checked against. When routing's retention watch says a case's retention ran out, the
 * complaint is erased here and every service is told ({@code complaint.erased.v1}); the audit log says so. A
 * redelivered event erases nothing twice. Retries and the dead-letter topic are binding configuration.
 */
@Configuration
class CaseEventsListener {

    /** Who erased it, in the audit log: the platform, on the tenant's routine. */
    static final String PLATFORM = "klagesak";

    @Bean
    Consumer<Message<byte[]>> complaintEvents(
            ErasingComplaint erasing, AuditLog audit, FollowingUp followingUp, EventSealer sealer) {
        return message -> InboundEvents.handle(message, Set.of(RetentionExpired.TYPE, CaseChanged.TYPE), event -> {
            if (event.data() instanceof CaseChanged && event.complaintId() != null) {
                // Where routing says the case stands, and its words for the complainant, opened only to be kept
                // (sealed again with intake's own key) and shown on the follow-up page.
                var opened = sealer.opened(event);
                var changed = (CaseChanged) opened.data();
                followingUp.caseChanged(
                        event.tenantId(),
                        new ComplaintId(event.complaintId()),
                        event.id().toString(),
                        changed,
                        event.occurredAt(),
                        changed.toComplainant());
            }
            if (event.data() instanceof RetentionExpired && event.complaintId() != null) {
                var id = new ComplaintId(event.complaintId());
                boolean erasedNow = erasing.erase(event.tenantId(), id, ComplaintErased.RETENTION);
                if (erasedNow) {
                    audit.append(event.tenantId(), PLATFORM, "ERASED", "COMPLAINT", id.value(), "RETENTION");
                }
            }
        });
    }
}
