package no.klagesak.reporting.statistics;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An export of the annual report someone asked for, made in the background so the page can show how far it has come.
 * The file is kept with the job for a day.
 *
 * @param format {@code pdf}, {@code xlsx} or {@code csv}
 * @param step the step reached, 0 to {@link #STEPS}; {@link #STEPS} when done
 */
public record ExportJob(
        String id,
        String tenantId,
        int year,
        String format,
        State state,
        int step,
        Instant createdAt,
        @Nullable String error) {

    public static final int STEPS = 3;

    public enum State {
        QUEUED,
        WORKING,
        DONE,
        FAILED
    }

    public String fileName() {
        return "klager-" + year + "." + format;
    }

    public int percent() {
        return state == State.DONE ? 100 : Math.round(100f * step / STEPS);
    }
}
