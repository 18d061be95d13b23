package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stored rollups: per tenant, one per month, which the dashboards read, and the minutes and hours they are summed
 * from ({@link Span}). A change to a complaint's fact marks its minute behind, with the time the change happened; a
 * round claims a span that is behind, computes it, saves it, marks its parent behind with the same time, and lets the
 * claim go. So a change counts as behind until the month that holds it is saved ({@link #behindSince}), a change
 * that comes while a span is computed is behind from its own time, and a round that stops half-way is taken over.
 */
public interface Rollups {

    /** A tenant's span that is behind. */
    record Behind(String tenantId, Span span) {}

    /**
     * A round's claim on a span that was behind.
     *
     * @param changes how many changes the span had had when claimed: the rollup computed after contains them
     * @param since when the oldest change claimed happened
     * @param claimedAt when it was claimed, which names the claim
     */
    record Claim(String tenantId, Span span, long changes, Instant since, Instant claimedAt) {}

    /** A tenant's month. */
    record Month(String tenantId, YearMonth month) {}

    /**
     * Every tenant's spans of the level that are behind and not claimed, oldest change first, and those claimed by a
     * round that stopped; at most {@code max} of each.
     */
    List<Behind> behind(Span.Level level, int max);

    /** Claims the span; empty when it is no longer behind or another round holds it. */
    Optional<Claim> claim(Behind behind);

    /**
     * Stores the rollup computed after the claim (unless one computed after more changes is there already), marks the
     * span's parent behind since the claim's oldest change, and lets the claim go.
     */
    void save(Claim claim, Rollup rollup);

    /** The rollups the span is summed from: a month's hours, an hour's minutes. */
    List<Rollup> parts(String tenantId, Span span);

    /** A change to the span's complaints that happened at {@code at}: the span is behind until rolled up again. */
    void changed(String tenantId, Span span, Instant at);

    /** The tenant's months of the year that have a rollup. */
    List<Rollup> in(String tenantId, int year);

    /** The tenant's months, of any year, with complaints still open: the backlog. */
    List<Rollup> withOpen(String tenantId);

    /** The tenants with complaints received in the year, for the platform operator's comparison. */
    List<String> tenantsIn(int year);

    /** When the oldest change not yet in a month's rollup happened, of any tenant; empty when all are up to date. */
    Optional<Instant> behindSince();

    /** When the oldest change not yet in one of the tenant's months happened; empty when they are up to date. */
    Optional<Instant> behindSince(String tenantId);

    /** Every tenant's spans that have a rollup, of every level. */
    Set<Behind> spans();

    /** Whether every month's minutes and hours were once made from the facts ({@link #partsCompleted}). */
    boolean partsComplete();

    /** Whether any month has a rollup. */
    boolean anyMonth();

    /** Notes for good that every month's minutes and hours were made from the facts. */
    void partsCompleted();
}
