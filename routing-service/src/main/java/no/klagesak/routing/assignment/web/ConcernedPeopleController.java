package no.klagesak.routing.assignment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.ConcernedNotice;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.routing.assignment.TimelineEntry;
import no.klagesak.support.privacy.Redaction;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The access request of a person a case concerns (GDPR art. 15), from routing's side, for the tenant admin: who the
 * case concerns, as routing placed it (the person named, the line manager or managing director it is about, the
 * people a first report concerns), and the case file's notes about them with every other name in the organisation
 * removed and never who wrote them. While an exception not to tell them is in force (personopplysningsloven § 16), 409:
 * the exception covers their access too, until it is lifted or its review date passes.
 */
@RestController
class ConcernedPeopleController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Cases cases;
    private final RoutingRoutines tenants;

    ConcernedPeopleController(Cases cases, RoutingRoutines tenants) {
        this.cases = cases;
        this.tenants = tenants;
    }

    record Concerned(String id, String name) {}

    record Note(Instant at, String what, String text) {}

    @GetMapping("/api/cases/{complaintId}/concerned")
    List<Concerned> concerned(Authentication authentication, @PathVariable String complaintId) {
        var c = caseOf(authentication, complaintId);
        var organisation = organisation(authentication);
        return c.concerned().stream()
                .map(id -> new Concerned(
                        id,
                        organisation.person(id).map(Organisation.Person::name).orElse(id)))
                .toList();
    }

    @GetMapping("/api/cases/{complaintId}/concerned/{personId}/notes")
    List<Note> notes(Authentication authentication, @PathVariable String complaintId, @PathVariable String personId) {
        var c = caseOf(authentication, complaintId);
        if (!c.concerned().contains(personId)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        List<TimelineEntry> timeline = cases.timeline(CurrentTenant.of(authentication), complaintId);
        var notice = ConcernedNotice.of(timeline);
        LocalDate today = LocalDate.now(OSLO);
        if (notice.exceptionReviewOn() != null && !notice.reviewOverdue(today)) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Et unntak etter personopplysningsloven § 16 gjelder til " + notice.exceptionReviewOn()
                            + ": personen får ikke innsyn før det er opphevet.");
        }
        var redaction = Redaction.of(organisation(authentication).people().stream()
                .filter(p -> !p.id().equals(personId))
                .map(Organisation.Person::name)
                .toList());
        return timeline.stream()
                // A talk with the whistleblower is about the reporter, not the person the report concerns.
                .filter(e -> e.action() != CaseAction.CHECK_IN)
                .filter(e -> e.text() != null || e.reason() != null)
                .map(e -> new Note(
                        e.at(),
                        e.action().name(),
                        redaction.apply(String.join(
                                " ",
                                java.util.stream.Stream.of(e.text(), e.reason())
                                        .filter(java.util.Objects::nonNull)
                                        .toList()))))
                .toList();
    }

    private ComplaintCase caseOf(Authentication authentication, String complaintId) {
        Roles.require(authentication, "The tenant admin only", "tenant-admin");
        return cases.findBy(CurrentTenant.of(authentication), complaintId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Organisation organisation(Authentication authentication) {
        return tenants.find(CurrentTenant.of(authentication))
                .map(t -> t.organisation())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
