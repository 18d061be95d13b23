package no.klagesak.routing.assignment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.routing.assignment.CaseSummary;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.LegalHold;
import no.klagesak.routing.assignment.Outcome;
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
 * @param lists what the lists ask of the case, kept with every write; null on documents stored before, until the
 *     service's start gives them theirs
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
        @Nullable Instant erasedAt,
        @Nullable Listed lists) {

    /**
     * What the lists of cases ask for, kept beside the case so that each list is one indexed query (issue 27).
     * Fields that do not apply are absent, not false: on MongoDB the lists' compound indexes put the open cases, or
     * those the overview looks at, in one range of their own; the local stand-in keeps the documents that have such a
     * path apart. Either way a list reads its own range, however many closed cases the years add.
     *
     * @param open present while the case is being handled
     * @param attention present while {@link CaseSummary#needsAttention()}
     * @param outcome the latest outcome; absent while there is none
     * @param undiscussed present while {@link CaseSummary#answeredUndiscussed()}
     */
    record Listed(
            @Nullable Boolean open,
            @Nullable Boolean attention,
            @Nullable Outcome outcome,
            @Nullable Boolean undiscussed) {

        static Listed of(CaseSummary summary) {
            return new Listed(
                    summary.file().state().open() ? true : null,
                    summary.needsAttention() ? true : null,
                    summary.outcome(),
                    summary.answeredUndiscussed() ? true : null);
        }
    }
}
