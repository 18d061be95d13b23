package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The use case: bring every span that is behind up to date: first the minutes from their facts, then their hours from
 * the minutes, then the months from the hours and the month's survey answers. A round costs in proportion to what
 * changed, not to what a month holds. Any replica may run it at any time; a span is computed whole from what it is
 * made of, so running it twice, or after a replay, gives the same rollup.
 */
public class RollingUp {

    private static final int BATCH = 50;

    private final Facts facts;
    private final SurveyAnswers surveys;
    private final Rollups rollups;

    public RollingUp(Facts facts, SurveyAnswers surveys, Rollups rollups) {
        this.facts = facts;
        this.surveys = surveys;
        this.rollups = rollups;
    }

    /** One pass: how many spans it rolled up, and whether a level had more behind than it took. */
    public record Pass(int done, boolean more) {}

    /** Rolls up the spans behind now, at most a batch of each level, the minutes first. */
    public Pass catchUp() {
        int done = 0;
        boolean more = false;
        for (Span.Level level : Span.Level.values()) {
            Pass pass = catchUp(level);
            done += pass.done();
            more |= pass.more();
        }
        return new Pass(done, more);
    }

    /** Rolls up the spans of the level behind now, at most a batch. */
    private Pass catchUp(Span.Level level) {
        List<Rollups.Behind> behind = rollups.behind(level, BATCH);
        int done = 0;
        for (Rollups.Behind span : behind) {
            var claimed = rollups.claim(span);
            if (claimed.isEmpty()) continue;
            // What the span is made of is read after the claim: the rollup contains every change claimed.
            rollups.save(claimed.get(), rollUp(span.tenantId(), span.span()));
            done++;
        }
        // More only when the batch was full and this round could take from it: spans another round holds are not ours.
        return new Pass(done, behind.size() >= BATCH && done > 0);
    }

    /**
     * A scheduled round: one pass, and more only while there is more behind than a pass takes (a backlog). While
     * complaints keep coming something is always behind again by the end of a pass, so a round that went on until
     * nothing was would never end, and never rest.
     */
    public void round() {
        while (catchUp().more()) {
            // the backlog's next batch
        }
    }

    private Rollup rollUp(String tenantId, Span span) {
        return switch (span.level()) {
            case MINUTE ->
                Rollup.of(
                        tenantId,
                        span.month(),
                        facts.handledIn(tenantId, span.start(), span.end()),
                        Rollup.SurveyTotals.NONE);
            case HOUR -> Rollup.sum(tenantId, span.month(), rollups.parts(tenantId, span), Rollup.SurveyTotals.NONE);
            case MONTH ->
                Rollup.sum(
                        tenantId,
                        span.month(),
                        rollups.parts(tenantId, span),
                        surveys.totalsIn(tenantId, span.month()));
        };
    }

    /**
     * After an upgrade from a release that stored months only: every span is rolled up from the facts once, so that
     * months are summed from parts that hold what they held. Returns whether it was needed.
     */
    public boolean partsAfterUpgrade(Instant at) {
        if (rollups.partsComplete()) return false;
        // Noted as done only once done: a run that stopped half-way is made again at the next start.
        boolean needed = rollups.anyMonth();
        if (needed) everything(at);
        rollups.partsCompleted();
        return needed;
    }

    /** Rolls up until nothing is behind. */
    public void all() {
        while (catchUp().done() > 0) {
            // next batch
        }
    }

    /**
     * Rolls every span up again from the facts and survey answers held, with no replay: after a fix to how the
     * rollups are computed, or when they are in doubt. Every minute that has facts, month that has answers, and span
     * that has a rollup is marked behind as of {@code at} and rolled up; the facts are only read. Returns how many
     * tenants' months.
     */
    public int everything(Instant at) {
        Set<Rollups.Behind> spans = new HashSet<>(facts.minutes());
        for (Rollups.Month month : surveys.months()) {
            spans.add(new Rollups.Behind(month.tenantId(), Span.month(month.month())));
        }
        spans.addAll(rollups.spans());
        // The minutes are claimed first and then computed a month of facts at a time: one read of a month's facts
        // instead of one per minute. A change while this runs is behind from its own time, as in any round.
        Map<Rollups.Month, List<Rollups.Claim>> minutes = new HashMap<>();
        for (Rollups.Behind span : spans) {
            if (span.span().level() != Span.Level.MINUTE) continue;
            rollups.changed(span.tenantId(), span.span(), at);
            rollups.claim(span)
                    .ifPresent(claim -> minutes.computeIfAbsent(
                                    new Rollups.Month(
                                            span.tenantId(), span.span().month()),
                                    m -> new ArrayList<>())
                            .add(claim));
        }
        minutes.forEach((month, claims) -> {
            Span whole = Span.month(month.month());
            Map<Instant, List<Handled>> byMinute =
                    facts.handledIn(month.tenantId(), whole.start(), whole.end()).stream()
                            .collect(Collectors.groupingBy(
                                    f -> Span.minute(f.receivedAt()).start()));
            for (Rollups.Claim claim : claims) {
                rollups.save(
                        claim,
                        Rollup.of(
                                month.tenantId(),
                                month.month(),
                                byMinute.getOrDefault(claim.span().start(), List.of()),
                                Rollup.SurveyTotals.NONE));
            }
        });
        // Then level by level, each finished before the next is marked, so no month is summed from hours half made.
        for (Span.Level level : List.of(Span.Level.HOUR, Span.Level.MONTH)) {
            for (Rollups.Behind span : spans) {
                if (span.span().level() == level) rollups.changed(span.tenantId(), span.span(), at);
            }
            while (catchUp(level).done() > 0) {
                // the level's next batch
            }
        }
        all();
        return (int) spans.stream()
                .map(s -> new Rollups.Month(s.tenantId(), s.span().month()))
                .distinct()
                .count();
    }
}
