package no.klagesak.intake.archive;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A year's extract a tenant admin asked for, made in the background so the page can show how far it has come: the
 * documents are made one by one, then the files that describe them. The zip is kept with the job for a day.
 *
 * @param by who asked: the extract's records are archived by them
 * @param done the steps done, of {@code total}: one per document, and one for the description
 * @param attempt how many times a worker took it up: each attempt writes its own zip, and only the one that holds the
 *     job may finish it
 */
public record ArchiveJob(
        String id,
        String tenantId,
        int year,
        String by,
        State state,
        int done,
        int total,
        Instant createdAt,
        long size,
        int attempt,
        @Nullable String error) {

    public enum State {
        QUEUED,
        WORKING,
        DONE,
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    public String fileName() {
        return "noark5-" + tenantId + "-" + year + ".zip";
    }

    public int percent() {
        if (state == State.DONE) return 100;
        return total == 0 ? 0 : Math.min(99, (int) (100L * done / total));
    }
}
