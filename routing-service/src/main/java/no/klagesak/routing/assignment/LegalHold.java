package no.klagesak.routing.assignment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A legal hold (routine: "holdes tilbake"): while it is on, the case's content is not erased, neither when its
 * retention runs out nor at the complainant's request (personvernforordningen art. 17 nr. 3 bokstav e: the
 * establishment, exercise or defence of legal claims). Placed and released by the tenant admin or the managing
 * director, each with a reason.
 *
 * @param releasedAt null while it is on
 */
public record LegalHold(
        Instant placedAt,
        String placedBy,
        String reason,
        @Nullable Instant releasedAt,
        @Nullable String releasedBy,
        @Nullable String releaseReason) {

    public static LegalHold placed(Instant at, String by, String reason) {
        return new LegalHold(at, by, reason, null, null, null);
    }

    public LegalHold released(Instant at, String by, String why) {
        return new LegalHold(placedAt, placedBy, reason, at, by, why);
    }

    public boolean on() {
        return releasedAt == null;
    }
}
