package no.klagesak.routing.deviation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;

/** The deviation reports of every tenant, each in one document with the events it still has to publish. */
public interface Deviations {

    /** False when a report with the same id is there already. */
    boolean addIfAbsent(DeviationReport report, EventEnvelope reported);

    Optional<DeviationReport> find(String tenantId, String id);

    /** Records the handling once: false when it was handled already (or is not there). */
    boolean handle(String tenantId, String id, DeviationReport.Handling handling, EventEnvelope handled);

    /** Every tenant's reports not handled by the end of their deadline, before {@code today}, not yet said to be late. */
    List<DeviationReport> overdueUnnoticed(java.time.LocalDate today);

    /** Notes once that a report's deadline passed unhandled, with the event that says so: false when noted before. */
    boolean noticeOverdue(String tenantId, String id, EventEnvelope overdue);

    /** A complainant's words in the reports about an erased complaint, replaced by the erased marker. */
    void eraseWordsAbout(String tenantId, String complaintId);

    /** The tenant's reports made in [from, to), oldest first. */
    List<DeviationReport> reportedBetween(String tenantId, Instant from, Instant to);
}
