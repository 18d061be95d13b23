package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The stored facts, one per complaint. */
public interface Facts {

    /** Stores the fact once; returns false, changing nothing, when this complaint was already counted. */
    boolean record(ComplaintFact fact);

    Statistics countFor(String tenantId, int year);

    /** The complaint got its handler and deadline. Setting the same again (a redelivery) changes nothing. */
    void assigned(String tenantId, String complaintId, LocalDate deadline);

    /**
     * A step of the case: an answer (its outcome and time), a later deadline, an escalation, management's decision, a
     * withdrawal. Each sets fields from the event itself, so a replay leaves the fact as it was.
     */
    void stepped(
            String tenantId,
            String complaintId,
            String action,
            Instant at,
            @Nullable String outcome,
            LocalDate deadline);

    /** The deadline passed; a deviation when no reason was recorded. */
    void breached(String tenantId, String complaintId, boolean reasonGiven);

    /** The year's complaints by category, complaint track only, and the number of whistleblowing reports. */
    PublicCounts publicCounts(String tenantId, int year);

    /** The tenants with complaints received in the year, for the platform operator's comparison. */
    List<String> tenantsIn(int year);

    /** How each complaint received in the year went. */
    List<Handled> handledIn(String tenantId, int year);
}
