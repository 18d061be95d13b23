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

    /** The tenant's reports made in [from, to), oldest first. */
    List<DeviationReport> reportedBetween(String tenantId, Instant from, Instant to);
}
