package no.klagesak.routing.assignment;

import no.klagesak.contracts.ComplaintReceived;

/**
 * How a complainant gets the written acknowledgement that states the expected handling time (routine 000), by the
 * acknowledgement deadline.
 */
public enum Acknowledgement {
    /** notification-service e-mails it at once. */
    EMAIL,
    /** The public form's receipt page gave the reference and the expected handling time. */
    RECEIPT_PAGE,
    /**
     * Staff registered it for someone without an e-mail address: the handler gives it by letter, phone or in person
     * and records it ({@link CaseAction#ACKNOWLEDGE}); the deadline watch reports it overdue.
     */
    BY_HANDLER,
    /** Anonymous and not from the form: there is no one to acknowledge to. */
    NONE;

    public static Acknowledgement of(ComplaintReceived received) {
        if (received.acknowledgeTo() != null && received.acknowledgeTo().email() != null) return EMAIL;
        if ("WEB_FORM".equals(received.channel())) return RECEIPT_PAGE;
        return received.anonymous() ? NONE : BY_HANDLER;
    }
}
