package no.klagesak.contracts;

import java.time.Instant;

/**
 * {@value #TYPE}: the complainant's personal data and the complaint's content were erased, at their request
 * (personvernforordningen art. 17) or when the tenant's retention ran out. Every service forgets what it holds about
 * the complainant and the content: addresses, letters, notes. Ids, classifications and dates stay, so the statistics
 * do not change.
 *
 * @param reference the complaint's reference number
 * @param erasedAt when intake erased it
 */
public record ComplaintErased(String reference, Instant erasedAt) implements IntegrationEvent {

    public static final String TYPE = "complaint.erased.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
