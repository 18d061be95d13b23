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
 * @param complaintId the complainant's case, when they reported from its follow-up page
 * @param caseReference the case the reporter named, as written
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
                complaintId,
                receiver,
                receiverName,
                deadline,
                reportedAt,
                how);
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
                && java.util.Objects.equals(caseReference, other.caseReference)
                && concernsDirector == other.concernsDirector
                && java.util.Objects.equals(reporter, other.reporter)
                && java.util.Objects.equals(complaintId, other.complaintId);
    }
}
