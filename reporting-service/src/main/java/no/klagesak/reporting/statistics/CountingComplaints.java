package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.ZoneId;
import no.klagesak.contracts.ComplaintReceived;

/** The use case: count each received complaint once, in the year it was received in Norway. */
public class CountingComplaints {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Facts facts;

    public CountingComplaints(Facts facts) {
        this.facts = facts;
    }

    public boolean on(String tenantId, String complaintId, ComplaintReceived received, Instant changedAt) {
        return facts.record(fact(tenantId, complaintId, received), changedAt);
    }

    /** The complaint's fact as the event gives it today, in place of the one held: the first event of a rebuild. */
    public void renew(String tenantId, String complaintId, ComplaintReceived received, Instant changedAt) {
        facts.replace(fact(tenantId, complaintId, received), changedAt);
    }

    private static ComplaintFact fact(String tenantId, String complaintId, ComplaintReceived received) {
        return new ComplaintFact(
                tenantId,
                complaintId,
                received.receivedAt().atZone(OSLO).getYear(),
                received.track(),
                received.category(),
                received.channel(),
                received.complainantRole(),
                received.receivedAt(),
                received.routingHints() == null ? null : received.routingHints().concernsUnit(),
                "WEB_FORM".equals(received.channel())
                        || (received.acknowledgeTo() != null
                                && received.acknowledgeTo().email() != null));
    }
}
