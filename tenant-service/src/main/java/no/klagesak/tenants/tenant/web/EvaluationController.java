package no.klagesak.tenants.tenant.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.security.TenantAuthentication;
import no.klagesak.tenants.tenant.Evaluation;
import no.klagesak.tenants.tenant.Evaluations;
import no.klagesak.tenants.tenant.ManagingTenants;
import no.klagesak.tenants.tenant.Tenant;
import no.klagesak.tenants.tenant.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The routine's yearly evaluations (issue 29): the managing director records them; management, the board and the
 * tenant's admins read them, each only their own company's.
 */
@RestController
class EvaluationController {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Evaluations evaluations;
    private final Tenants tenants;
    private final ManagingTenants managing;
    private final Clock clock;

    EvaluationController(Evaluations evaluations, Tenants tenants, ManagingTenants managing, Clock clock) {
        this.evaluations = evaluations;
        this.tenants = tenants;
        this.managing = managing;
        this.clock = clock;
    }

    /**
     * An evaluation with the routine versions that followed it: those made after it was recorded and before the next
     * evaluation was, which carry out what it decided.
     */
    record EvaluationView(@JsonUnwrapped Evaluation evaluation, List<Integer> followedBy) {}

    /**
     * The company's evaluations, the latest first.
     *
     * @param due whether one is due: none was ever held, or a year has passed since the latest
     * @param lastHeldOn when the latest was held; null when none was
     */
    record EvaluationsView(
            List<EvaluationView> evaluations,
            boolean due,
            @Nullable LocalDate lastHeldOn) {}

    @GetMapping("/api/tenants/{tenantId}/evaluations")
    EvaluationsView list(Authentication authentication, @PathVariable String tenantId) {
        Roles.require(
                authentication,
                "Bare daglig leder, ledelsen, styret og administratorene ser evalueringene",
                "managing-director",
                "management",
                "board",
                "tenant-admin");
        return view(own(authentication, tenantId));
    }

    /**
     * Records one; 201 when new, 200 when the same form (its id) was recorded before unchanged, and nothing more is
     * stored; 409 when that form was recorded before with other words (sent again after an edit), which are not.
     */
    @PostMapping("/api/tenants/{tenantId}/evaluations")
    ResponseEntity<EvaluationsView> record(
            Authentication authentication, @PathVariable String tenantId, @RequestBody Evaluation.Draft draft) {
        Roles.require(authentication, "Bare daglig leder registrerer evalueringen av rutinen", "managing-director");
        Tenant tenant = own(authentication, tenantId);
        Instant now = clock.instant();
        var evaluation = Evaluation.record(
                tenant.id(),
                draft,
                ((TenantAuthentication) authentication).username(),
                now,
                LocalDate.ofInstant(now, OSLO));
        if (evaluations.add(evaluation)) {
            // The tenant's latest evaluation follows, for the yearly reminder: a second write, which the same form
            // sent again repeats when it was lost (below).
            managing.evaluated(tenant.id(), evaluation.heldOn(), evaluation.recordedBy());
            return ResponseEntity.status(HttpStatus.CREATED).body(view(tenant));
        }
        boolean same = evaluations
                .find(tenant.id(), evaluation.id())
                .map(evaluation::saysTheSameAs)
                .orElse(false);
        if (!same) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Denne evalueringen er alt lagret med en annen tekst. Last siden på nytt for å registrere en ny.");
        }
        managing.evaluated(tenant.id(), evaluation.heldOn(), evaluation.recordedBy());
        return ResponseEntity.ok(view(tenant));
    }

    private Tenant own(Authentication authentication, String tenantId) {
        if (!tenantId.equals(CurrentTenant.of(authentication))) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return tenants.findBy(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private EvaluationsView view(Tenant tenant) {
        List<Evaluation> held = evaluations.of(tenant.id());
        // The versions an evaluation led to are those made while it was the latest recorded: in the order recorded,
        // whatever the dates they were held on.
        List<Instant> recorded =
                held.stream().map(Evaluation::recordedAt).sorted().toList();
        List<EvaluationView> views = new ArrayList<>();
        for (Evaluation e : held) {
            @Nullable
            Instant next = recorded.stream()
                    .filter(at -> at.isAfter(e.recordedAt()))
                    .findFirst()
                    .orElse(null);
            views.add(new EvaluationView(e, followedBy(tenant, e.recordedAt(), next)));
        }
        return new EvaluationsView(
                views,
                Evaluation.due(held, LocalDate.now(clock.withZone(OSLO))),
                Evaluation.latest(held).map(Evaluation::heldOn).orElse(null));
    }

    /** The routine versions made after the evaluation was recorded, until the next one was. */
    private static List<Integer> followedBy(Tenant tenant, Instant recorded, @Nullable Instant next) {
        return tenant.routines().stream()
                .filter(v -> v.validFrom().isAfter(recorded)
                        && (next == null || v.validFrom().isBefore(next)))
                .map(RoutineVersion::version)
                .toList();
    }
}
