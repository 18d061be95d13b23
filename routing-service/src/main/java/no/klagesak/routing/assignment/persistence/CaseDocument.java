package no.klagesak.routing.assignment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.LegalHold;
import no.klagesak.routing.assignment.TimelineEntry;
import no.klagesak.support.outbox.OutboxEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The id is the complaint id, so a second insert for the same complaint fails on the primary key. The workflow's
 * state, version and timeline live in the same document, so each step is one conditional update (docs/adr/0002).
 *
 * @param legalHold the legal hold that is on; null when none is
 * @param releasedHolds the holds released before, oldest first
 * @param erasedAt when the content was erased ({@code complaint.erased.v1})
 * @param state null on documents stored before the workflow existed: read as ASSIGNED (or TRIAGE without a handler)
 */
@Document("cases")
record CaseDocument(
        @Id String id,
        String tenantId,
        ComplaintCase assignment,
        @Nullable CaseState state,
        long version,
        @Nullable LocalDate pausedOn,
        @Nullable List<TimelineEntry> timeline,
        List<OutboxEntry> outbox,
        @Nullable LegalHold legalHold,
        @Nullable List<LegalHold> releasedHolds,
        @Nullable Instant erasedAt) {}
