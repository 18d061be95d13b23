package no.klagesak.routing.deviation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.routing.deviation.DeviationReport;
import no.klagesak.support.outbox.OutboxEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One report, keyed by its tenant and its form's id together, so another tenant's ids are never met; its words sealed
 * ({@code report.what}, {@code report.handling.measures}).
 *
 * @param overdueNoticedOn when the watch said its deadline passed unhandled; null until then
 */
@Document(MongoDeviations.COLLECTION)
record DeviationDocument(
        @Id String key,
        String tenantId,
        Instant reportedAt,
        DeviationReport report,
        List<OutboxEntry> outbox,
        @Nullable LocalDate overdueNoticedOn) {}
