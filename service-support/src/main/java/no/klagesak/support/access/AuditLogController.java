package no.klagesak.support.access;

import java.util.List;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant admin reads their tenant's audit log of this service: who read which complaint's content, and why. */
@RestController
class AuditLogController {

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit")
    List<AuditLog.Entry> entries(
            Authentication authentication,
            @RequestParam(required = false) @Nullable String complaintId,
            @RequestParam(defaultValue = "200") int limit) {
        Roles.require(authentication, "The tenant admin only", "tenant-admin");
        return log.of(CurrentTenant.of(authentication), complaintId, Math.clamp(limit, 1, 1000));
    }
}
