package no.klagesak.intake.complaint.web;

import java.time.Instant;
import java.util.List;
import no.klagesak.intake.complaint.Complaints;
import no.klagesak.intake.complaint.FollowUp;
import no.klagesak.support.security.IdPorten;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    MyComplaintsController(Complaints complaints) {
        this.complaints = complaints;
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
}
