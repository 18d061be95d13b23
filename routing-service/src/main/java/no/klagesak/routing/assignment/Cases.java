package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import no.klagesak.contracts.EventEnvelope;
import org.jspecify.annotations.Nullable;

/** The cases routing holds. Every read names the tenant. */
public interface Cases {

    /**
     * Stores a new case with the events it causes, in one single-document write. Returns false, storing nothing, when
     * the complaint already has a case: a redelivered event assigns nothing twice.
     */
    boolean addIfAbsent(ComplaintCase complaintCase, List<EventEnvelope> events);

    Optional<ComplaintCase> findBy(String tenantId, String complaintId);

    /** The complaint id of the tenant's case with this reference (as {@code FJV-2026-0042}, in any letter case). */
    Optional<String> complaintIdOf(String tenantId, String reference);

    List<ComplaintCase> findAll(String tenantId);

    /** The case with its workflow state and version. */
    Optional<CaseFile> file(String tenantId, String complaintId);

    /**
     * Every case of the tenant with its workflow state, soonest deadline first. It grows with the years: for a
     * maintenance job, not for a page (lists read {@link #handledBy}, {@link #needingAttention} or {@link #received}).
     */
    List<CaseSummary> summaries(String tenantId);

    /** Which of a handler's cases a list shows. */
    enum Showing {
        /** Still being handled, soonest deadline first. */
        OPEN,
        /** Answered, decided or withdrawn, latest deadline first. */
        CLOSED,
        /** Both, soonest deadline first. */
        ALL
    }

    /** One page of a handler's cases that {@code keep} keeps, read through an index of the handler's cases. */
    CasePage<CaseSummary> handledBy(
            String tenantId, String handler, Showing showing, Predicate<CaseSummary> keep, int page, int size);

    /** How many of a handler's open cases are past their deadline on {@code today}. */
    long overdue(String tenantId, String handler, LocalDate today);

    /**
     * The cases the managers' overview looks at, soonest deadline first: the open ones, and the closed ones whose duty to
     * tell the person they name is not done (told, or an exception whose review is still ahead). What they hold grows
     * with the work in hand, not with the years.
     */
    List<CaseSummary> needingAttention(String tenantId);

    /**
     * The tenant's answered cases with no discussion with the receiver's superior recorded, soonest deadline first:
     * deviations where the routine asks for that discussion (routine 001). Few where the routine is followed.
     */
    List<CaseSummary> answeredUndiscussed(String tenantId);

    /**
     * Which cases a list of every case shows.
     *
     * @param year the year (in Norway) it was received; null for any
     * @param track null for any
     * @param outcome the latest {@link Outcome}, {@code NONE} for cases with none yet; null for any
     */
    record Received(
            @Nullable Integer year,
            @Nullable String track,
            @Nullable String outcome) {}

    /** One page of the tenant's cases that {@code keep} keeps, the latest received first. */
    CasePage<CaseSummary> received(String tenantId, Received which, Predicate<CaseSummary> keep, int page, int size);

    /** When the tenant's first case was received; empty when it has none. */
    Optional<Instant> firstReceived(String tenantId);

    /** The open cases of every tenant, for the deadline watch. */
    List<CaseSummary> watched();

    /** The reports of suspected retaliation that follow a report, oldest first. */
    List<ComplaintCase> retaliationReports(String tenantId, String complaintId);

    /** The whistleblowing reports of every tenant with planned check-ins with the reporter, in any state. */
    List<CaseSummary> withCheckIns();

    /** The cases of every tenant where an exception not to tell a person they name was recorded, in any state. */
    List<CaseSummary> withNoticeExceptions();

    /**
     * Promises an event of the deadline watch once per case and key (a reminder date, a breached deadline): the key
     * and the event are written together, and only if the case does not have the key yet. Answers whether it did.
     */
    boolean promiseOnce(String tenantId, String complaintId, String key, EventEnvelope event);

    /**
     * The complainant's data was erased (complaint.erased.v1): the notes of the case's timeline (texts, reasons,
     * improvements), which may quote or name them, are erased; who did what and when stays. Repeating it changes
     * nothing but the time it was erased, which stays the first.
     */
    void eraseNotes(String tenantId, String complaintId, Instant erasedAt);

    /** What happened to the case, oldest first. */
    List<TimelineEntry> timeline(String tenantId, String complaintId);

    /**
     * Stores a step of the workflow together with its events, in one single-document write, only if the case is still
     * at {@code expectedVersion}. Answers false, storing nothing, when someone else changed it first.
     */
    boolean update(
            String tenantId,
            String complaintId,
            long expectedVersion,
            CaseFile next,
            TimelineEntry entry,
            List<EventEnvelope> events);
}
