package no.klagesak.notification.acknowledgement;

import java.time.Clock;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;

/**
 * The use case: remember the address when a complaint is received, and send the acknowledgement once routing has
 * set the deadline. Both events share a partition, so the address is known first.
 */
public class SendingAcknowledgement {

    private final Acknowledgements acknowledgements;
    private final Mail mail;
    private final TenantNames tenantNames;
    private final Clock clock;

    public SendingAcknowledgement(Acknowledgements acknowledgements, Mail mail, TenantNames tenantNames, Clock clock) {
        this.acknowledgements = acknowledgements;
        this.mail = mail;
        this.tenantNames = tenantNames;
        this.clock = clock;
    }

    public void on(String tenantId, String complaintId, ComplaintReceived received) {
        if (received.acknowledgeTo() != null) {
            acknowledgements.remember(new Recipient(
                    tenantId,
                    complaintId,
                    received.reference(),
                    received.track(),
                    received.acknowledgeTo().email(),
                    received.acknowledgeTo().language()));
        }
    }

    /** Sends at most one acknowledgement per complaint; nothing when the complainant gave no address. */
    public void on(String tenantId, String complaintId, ComplaintAssigned assigned) {
        acknowledgements.claim(tenantId, complaintId, assigned.deadline()).ifPresent(recipient -> {
            Letter letter = AcknowledgementLetter.compose(
                    recipient.language(),
                    tenantNames.nameOf(tenantId),
                    recipient.reference(),
                    recipient.track(),
                    assigned.handlingTimeDays(),
                    assigned.deadline());
            try {
                mail.send(recipient.email(), letter);
            } catch (RuntimeException e) {
                acknowledgements.release(tenantId, complaintId);
                throw e;
            }
            acknowledgements.markSent(tenantId, complaintId, clock.instant());
        });
    }
}
