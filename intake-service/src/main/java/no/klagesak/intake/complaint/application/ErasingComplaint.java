package no.klagesak.intake.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.ComplaintId;

/**
 * The use case: a complainant's erasure request (personvernforordningen art. 17), carried out by the tenant admin, or
 * the tenant's retention of the case running out (routing's retention watch).
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

    /**
     * At the complainant's request: the complaint's reference once erased (now or before); empty when the tenant has
     * no such complaint.
     */
    public Optional<String> erase(String tenantId, ComplaintId id) {
        return complaints.findBy(tenantId, id).map(complaint -> {
            erase(tenantId, id, complaint.reference(), ComplaintErased.REQUEST);
            return complaint.reference();
        });
    }

    /**
     * Erases the complaint for the reason given ({@link ComplaintErased#REQUEST} or {@link ComplaintErased#RETENTION}).
     * Answers whether this call erased it: false when the tenant has no such complaint or it was erased before.
     */
    public boolean erase(String tenantId, ComplaintId id, String because) {
        return complaints
                .findBy(tenantId, id)
                .map(complaint -> erase(tenantId, id, complaint.reference(), because))
                .orElse(false);
    }

    private boolean erase(String tenantId, ComplaintId id, String reference, String because) {
        Instant now = clock.instant();
        return complaints.erase(
                tenantId,
                id,
                EventEnvelope.of(tenantId, id.value(), now, new ComplaintErased(reference, now, because)),
                now);
    }
}
