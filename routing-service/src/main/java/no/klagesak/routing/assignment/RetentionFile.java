package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Routine;
import org.jspecify.annotations.Nullable;

/**
 * How long a case's content is kept: the routine keeps each track a number of years after the case ended (answered,
 * closed, decided or withdrawn); then its content and the complainant's data are erased, unless a legal hold is on.
 * Ids, classifications and dates stay, so the statistics keep counting it.
 *
 * @param endedOn the day the case entered the ended state it is in; null while it is open (or escalated)
 * @param holds every legal hold, oldest first; the last is on while it has no release
 * @param erasedAt when its content was erased (at a request or when its retention ran out); null while it is kept
 */
public record RetentionFile(
        ComplaintCase complaintCase,
        CaseState state,
        @Nullable LocalDate endedOn,
        List<LegalHold> holds,
        @Nullable Instant erasedAt) {

    /** The states in which a case has ended; from these, its retention counts. */
    public static final Set<CaseState> ENDED =
            EnumSet.of(CaseState.RESOLVED, CaseState.CLOSED, CaseState.DECIDED, CaseState.WITHDRAWN);

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public RetentionFile {
        holds = List.copyOf(holds);
    }

    /**
     * The day the case entered the ended state it is in: the last step that led into that state from another one
     * (a check-in after closure does not move it). Null while the case is open, or when no step shows it.
     */
    public static @Nullable LocalDate endedOn(CaseState state, List<TimelineEntry> timeline) {
        if (!ENDED.contains(state)) return null;
        for (int i = timeline.size() - 1; i >= 0; i--) {
            var entry = timeline.get(i);
            if (entry.to() == state && entry.from() != state) return LocalDate.ofInstant(entry.at(), OSLO);
        }
        return null;
    }

    /** The years the routine keeps this case's track. */
    public int years(Routine.Retention retention) {
        return "WHISTLEBLOWING".equals(complaintCase.track())
                ? retention.whistleblowingYears()
                : retention.complaintYears();
    }

    /** The day its content is erased, unless a legal hold is on then; null while the case has not ended. */
    public @Nullable LocalDate eraseOn(Routine.Retention retention) {
        return endedOn == null ? null : endedOn.plusYears(years(retention));
    }

    /** The legal hold that is on, if any. */
    public Optional<LegalHold> hold() {
        return holds.isEmpty() || !holds.getLast().on() ? Optional.empty() : Optional.of(holds.getLast());
    }

    /** Its retention has run out, no hold is on, and its content is still there. */
    public boolean due(LocalDate today, Routine.Retention retention) {
        LocalDate on = eraseOn(retention);
        return on != null && !today.isBefore(on) && hold().isEmpty() && erasedAt == null;
    }
}
