package no.klagesak.reporting.statistics;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the statistics need to know of one complaint when it is received: classifications only, no text and no
 * person.
 *
 * @param unit the id of the unit it concerns, when the complainant named one
 * @param acknowledgedOnReceipt the written acknowledgement was given at once: on the form's receipt page or by the
 *     automatic e-mail to the address given; otherwise the handler records it (a step {@code ACKNOWLEDGE})
 */
public record ComplaintFact(
        String tenantId,
        String complaintId,
        int year,
        String track,
        String category,
        String channel,
        String complainantRole,
        Instant receivedAt,
        @Nullable String unit,
        boolean acknowledgedOnReceipt) {}
