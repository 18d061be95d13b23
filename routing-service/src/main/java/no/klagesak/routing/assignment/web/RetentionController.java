package no.klagesak.routing.assignment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.routing.assignment.HoldingCases;
import no.klagesak.routing.assignment.InvalidTransition;
import no.klagesak.routing.assignment.LegalHold;
import no.klagesak.routing.assignment.RetentionFile;
import no.klagesak.routing.assignment.Retentions;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * How long a case is kept, and its legal holds, for the tenant admin and the managing director: dates and reasons,
 * never the case's content. Another tenant's case, or none, answers 404.
 */
@RestController
class RetentionController {

    private static final String[] KEEPERS = {"tenant-admin", "managing-director"};
    private static final String ONLY_KEEPERS = "Only the tenant admin and the managing director keep cases";

    private final Retentions retentions;
    private final HoldingCases holding;
    private final RoutingRoutines routines;

    RetentionController(Retentions retentions, HoldingCases holding, RoutingRoutines routines) {
        this.retentions = retentions;
        this.holding = holding;
        this.routines = routines;
    }

    /**
     * @param endedOn when the case ended; null while it is open
     * @param years how many years the tenant's routine keeps the case's track after it ended
     * @param eraseOn when its content is erased unless a hold is on then; null while it is open
     * @param hold the legal hold that is on, if any
     * @param holds every hold, oldest first
     */
    record Retention(
            String complaintId,
            String reference,
            String track,
            CaseState state,
            @Nullable LocalDate endedOn,
            int years,
            @Nullable LocalDate eraseOn,
            @Nullable Instant erasedAt,
            @Nullable LegalHold hold,
            List<LegalHold> holds) {}

    record Reason(@Nullable String reason) {}

    @GetMapping("/api/cases/{complaintId}/retention")
    Retention retention(Authentication caller, @PathVariable String complaintId) {
        Roles.require(caller, ONLY_KEEPERS, KEEPERS);
        String tenantId = CurrentTenant.of(caller);
        return retentions
                .find(tenantId, complaintId)
                .map(f -> view(rule(tenantId), f))
                .orElseThrow(RetentionController::none);
    }

    /** The tenant's cases under a legal hold, longest held first. */
    @GetMapping("/api/legal-holds")
    List<Retention> held(Authentication caller) {
        Roles.require(caller, ONLY_KEEPERS, KEEPERS);
        String tenantId = CurrentTenant.of(caller);
        Routine.Retention rule = rule(tenantId);
        return retentions.held(tenantId).stream().map(f -> view(rule, f)).toList();
    }

    @PostMapping("/api/cases/{complaintId}/legal-hold")
    Retention place(Authentication caller, @PathVariable String complaintId, @RequestBody Reason reason) {
        Roles.require(caller, ONLY_KEEPERS, KEEPERS);
        String tenantId = CurrentTenant.of(caller);
        return holding.place(tenantId, complaintId, caller.getName(), reason.reason())
                .map(f -> view(rule(tenantId), f))
                .orElseThrow(RetentionController::none);
    }

    @PostMapping("/api/cases/{complaintId}/legal-hold/release")
    Retention release(Authentication caller, @PathVariable String complaintId, @RequestBody Reason reason) {
        Roles.require(caller, ONLY_KEEPERS, KEEPERS);
        String tenantId = CurrentTenant.of(caller);
        return holding.release(tenantId, complaintId, caller.getName(), reason.reason())
                .map(f -> view(rule(tenantId), f))
                .orElseThrow(RetentionController::none);
    }

    /** The tenant's current retention rule: it applies to every case, also one that ended under an older routine. */
    private Routine.Retention rule(String tenantId) {
        return routines.find(tenantId)
                .map(t -> t.current().routine().retention())
                .orElseThrow(RetentionController::none);
    }

    private static Retention view(Routine.Retention rule, RetentionFile file) {
        var c = file.complaintCase();
        return new Retention(
                c.complaintId(),
                c.reference(),
                c.track(),
                file.state(),
                file.endedOn(),
                file.years(rule),
                file.eraseOn(rule),
                file.erasedAt(),
                file.hold().orElse(null),
                file.holds());
    }

    private static ResponseStatusException none() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidTransition invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, invalid.getMessage());
    }

    @ExceptionHandler
    ProblemDetail bad(IllegalArgumentException bad) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
    }

    @ExceptionHandler
    ProblemDetail refused(ResponseStatusException refused) {
        return ProblemDetail.forStatusAndDetail(refused.getStatusCode(), refused.getReason());
    }
}
