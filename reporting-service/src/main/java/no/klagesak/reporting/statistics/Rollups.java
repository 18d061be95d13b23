package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stored rollups, one per tenant and month. A change to a month's facts counts up its {@code changes}; a rollup
 * computed after reading {@code changes} = n is saved only when the stored one is based on fewer changes, so two
 * replicas rolling up at once never leave an older result on top of a newer one.
 */
public interface Rollups {

    /** A month whose facts changed after its rollup was computed. */
    record Behind(String tenantId, YearMonth month, long changes) {}

    /** A tenant's month. */
    record Month(String tenantId, YearMonth month) {}

    /** Months behind, oldest first, at most {@code max}. */
    List<Behind> behind(int max);

    /** Stores the rollup computed from the facts read after {@code basedOn} changes; false when a newer one is there. */
    boolean save(Rollup rollup, long basedOn);

    /** The tenant's months of the year that have a rollup. */
    List<Rollup> in(String tenantId, int year);

    /** The tenant's months, of any year, with complaints still open: the backlog. */
    List<Rollup> withOpen(String tenantId);

    /** The tenants with complaints received in the year, for the platform operator's comparison. */
    List<String> tenantsIn(int year);

    /** When the oldest change not yet rolled up was made; empty when every rollup is up to date. */
    Optional<Instant> behindSince();

    /** The tenants' months that have a rollup. */
    Set<Month> months();

    /** Marks the month behind, as a change to its facts does, so that it is rolled up again from them. */
    void markBehind(Month month);
}
