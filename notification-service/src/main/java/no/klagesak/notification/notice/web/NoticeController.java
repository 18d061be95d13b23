package no.klagesak.notification.notice.web;

import java.util.List;
import no.klagesak.notification.notice.Notices;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** What was sent, to whom (a role or a user name, never an address) and how it went. Never a message's content. */
@RestController
class NoticeController {

    private final Notices notices;
    private final NeedToKnow needToKnow;

    NoticeController(Notices notices, NeedToKnow needToKnow) {
        this.notices = notices;
        this.needToKnow = needToKnow;
    }

    /** A case's delivery log, for those routing lets see the case (404 for others, as if it did not exist). */
    @GetMapping("/api/notices")
    List<Notices.Delivery> ofCase(Authentication authentication, @RequestParam String complaintId) {
        String tenantId = CurrentTenant.of(authentication);
        needToKnow.mayRead(authentication, complaintId);
        return notices.ofComplaint(tenantId, complaintId);
    }

    /** Notices that could not be delivered at all (a refused address), for the tenant admin to follow up. */
    @GetMapping("/api/notices/failed")
    List<Notices.Delivery> failed(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_tenant-admin"));
        if (!admin) throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Tenant admins only");
        return notices.failed(CurrentTenant.of(authentication));
    }
}
