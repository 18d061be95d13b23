package no.klagesak.routing.deviation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A reported deviation from the routine: what the reporter wrote, who receives it and by when, and, once handled, what
 * was done.
 *
 * @param id the reporting form's own id, so the same form sent twice is one report
 * @param reporter the staff member's user name; null when a complainant reported it from their follow-up page
 * @param reporterName how the pages name the staff member who reported it; null for a complainant, or a user name the
 *     organisation does not know
 * @param complaintId the case it is about: the complainant's, when they reported from its follow-up page, or the one
 *     whose reference a staff member named
 * @param caseReference the case's reference
 * @param receiver the user name of who handles it
 * @param receiverName how the pages name the receiver
 * @param handling null until the receiver has written what was done
 */
public record DeviationReport(
        String id,
        String tenantId,
        DeviationKind kind,
        String what,
        @Nullable LocalDate happenedOn,
        @Nullable String caseReference,
        boolean concernsDirector,
        Reporter reportedBy,
        @Nullable String reporter,
        @Nullable String reporterName,
        @Nullable String complaintId,
        String receiver,
        String receiverName,
        LocalDate deadline,
        Instant reportedAt,
        @Nullable Handling handling) {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Who reported it. */
    public enum Reporter {
        STAFF,
        COMPLAINANT
    }

    /** What the receiver wrote was done about it, and when. */
    public record Handling(String measures, String handledBy, Instant handledAt) {}

    public DeviationReport handled(Handling how) {
        return withWords(what, how);
    }

    /** The same report with its words as given: sealed to be stored, or opened to be read. */
    public DeviationReport withWords(String what, @Nullable Handling handling) {
        return new DeviationReport(
                id,
                tenantId,
                kind,
                what,
                happenedOn,
                caseReference,
                concernsDirector,
                reportedBy,
                reporter,
                reporterName,
                complaintId,
                receiver,
                receiverName,
                deadline,
                reportedAt,
                handling);
    }

    /** Past its deadline: not handled by the end of it, or handled after it. */
    public boolean late(LocalDate today) {
        return handling == null
                ? today.isAfter(deadline)
                : handling.handledAt().atZone(OSLO).toLocalDate().isAfter(deadline);
    }

    /** Whether it says the same as another sending of the same form (a reload, a second click). */
    boolean saysTheSameAs(DeviationReport other) {
        return kind == other.kind
                && what.equals(other.what)
                && java.util.Objects.equals(happenedOn, other.happenedOn)
                // A complainant's case is their complaint; its reference may have reached routing after the first try.
                && (reportedBy == Reporter.COMPLAINANT || java.util.Objects.equals(caseReference, other.caseReference))
                && concernsDirector == other.concernsDirector
                && java.util.Objects.equals(reporter, other.reporter)
                && java.util.Objects.equals(complaintId, other.complaintId);
    }
}
