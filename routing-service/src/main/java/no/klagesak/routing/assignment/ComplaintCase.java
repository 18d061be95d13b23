package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint's case in routing: the assignment and the deadline the complainant was promised.
 *
 * @param policyVersion the routine version the complaint was received under, which set its deadline
 * @param handler the handler's user name; null while the case waits in the management group's triage queue
 * @param explanation why this handler, in words a manager understands
 * @param concerned ids of the people the complaint concerns: never its handler, never shown it
 * @param acknowledgeBy the date the written acknowledgement is due by
 * @param reminders the dates the handler is reminded before the deadline
 * @param checkIns for a whistleblowing report, the dates its handler checks in with the reporter on their working
 *     environment, also after closure (aml. § 2 A-3, § 2 A-4); empty for a complaint
 * @param retaliationFor on a report of suspected retaliation, the complaint id of the report its reporter made first
 * @param acknowledgement how the complainant gets the written acknowledgement; by the handler when no e-mail or
 *     receipt page gave it
 */
public record ComplaintCase(
        String complaintId,
        String tenantId,
        String reference,
        String track,
        String category,
        int policyVersion,
        @Nullable String handler,
        HandlerLevel handlerLevel,
        int handlingTimeDays,
        LocalDate deadline,
        Instant receivedAt,
        Instant assignedAt,
        String explanation,
        List<String> concerned,
        @Nullable LocalDate acknowledgeBy,
        List<LocalDate> reminders,
        List<LocalDate> checkIns,
        @Nullable String retaliationFor,
        Acknowledgement acknowledgement) {

    public ComplaintCase withHandler(@Nullable String value, HandlerLevel level) {
        return new ComplaintCase(
                complaintId,
                tenantId,
                reference,
                track,
                category,
                policyVersion,
                value,
                level,
                handlingTimeDays,
                deadline,
                receivedAt,
                assignedAt,
                explanation,
                concerned,
                acknowledgeBy,
                reminders,
                checkIns,
                retaliationFor,
                acknowledgement);
    }

    /** Whom it concerns, as the receiver corrected it, and the explanation that says so. */
    public ComplaintCase withConcerned(List<String> value, String corrected) {
        return new ComplaintCase(
                complaintId,
                tenantId,
                reference,
                track,
                category,
                policyVersion,
                handler,
                handlerLevel,
                handlingTimeDays,
                deadline,
                receivedAt,
                assignedAt,
                explanation + " " + corrected,
                List.copyOf(value),
                acknowledgeBy,
                reminders,
                checkIns,
                retaliationFor,
                acknowledgement);
    }

    public ComplaintCase withDeadline(LocalDate value) {
        long shift = ChronoUnit.DAYS.between(deadline, value);
        return new ComplaintCase(
                complaintId,
                tenantId,
                reference,
                track,
                category,
                policyVersion,
                handler,
                handlerLevel,
                handlingTimeDays,
                value,
                receivedAt,
                assignedAt,
                explanation,
                concerned,
                acknowledgeBy,
                reminders.stream().map(r -> r.plusDays(shift)).toList(),
                checkIns,
                retaliationFor,
                acknowledgement);
    }

    /**
     * When the person the case names must be told at the latest (Datatilsynet: within one month after their data was
     * collected): a month after the complaint was received, in Norway; null when it names no one.
     */
    public @Nullable LocalDate concernedNoticeBy() {
        return concerned.isEmpty()
                ? null
                : LocalDate.ofInstant(receivedAt, ZoneId.of("Europe/Oslo")).plusMonths(1);
    }

    /** Whether the complaint concerns this person, who then may neither handle nor see it. */
    public boolean concerns(@Nullable String personId) {
        return personId != null && concerned.contains(personId);
    }

    public ComplaintCase {
        explanation = explanation == null ? "" : explanation;
        concerned = concerned == null ? List.of() : List.copyOf(concerned);
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
        checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
        // Cases stored before the acknowledgement was tracked had theirs by e-mail or not at all.
        acknowledgement = acknowledgement == null ? Acknowledgement.EMAIL : acknowledgement;
    }
}
