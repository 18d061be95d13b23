package no.klagesak.routing.assignment;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The use case: placing and releasing a legal hold on a case, each with a reason. While a hold is on, the case's
 * content is erased neither by the retention watch nor at a request.
 */
public class HoldingCases {

    static final int MAX_REASON = 2_000;

    private final Retentions retentions;
    private final Clock clock;

    public HoldingCases(Retentions retentions, Clock clock) {
        this.retentions = retentions;
        this.clock = clock;
    }

    /**
     * The case with its hold placed; empty when the tenant has no such case.
     *
     * @throws IllegalArgumentException without a reason, or with one too long
     * @throws InvalidTransition when a hold is on already, or the content is erased
     */
    public Optional<RetentionFile> place(String tenantId, String complaintId, String by, @Nullable String reason) {
        var file = retentions.find(tenantId, complaintId);
        if (file.isEmpty()) return Optional.empty();
        String why = reason(reason, "Skriv hvorfor saken skal holdes tilbake.");
        if (file.get().erasedAt() != null) throw new InvalidTransition("Innholdet i saken er allerede slettet.");
        if (!retentions.place(tenantId, complaintId, LegalHold.placed(clock.instant(), by, why))) {
            throw new InvalidTransition("Saken holdes allerede tilbake.");
        }
        return retentions.find(tenantId, complaintId);
    }

    /** The case with its hold released; empty when the tenant has no such case. */
    public Optional<RetentionFile> release(String tenantId, String complaintId, String by, @Nullable String reason) {
        var file = retentions.find(tenantId, complaintId);
        if (file.isEmpty()) return Optional.empty();
        String why = reason(reason, "Skriv hvorfor saken ikke lenger skal holdes tilbake.");
        var hold = file.get().hold().orElseThrow(() -> new InvalidTransition("Saken holdes ikke tilbake."));
        if (!retentions.release(tenantId, complaintId, hold.released(clock.instant(), by, why))) {
            throw new InvalidTransition("Noen endret dette samtidig. Last siden på nytt.");
        }
        return retentions.find(tenantId, complaintId);
    }

    private static String reason(@Nullable String reason, String missing) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException(missing);
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("Begrunnelsen er for lang (høyst 2000 tegn).");
        }
        return reason.strip();
    }
}
