package no.klagesak.contracts.tenant;

import java.time.Instant;
import java.util.List;

/**
 * A numbered version of a routine. A complaint records the version it was received under, and its deadlines follow
 * that version, so a change applies to new complaints only.
 *
 * @param agreedWith who took part in agreeing the routine (tillitsvalgte, verneombud: arbeidsmiljøloven § 2 A-6)
 */
public record RoutineVersion(
        int version, Instant validFrom, String changedBy, List<String> agreedWith, Routine routine) {

    public RoutineVersion {
        agreedWith = List.copyOf(agreedWith);
    }
}
