package no.klagesak.notification.acknowledgement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;

/**
 * The use case: remember the address when a complaint is received, and send the acknowledgement once routing has
 * set the deadline. Both events share a partition, so the address is known first. What could not be sent (the mail
 * server was down past the consumer's retries, or the process died mid-send) is sent later by {@link #sendUnsent}.
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
        acknowledgements
                .claim(tenantId, complaintId, assigned.deadline(), assigned.handlingTimeDays())
                .ifPresent(recipient -> send(recipient, assigned.deadline(), assigned.handlingTimeDays()));
    }

    /**
     * Sends what is owed: acknowledgements given back after a failed send, and those claimed longer ago than {@code
     * stuckAfter} by a process that never finished. Stops at the first failure, so a mail server that is still down
     * is not hammered. Returns how many went out.
     */
    public int sendUnsent(Duration stuckAfter) {
        int sent = 0;
        while (true) {
            var unsent = acknowledgements.claimUnsent(clock.instant().minus(stuckAfter));
            if (unsent.isEmpty()) return sent;
            send(unsent.get().recipient(), unsent.get().due(), unsent.get().handlingTimeDays());
            sent++;
        }
    }

    private void send(Recipient recipient, LocalDate due, int handlingTimeDays) {
        Letter letter = AcknowledgementLetter.compose(
                recipient.language(),
                tenantNames.nameOf(recipient.tenantId()),
                recipient.reference(),
                recipient.track(),
                handlingTimeDays,
                due);
        try {
            mail.send(recipient.email(), letter);
        } catch (RuntimeException e) {
            acknowledgements.release(recipient.tenantId(), recipient.complaintId());
            throw e;
        }
        acknowledgements.markSent(recipient.tenantId(), recipient.complaintId(), clock.instant());
    }
}
