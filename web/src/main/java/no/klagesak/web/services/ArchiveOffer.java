package no.klagesak.web.services;

import java.time.Instant;
import java.util.List;

/**
 * The years the tenant admin can hand to the archive, what the chosen one's Noark 5 extract holds, and the extracts
 * asked for in the last day (intake's {@code GET /api/archive/noark5}).
 */
public record ArchiveOffer(List<Integer> years, Summary summary, List<Extract> extracts) {

    /** @param openAtYearEnd complaints received by the year's end that had not ended then: not in this extract */
    public record Summary(int year, Contents contents, long openAtYearEnd) {}

    public record Contents(int cases, int records, int documents, int whistleblowing, int erased) {}

    /**
     * An extract intake makes in the background: a step per document, and one for the files that describe them.
     *
     * @param state {@code QUEUED}, {@code WORKING}, {@code DONE} or {@code FAILED}
     */
    public record Extract(
            String id,
            int year,
            String state,
            int done,
            int total,
            int percent,
            String fileName,
            long size,
            Instant createdAt) {

        public boolean ready() {
            return "DONE".equals(state);
        }

        public boolean failed() {
            return "FAILED".equals(state);
        }
    }
}
