package no.klagesak.reporting.statistics;

import java.util.HashSet;
import java.util.Set;

/**
 * The use case: bring every month that is behind up to date from its facts and survey answers. Any replica may run it
 * at any time; a month is recomputed whole, so running it twice, or after a replay, gives the same rollup.
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

    /** Rolls up the months behind now, at most a batch of them; returns how many. */
    public int catchUp() {
        int done = 0;
        for (Rollups.Behind month : rollups.behind(BATCH)) {
            // The facts are read after the change count: the rollup contains at least those changes.
            var rollup = Rollup.of(
                    month.tenantId(),
                    month.month(),
                    facts.handledIn(month.tenantId(), month.month()),
                    surveys.totalsIn(month.tenantId(), month.month()));
            rollups.save(rollup, month.changes());
            done++;
        }
        return done;
    }

    /** Rolls up until no month is behind. */
    public void all() {
        while (catchUp() > 0) {
            // next batch
        }
    }

    /**
     * Rolls every month up again from the facts and survey answers held, with no replay: after a fix to how the
     * rollups are computed, or when they are in doubt. Any month that has facts, answers or a rollup is marked behind
     * and rolled up; the facts are only read. Returns how many months.
     */
    public int everyMonth() {
        Set<Rollups.Month> months = new HashSet<>(facts.months());
        months.addAll(surveys.months());
        months.addAll(rollups.months());
        months.forEach(rollups::markBehind);
        all();
        return months.size();
    }
}
