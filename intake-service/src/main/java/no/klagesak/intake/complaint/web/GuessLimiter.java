package no.klagesak.intake.complaint.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Limits wrong receipt codes per source address and per tenant (ADR 0009), counted by every instance together in
 * MongoDB (ADR 0021). A guess is counted before its code is checked and given back when the code was right, so
 * guesses sent all at once, to one instance or to several, get no further than guesses sent one by one. The address is
 * counted only as a keyed hash ({@link SourceAddresses}) for the length of a window and is never logged; the slow hash
 * keeps every guess expensive regardless.
 */
@Component
class GuessLimiter {

    private final FixedWindows windows;
    private final SourceAddresses addresses;
    private final int perSource;
    private final int perTenant;

    GuessLimiter(
            @Value("${klagesak.intake.follow-up.wrong-codes-per-source:10}") int perSource,
            @Value("${klagesak.intake.follow-up.wrong-codes-per-tenant:200}") int perTenant,
            @Value("${klagesak.intake.follow-up.window:15m}") Duration length,
            MongoTemplate mongo,
            SourceAddresses addresses,
            Clock clock) {
        this.windows = new FixedWindows(mongo, "wrong-codes", length, clock);
        this.addresses = addresses;
        this.perSource = perSource;
        this.perTenant = perTenant;
    }

    /**
     * A guess from the source at one of the tenant's codes, counted as wrong until {@link Guess#notWrong()} says
     * otherwise; refused, with how long to wait, when the source or the tenant has guessed wrong too often.
     */
    Guess guess(String source, String tenantId) {
        var bySource = windows.count("source:" + tenantId + ":" + addresses.keyOf(tenantId, source));
        if (bySource.over(perSource)) return new Guess(bySource.left(), List.of());
        var byTenant = windows.count("tenant:" + tenantId);
        if (byTenant.over(perTenant)) {
            windows.giveBack(bySource);
            return new Guess(byTenant.left(), List.of());
        }
        return new Guess(null, List.of(bySource, byTenant));
    }

    /** A guess allowed and counted, or refused for a while. */
    final class Guess {

        private final @Nullable Duration refusedFor;
        private List<FixedWindows.Counted> counted;

        private Guess(@Nullable Duration refusedFor, List<FixedWindows.Counted> counted) {
            this.refusedFor = refusedFor;
            this.counted = counted;
        }

        /** How long to wait before guessing again, when this guess was refused (its code is not to be checked). */
        Optional<Duration> refused() {
            return Optional.ofNullable(refusedFor);
        }

        /** The code was not wrong (it was right, or never checked): the guess is given back. Once only. */
        void notWrong() {
            counted.forEach(windows::giveBack);
            counted = List.of();
        }
    }
}
