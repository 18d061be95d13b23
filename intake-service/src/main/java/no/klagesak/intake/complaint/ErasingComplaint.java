package no.klagesak.intake.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.EventEnvelope;

/**
 * The use case: a complainant's erasure request (personvernforordningen art. 17), carried out by the tenant admin.
 * The text, the files, the conversation and everything that names the complainant are erased here, and {@code
 * complaint.erased.v1} tells every other service to forget what it holds; ids, classifications and dates stay, so
 * the statistics are unchanged. Repeating it changes nothing.
 */
public class ErasingComplaint {

    private final Complaints complaints;
    private final Clock clock;

    public ErasingComplaint(Complaints complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    /** The complaint's reference once erased (now or before); empty when the tenant has no such complaint. */
    public Optional<String> erase(String tenantId, ComplaintId id) {
        return complaints.findBy(tenantId, id).map(complaint -> {
            Instant now = clock.instant();
            complaints.erase(
                    tenantId,
                    id,
                    EventEnvelope.of(tenantId, id.value(), now, new ComplaintErased(complaint.reference(), now)),
                    now);
            return complaint.reference();
        });
    }
}
