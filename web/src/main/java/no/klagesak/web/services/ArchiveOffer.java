package no.klagesak.web.services;

import java.util.List;

/**
 * The years the tenant admin can hand to the archive, and what the chosen one's Noark 5 extract holds (intake's {@code
 * GET /api/archive/noark5}).
 */
public record ArchiveOffer(List<Integer> years, Summary summary) {

    /** @param openAtYearEnd complaints received by the year's end that had not ended then: not in this extract */
    public record Summary(int year, Contents contents, long openAtYearEnd) {}

    public record Contents(int cases, int records, int documents, int whistleblowing, int erased) {}
}
