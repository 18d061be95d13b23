package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The stored facts, one per complaint. Every change marks the rollup of the minute the complaint was received in as
 * behind ({@link Rollups}), after the fact is written: a crash in between is healed by the redelivered event. The
 * facts are reporting's durable record of the complaints (ADR 0019): the topic keeps 30 days, these keep every year,
 * so nothing here forgets a fact.
 *
 * <p>Each change takes {@code changedAt}: when the change happened (the event's time, or when a rebuild started), which
 * the minute it marks behind keeps, so that how far behind the board is counts from then (how long the event waited
 * to be read included).
 */
public interface Facts {

    /** A complaint held, and when it was received. */
    record Held(String complaintId, Instant receivedAt) {}

    /** Stores the fact once; returns false, changing nothing, when this complaint was already counted. */
    boolean record(ComplaintFact fact, Instant changedAt);

    /**
     * The complaint got its handler and deadline, at {@code at}. Setting the same again (a redelivery) changes
     * nothing; a later reassignment keeps the first time.
     */
    void assigned(String tenantId, String complaintId, LocalDate deadline, Instant at, Instant changedAt);

    /**
     * A step of the case: an answer (its outcome and time), a later deadline, an escalation, management's decision, a
     * withdrawal, the acknowledgement recorded by the handler, the closing. Each sets fields from the event itself, so a replay leaves the fact as it was.
     */
    void stepped(
            String tenantId,
            String complaintId,
            String action,
            Instant at,
            @Nullable String outcome,
            LocalDate deadline,
            Instant changedAt);

    /** The deadline passed; a deviation when no reason was recorded. */
    void breached(String tenantId, String complaintId, boolean reasonGiven, Instant changedAt);

    /** How each complaint received from {@code from} until {@code to} went. */
    List<Handled> handledIn(String tenantId, Instant from, Instant to);

    /**
     * Stores the fact as new, in place of the one held for the complaint: a rebuild's first event of each complaint,
     * so that a fix to how a fact is recorded reaches it. Its later events then set their fields again.
     */
    void replace(ComplaintFact fact, Instant changedAt);

    /** Every complaint held; close the stream. */
    Stream<Held> held();

    /** The tenants' minutes that have facts. */
    Set<Rollups.Behind> minutes();
}
