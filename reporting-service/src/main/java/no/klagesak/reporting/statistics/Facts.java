package no.klagesak.reporting.statistics;

/** The stored facts, one per complaint. */
public interface Facts {

    /** Stores the fact once; returns false, changing nothing, when this complaint was already counted. */
    boolean record(ComplaintFact fact);

    Statistics countFor(String tenantId, int year);
}
