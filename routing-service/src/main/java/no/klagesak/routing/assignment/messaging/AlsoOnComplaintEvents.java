package no.klagesak.routing.assignment.messaging;

import no.klagesak.contracts.EventEnvelope;

/**
 * Another feature of this service that acts on complaint events (reported deviations: a complainant's report, an
 * erasure). The topic has one listener and one consumer group here; it hands each event it reads to these as well,
 * after its own work, so the case's handling never depends on them.
 */
public interface AlsoOnComplaintEvents {

    void on(EventEnvelope event);
}
