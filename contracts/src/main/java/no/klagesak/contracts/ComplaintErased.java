package no.klagesak.contracts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: the complainant's personal data and the complaint's content were erased, at their request
 * (personvernforordningen art. 17) or when the tenant's retention ran out. Every service forgets what it holds about
 * the complainant and the content: addresses, letters, notes. Ids, classifications and dates stay, so the statistics
 * do not change.
 *
 * @param reference the complaint's reference number
 * @param erasedAt when intake erased it
 * @param because {@link #REQUEST} or {@link #RETENTION}; null in events from before it existed (a request)
 */
public record ComplaintErased(
        String reference, Instant erasedAt, @Nullable String because) implements IntegrationEvent {

    public static final String TYPE = "complaint.erased.v1";

    /** At the complainant's request (art. 17), carried out by the tenant admin. */
    public static final String REQUEST = "REQUEST";

    /** The tenant's retention ran out ({@code complaint.retention-expired.v1}). */
    public static final String RETENTION = "RETENTION";

    /** An erasure from before {@code because} existed: at the complainant's request. */
    public ComplaintErased(String reference, Instant erasedAt) {
        this(reference, erasedAt, REQUEST);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
