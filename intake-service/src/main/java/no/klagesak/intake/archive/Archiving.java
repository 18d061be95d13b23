package no.klagesak.intake.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.intake.complaint.application.port.Attachments;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.JournalRecord;

/**
 * The tenant's delivery to an archive: the cases that ended in a year that is over, as a Noark 5 extract. A year still
 * running is refused: an archive takes a period once it is closed, and the cases still open go in the extract of the
 * year they end.
 */
public final class Archiving {

    /** The first year an extract can be asked for. */
    static final int FIRST_YEAR = 2000;

    private final Complaints complaints;
    private final Attachments attachments;
    private final ArchiveJobs jobs;
    private final JournalNumbers numbers;
    private final Clock clock;

    public Archiving(
            Complaints complaints, Attachments attachments, ArchiveJobs jobs, JournalNumbers numbers, Clock clock) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.jobs = jobs;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** What a year's extract holds, and how many cases received by its end were still open then. */
    public record Summary(int year, NoarkExtract.Contents contents, long openAtYearEnd) {}

    /** A year that is not over, or before the platform. */
    public static final class NotAClosedYear extends RuntimeException {
        public NotAClosedYear(int year) {
            super("Only a year that is over can be delivered: " + year);
        }
    }

    /** The years an extract can be made for, the latest first. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear() - 1; y >= Math.max(FIRST_YEAR, thisYear() - 10); y--) years.add(y);
        return years;
    }

    /** No case ended in the year: there is nothing to deliver for it. */
    public static final class NothingEnded extends RuntimeException {
        public NothingEnded(int year) {
            super("No case ended in " + year);
        }
    }

    public Summary summary(String tenantId, int year) {
        return new Summary(
                year,
                NoarkExtract.contentsOf(journals(tenantId, year)),
                complaints.countOpen(tenantId, start(year + 1)));
    }

    /**
     * Asks for the year's extract on behalf of {@code by}: it is made in the background (the worker in {@code archive.job}). A
     * year not over, or one in which no case ended, is refused at once.
     */
    public ArchiveJob start(String tenantId, int year, String by) {
        requireClosed(year);
        if (complaints.countEnded(tenantId, start(year), start(year + 1)) == 0) throw new NothingEnded(year);
        return jobs.start(tenantId, year, by);
    }

    /** The year's extract of the creator's cases, made now by {@code by}. */
    public NoarkExtract extract(NoarkExtract.Creator creator, int year, String by) {
        String tenantId = creator.id();
        List<CaseJournal> cases = journals(tenantId, year);
        if (cases.isEmpty()) throw new NothingEnded(year);
        return new NoarkExtract(
                creator,
                year,
                new NoarkExtract.Made(clock.instant(), by),
                cases,
                numbers.of(
                        tenantId,
                        cases.stream().flatMap(c -> c.records().stream()).toList()),
                (complaintId, file) -> attachments.read(tenantId, complaintId, file));
    }

    private List<CaseJournal> journals(String tenantId, int year) {
        requireClosed(year);
        List<CaseJournal> cases = new ArrayList<>();
        complaints.eachEnded(tenantId, start(year), start(year + 1), c -> cases.add(CaseJournal.of(c)));
        return cases;
    }

    private void requireClosed(int year) {
        if (year < FIRST_YEAR || year >= thisYear()) throw new NotAClosedYear(year);
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(JournalRecord.OSLO)).getYear();
    }

    private static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(JournalRecord.OSLO).toInstant();
    }
}
