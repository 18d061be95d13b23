package no.klagesak.routing.assignment.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ConcernedNotice;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.routing.assignment.TimelineEntry;
import no.klagesak.support.access.AuditLog;
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
 * The access request of a person a case concerns (GDPR art. 15), from routing's side, for the tenant admin who answers
 * it for a person who asked: 404 unless the case concerns that person, as routing placed it (the person named, the
 * line manager or managing director it is about, the people a first report concerns), so no list of whom a case
 * concerns is ever given; else the handlers' own notes about what was done (never what the reporter said, never who
 * wrote them) with every other name in the organisation removed. A tenant admin the case concerns gets 403. While an
 * exception not to tell the person is recorded (personopplysningsloven § 16), 409: it covers their access too, until
 * the handler tells them or records a new exception. Every answer is in the audit log.
 */
@RestController
class ConcernedPeopleController {

    /** The steps whose words are the handlers' own account of what was done, not the reporter's. */
    private static final Set<CaseAction> HANDLERS_NOTES =
            Set.of(CaseAction.RECORD_ACTION, CaseAction.NOTIFY_CONCERNED, CaseAction.DISCUSSED_WITH_SUPERIOR);

    private final Cases cases;
    private final RoutingRoutines tenants;
    private final AuditLog audit;

    ConcernedPeopleController(Cases cases, RoutingRoutines tenants, AuditLog audit) {
        this.cases = cases;
        this.tenants = tenants;
        this.audit = audit;
    }

    record Note(Instant at, String what, String text) {}

    @GetMapping("/api/cases/{complaintId}/concerned/{personId}/notes")
    List<Note> notes(Authentication authentication, @PathVariable String complaintId, @PathVariable String personId) {
        Roles.require(authentication, "The tenant admin only", "tenant-admin");
        String tenantId = CurrentTenant.of(authentication);
        var tenant = tenants.find(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var c = cases.findBy(tenantId, complaintId)
                .filter(found -> found.concerned().contains(personId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String caller = CaseAccess.personOf(tenant, authentication);
        if (caller != null && c.concerned().contains(caller)) {
            audit.append(tenantId, authentication.getName(), "REFUSED", "CONCERNED_NOTES", complaintId, "CONCERNED");
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The case concerns you; someone else answers");
        }
        List<TimelineEntry> timeline = cases.timeline(tenantId, complaintId);
        var notice = ConcernedNotice.of(timeline);
        if (notice.exceptionReviewOn() != null) {
            audit.append(tenantId, authentication.getName(), "REFUSED", "CONCERNED_NOTES", complaintId, "EXCEPTION");
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Det er bestemt at personen ikke skal informeres nå (personopplysningsloven § 16). Det gjelder"
                            + " innsyn også, til saksbehandleren har informert personen.");
        }
        var redaction = Redaction.of(tenant.organisation().people().stream()
                .filter(p -> !p.id().equals(personId))
                .flatMap(p -> Stream.of(p.name(), p.email(), p.username()))
                .filter(Objects::nonNull)
                .toList());
        audit.append(tenantId, authentication.getName(), "READ", "CONCERNED_NOTES", complaintId, "ACCESS_REQUEST");
        return timeline.stream()
                .filter(e -> HANDLERS_NOTES.contains(e.action()))
                .filter(e -> e.text() != null)
                .map(e -> new Note(e.at(), e.action().name(), redaction.apply(e.text())))
                .toList();
    }
}
