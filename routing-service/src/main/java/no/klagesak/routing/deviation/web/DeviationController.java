package no.klagesak.routing.deviation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.klagesak.contracts.tenant.StaffRoles;
import no.klagesak.routing.deviation.DeviationReport;
import no.klagesak.routing.deviation.ReportingDeviations;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.security.TenantAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Deviations anyone on the staff reports (issue 29): to the managing director, or to the routine's alternative
 * receiver when it concerns the director. The receiver handles it; the director reads every report that does not
 * concern them, a reporter their own; the board, management and the admins read the year's figures.
 */
@RestController
class DeviationController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final ReportingDeviations deviations;
    private final Clock clock;

    DeviationController(ReportingDeviations deviations, Clock clock) {
        this.deviations = deviations;
        this.clock = clock;
    }

    /** What a form was refused for: each field and a code the page says in the reader's language. */
    record Problems(List<ReportingDeviations.Problem> problems) {}

    /**
     * Reports one; 201 when new, 200 when the same form (its id) was sent before unchanged; 400 with every problem and
     * nothing stored; 409 when that form was sent before with other words.
     */
    @PostMapping("/api/deviations")
    ResponseEntity<?> report(Authentication authentication, @RequestBody ReportingDeviations.Draft draft) {
        Roles.require(authentication, "Bare de ansatte melder avvik her", StaffRoles.MANAGED.toArray(String[]::new));
        var outcome = deviations.reportByStaff(tenant(authentication), username(authentication), draft);
        return switch (outcome) {
            case ReportingDeviations.Reported r ->
                ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(r.report());
            case ReportingDeviations.Refused r -> ResponseEntity.badRequest().body(new Problems(r.problems()));
            case ReportingDeviations.Conflict c ->
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "Dette avviket er alt meldt med en annen tekst. Last siden på nytt for å melde et nytt.");
        };
    }

    /** The year's reports the caller may read, newest first. */
    @GetMapping("/api/deviations")
    List<DeviationReport> log(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        return deviations.log(tenant(authentication), yearOr(year), username(authentication), director(authentication));
    }

    /** One report, to its receiver, the director (unless it concerns them) and its reporter; else 404. */
    @GetMapping("/api/deviations/{id}")
    DeviationReport show(Authentication authentication, @PathVariable String id) {
        return readable(authentication, id);
    }

    /** @param measures what was done about it */
    record Handling(@Nullable String measures) {}

    /** Its receiver writes what was done, once: 409 when it was handled already, 403 for anyone else who may read it. */
    @PostMapping("/api/deviations/{id}/handling")
    ResponseEntity<?> handle(Authentication authentication, @PathVariable String id, @RequestBody Handling handling) {
        readable(authentication, id);
        var outcome = deviations.handle(tenant(authentication), id, username(authentication), handling.measures());
        return switch (outcome) {
            case ReportingDeviations.Done d -> ResponseEntity.ok(d.report());
            case ReportingDeviations.Invalid i -> ResponseEntity.badRequest().body(new Problems(i.problems()));
            case ReportingDeviations.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case ReportingDeviations.NotReceiver n ->
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bare den som har fått avviket, behandler det");
            case ReportingDeviations.AlreadyHandled a ->
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Avviket er alt behandlet");
        };
    }

    /** The year's reports by kind, handled and late: figures only. */
    @GetMapping("/api/deviations/counts")
    ReportingDeviations.Counts counts(
            Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        Roles.require(
                authentication,
                "Bare daglig leder, ledelsen, styret og administratorene ser tallene",
                StaffRoles.MANAGING_DIRECTOR,
                StaffRoles.MANAGEMENT,
                "board",
                "tenant-admin");
        return deviations.counts(tenant(authentication), yearOr(year));
    }

    private DeviationReport readable(Authentication authentication, String id) {
        return deviations
                .find(tenant(authentication), id)
                .filter(r -> ReportingDeviations.mayRead(r, username(authentication), director(authentication)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private int yearOr(@Nullable Integer year) {
        return year != null ? year : LocalDate.now(clock.withZone(OSLO)).getYear();
    }

    private static String tenant(Authentication authentication) {
        return CurrentTenant.of(authentication);
    }

    private static boolean director(Authentication authentication) {
        return Roles.has(authentication, StaffRoles.MANAGING_DIRECTOR);
    }

    private static String username(Authentication authentication) {
        return authentication instanceof TenantAuthentication token ? token.username() : authentication.getName();
    }
}
