package no.klagesak.routing.assignment.web;

import java.util.List;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.support.security.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class CaseController {

    private final Cases cases;

    CaseController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/cases/{complaintId}")
    ComplaintCase show(Authentication authentication, @PathVariable String complaintId) {
        return cases.findBy(CurrentTenant.of(authentication), complaintId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The tenant's cases, soonest deadline first; with {@code handler}, only that handler's, for example to reassign the
     * cases of someone who has left. (Every case is open until the case workflow can close one.)
     */
    @GetMapping("/api/cases")
    List<ComplaintCase> list(Authentication authentication, @RequestParam(required = false) @Nullable String handler) {
        return cases.findAll(CurrentTenant.of(authentication)).stream()
                .filter(c -> handler == null || handler.equals(c.handler()))
                .toList();
    }
}
