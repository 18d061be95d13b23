package no.klagesak.intake.complaint.web;

import java.time.Instant;
import java.util.List;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.JournalRecord;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the case page shows of a complaint, in one read: its text and the conversation with the complainant, with one
 * question to routing whether the caller may read them (issue 27: a case page in at most three calls). Each part is in
 * the audit log as when it is read alone.
 */
@RestController
class CaseReadingController {

    private final NeedToKnow needToKnow;
    private final Complaints complaints;

    CaseReadingController(NeedToKnow needToKnow, Complaints complaints) {
        this.needToKnow = needToKnow;
        this.complaints = complaints;
    }

    @GetMapping("/api/complaints/{id}/with-conversation")
    WithConversation read(Authentication authentication, @PathVariable String id) {
        String tenantId = CurrentTenant.of(authentication);
        needToKnow.mayRead(authentication, id, List.of("COMPLAINT", "CONVERSATION"));
        // One read of the store: the complaint, its conversation and its journal are one document.
        var record = complaints
                .record(tenantId, new ComplaintId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new WithConversation(
                ComplaintView.forReader(record.complaint()),
                FollowUpController.FollowUpStaffView.of(record.followUp()),
                CaseJournal.of(record).records().stream().map(JournalLine::of).toList());
    }

    /**
     * @param conversation null when the complaint has none to follow up
     * @param journal what was received from and sent to the complainant, as the case's journal (and the archive)
     *     lists it
     */
    record WithConversation(
            ComplaintView complaint,
            FollowUpController.@Nullable FollowUpStaffView conversation,
            List<JournalLine> journal) {}

    /** A record of the journal as the case page lists it; its text is the conversation's, already in the answer. */
    record JournalLine(int number, JournalRecord.Direction direction, Instant at, String title, String party) {
        static JournalLine of(JournalRecord r) {
            return new JournalLine(r.number(), r.direction(), r.at(), r.title(), r.party());
        }
    }
}
