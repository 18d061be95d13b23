package no.klagesak.contracts;

/**
 * Kafka topics. All of a complaint's events share one topic keyed by complaint id, so a consumer sees {@code
 * complaint.received.v1} before the {@code complaint.assigned.v1} that followed from it.
 */
public final class Topics {

    public static final String COMPLAINT_EVENTS = "klagesak.complaint-events.v1";

    /**
     * Every tenant's current state ({@code tenant.snapshot.v1}), keyed by tenant id, on a compacted topic: the latest
     * snapshot per tenant is kept forever, so a service can rebuild its copy by reading from the start.
     */
    public static final String TENANTS = "klagesak.tenants.v1";

    private Topics() {}
}
