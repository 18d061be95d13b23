package no.klagesak.intake.complaint.web;

import java.time.Instant;
import java.util.List;
import no.klagesak.intake.complaint.application.FollowingUp;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.support.security.IdPorten;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A complainant logged in with ID-porten sees the complaints they sent to the tenant while logged in, newest first,
 * without receipt codes. The tenant is the one in the path, as on every public endpoint; who they are comes from
 * their verified token only. Anyone else gets 403; no token, 401.
 */
@RestController
class MyComplaintsController {

    private final Complaints complaints;
    private final FollowingUp followingUp;

    MyComplaintsController(Complaints complaints, FollowingUp followingUp) {
        this.complaints = complaints;
        this.followingUp = followingUp;
    }

    /** One of their complaints: no text, which they wrote themselves and follow up on the follow-up page. */
    record MyComplaint(
            String complaintId,
            String reference,
            String track,
            String category,
            Instant receivedAt,
            FollowUp.Shown state,
            java.time.@Nullable LocalDate deadline) {}

    @GetMapping("/public/tenants/{tenantId}/my/complaints")
    List<MyComplaint> mine(@PathVariable String tenantId, @Nullable Authentication authentication) {
        String owner = IdPorten.complainant(authentication)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Log in with ID-porten to see your complaints"));
        return complaints.ownedBy(tenantId, owner).stream()
                .map(f -> new MyComplaint(
                        f.id().value(),
                        f.reference(),
                        f.track().name(),
                        f.category(),
                        f.receivedAt(),
                        f.shown(),
                        f.standing() == null || !f.lifecycleState().open()
                                ? null
                                : f.standing().deadline()))
                .toList();
    }

    /** One of their complaints as they follow it, without the code: its state, the conversation, the answer. */
    @GetMapping("/public/tenants/{tenantId}/my/complaints/{id}")
    FollowUpController.FollowUpView one(
            @PathVariable String tenantId, @PathVariable String id, @Nullable Authentication authentication) {
        return view(tenantId, owned(tenantId, id, authentication));
    }

    /** What they send: the text, and the question it answers. */
    record StepRequest(
            @Nullable String text,
            @Nullable String answers,
            @Nullable Boolean agreed) {}

    /** A step of follow-up on one of their complaints: information (or an answer), withdrawal, or escalation. */
    @PostMapping("/public/tenants/{tenantId}/my/complaints/{id}/{step}")
    FollowUpController.FollowUpView step(
            @PathVariable String tenantId,
            @PathVariable String id,
            @PathVariable String step,
            @RequestBody StepRequest request,
            @Nullable Authentication authentication) {
        FollowUp followUp = owned(tenantId, id, authentication);
        FollowUp after = switch (step) {
            case "information" -> followingUp.addInformation(followUp, request.text(), request.answers());
            case "withdrawal" -> followingUp.withdraw(followUp, request.text());
            case "escalation" -> followingUp.requestEscalation(followUp, request.text());
            case "minutes" -> followingUp.answerMinutes(followUp, request.answers(), request.agreed(), request.text());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        return view(tenantId, after);
    }

    private FollowUp owned(String tenantId, String id, @Nullable Authentication authentication) {
        String owner = IdPorten.complainant(authentication)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Log in with ID-porten to see your complaints"));
        // Someone else's complaint, or none: as if it did not exist.
        return followingUp
                .owned(tenantId, owner, new ComplaintId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private FollowUpController.FollowUpView view(String tenantId, FollowUp followUp) {
        return FollowUpController.FollowUpView.of(followUp, followingUp.escalationOffered(tenantId));
    }
}
