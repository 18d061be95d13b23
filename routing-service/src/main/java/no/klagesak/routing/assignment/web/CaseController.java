package no.klagesak.routing.assignment.web;

import java.util.List;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.support.security.CurrentTenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    @GetMapping("/api/cases")
    List<ComplaintCase> list(Authentication authentication) {
        return cases.findAll(CurrentTenant.of(authentication));
    }
}
