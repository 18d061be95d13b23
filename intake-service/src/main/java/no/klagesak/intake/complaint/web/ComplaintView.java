package no.klagesak.intake.complaint.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.StaffRegistration;
import no.klagesak.intake.complaint.model.Track;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as the staff API shows it. The text is here, for those who handle the case; never in events or logs.
 *
 * @param concernsName the name the complainant gave for whom it concerns, when the organisation has no one person by
 *     it; null otherwise
 */
record ComplaintView(
        String id,
        String tenantId,
        String reference,
        String track,
        String channel,
        String complainantRole,
        String category,
        int policyVersion,
        String subject,
        String description,
        @Nullable String desiredChange,
        @Nullable Complainant complainant,
        boolean anonymous,
        boolean concernsLineManager,
        String language,
        Instant receivedAt,
        @Nullable String registeredBy,
        @Nullable StaffRegistration staffRegistration,
        List<Attachment> attachments,
        boolean reporterWithheld,
        @Nullable String concernsName) {

    /**
     * As those who may read the case see it: of a whistleblowing report, who reported is kept apart (issue 10,
     * aml. § 2 A-3): {@code reporterWithheld}, and shown only on request to those who investigate it.
     */
    static ComplaintView forReader(Complaint c) {
        return of(c, c.track() == Track.WHISTLEBLOWING && c.complainant() != null);
    }

    /** Everything, the reporter included: for an access request by the complainant. */
    static ComplaintView of(Complaint c) {
        return of(c, false);
    }

    /** What is withheld reads as this. */
    static final String WITHHELD = "[holdt tilbake]";

    /**
     * A whistleblowing report as the tenant admin may hand it over: what kind it is and the day it came, without its
     * content and without what could point to who reported it, their role, how and in which language they wrote, the
     * hour (aml. § 2 A-3; only those who investigate it answer for those).
     */
    static ComplaintView withoutContent(Complaint c) {
        return new ComplaintView(
                c.id().value(),
                c.tenantId(),
                c.reference(),
                c.track().name(),
                WITHHELD,
                WITHHELD,
                c.category(),
                c.policyVersion(),
                WITHHELD,
                WITHHELD,
                null,
                null,
                c.anonymous(),
                false,
                WITHHELD,
                c.receivedAt()
                        .atZone(ZoneId.of("Europe/Oslo"))
                        .truncatedTo(ChronoUnit.DAYS)
                        .toInstant(),
                null,
                null,
                List.of(),
                true,
                null);
    }

    private static ComplaintView of(Complaint c, boolean withholdReporter) {
        return new ComplaintView(
                c.id().value(),
                c.tenantId(),
                c.reference(),
                c.track().name(),
                c.channel().name(),
                c.complainantRole().name(),
                c.category(),
                c.policyVersion(),
                c.subject(),
                c.description(),
                c.desiredChange(),
                withholdReporter ? null : c.complainant(),
                c.anonymous(),
                c.concernsLineManager(),
                c.language(),
                c.receivedAt(),
                c.registeredBy(),
                c.staffRegistration(),
                c.attachments(),
                withholdReporter,
                // The person the complainant named whom the organisation has no one match for: for the receiver to
                // settle whom it concerns (routing's explanation says so).
                c.concerns() == null ? null : c.concerns().name());
    }
}
