package no.klagesak.contracts;

import java.time.Instant;

/**
 * {@value #TYPE}: the complainant is not satisfied and asks for the complaint to be taken to management (the next
 * level of the tenant's routine). Their reason stays in intake.
 *
 * @param reference the complaint's reference number
 * @param requestedAt when
 * @param messageId the complainant's reason in the complaint's conversation
 */
public record ComplaintEscalationRequested(String reference, Instant requestedAt, String messageId)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.escalation-requested.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
