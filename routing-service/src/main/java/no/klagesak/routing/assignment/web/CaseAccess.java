package no.klagesak.routing.assignment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.StaffRoles;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.CaseFile;
import no.klagesak.routing.assignment.CasePermissions;
import no.klagesak.routing.assignment.CaseSummary;
import no.klagesak.routing.assignment.CaseVisibility;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.access.AuditLog;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.TenantAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see a case ({@link CaseVisibility}): in the caller's tenant only, the handler and their managers, the
 * managing director, the management group for its queue and escalations, the designated receivers for
 * whistleblowing reports, and never the person it concerns. A case the caller may not see answers 404, as if it did
 * not exist.
 */
@Component
class CaseAccess {

    private final Cases cases;
    private final RoutingRoutines tenants;
    private final AuditLog audit;

    CaseAccess(Cases cases, RoutingRoutines tenants, AuditLog audit) {
        this.cases = cases;
        this.tenants = tenants;
        this.audit = audit;
    }

    /**
     * As {@link #visible}, for a read of the case file itself ({@code what}: {@code CASE}, {@code CASE_FILE}): a case
     * that exists in the tenant but that the caller may not see is a refused attempt, written to the audit log, whether
     * it came from the web's case page or straight at this API.
     */
    ComplaintCase opened(Authentication authentication, String complaintId, String what) {
        try {
            return visible(authentication, complaintId);
        } catch (ResponseStatusException hidden) {
            String tenantId = CurrentTenant.of(authentication);
            if (cases.file(tenantId, complaintId).isPresent()) {
                audit.append(tenantId, authentication.getName(), "REFUSED", what, complaintId, "NOT_ALLOWED");
            }
            throw hidden;
        }
    }

    ComplaintCase visible(Authentication authentication, String complaintId) {
        String tenantId = CurrentTenant.of(authentication);
        var tenant = tenants.find(tenantId);
        return cases.file(tenantId, complaintId)
                .filter(file ->
                        tenant.isPresent() && canSee(tenant.get(), file, personOf(tenant.get(), authentication)))
                .map(CaseFile::complaintCase)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Why the caller may see the case ({@link CaseVisibility#because}); 404 when they may not. */
    String because(Authentication authentication, String complaintId) {
        String tenantId = CurrentTenant.of(authentication);
        var tenant = tenants.find(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String caller = personOf(tenant, authentication);
        return cases.file(tenantId, complaintId)
                .flatMap(file -> {
                    var c = file.complaintCase();
                    List<String> receivers = tenant.version(c.policyVersion())
                            .map(v -> v.routine().receivers().whistleblowingReceivers())
                            .orElse(List.of());
                    return CaseVisibility.because(c, file.state(), tenant.organisation(), receivers, caller);
                })
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The tenant's cases the caller may see, soonest deadline first; the caller is looked up once. */
    List<CaseSummary> visibleCases(Authentication authentication) {
        return cases.summaries(CurrentTenant.of(authentication)).stream()
                .filter(visibleTo(authentication))
                .toList();
    }

    /** Whether the caller may see a case of their tenant, for filtering a list; the caller is looked up once. */
    Predicate<CaseSummary> visibleTo(Authentication authentication) {
        var tenant = tenants.find(CurrentTenant.of(authentication));
        if (tenant.isEmpty()) return s -> false;
        String caller = personOf(tenant.get(), authentication);
        return s -> canSee(tenant.get(), s.file(), caller);
    }

    /** {@link CaseVisibility}, with the designated receivers of the case's routine version. */
    private static boolean canSee(TenantSnapshot tenant, CaseFile file, @Nullable String caller) {
        var c = file.complaintCase();
        List<String> receivers = tenant.version(c.policyVersion())
                .map(v -> v.routine().receivers().whistleblowingReceivers())
                .orElse(List.of());
        return CaseVisibility.canSee(c, file.state(), tenant.organisation(), receivers, caller);
    }

    /** Whether any version of the tenant's routine asks for that discussion (routine 001). */
    boolean asksForDiscussion(String tenantId) {
        return tenants.find(tenantId)
                .map(t -> t.routines().stream()
                        .anyMatch(v -> v.routine().notices().writtenComplaintsToReceiversSuperior()))
                .orElse(false);
    }

    /**
     * Routine 001: where the routine says so, a written complaint is discussed with the receiver's own superior. The
     * name of the handler's line manager then, else null.
     */
    @Nullable
    String discussWith(String tenantId, ComplaintCase c) {
        var tenant = tenants.find(tenantId);
        if (tenant.isEmpty() || c.handler() == null) return null;
        boolean required = tenant.get()
                .version(c.policyVersion())
                .map(v -> v.routine().notices().writtenComplaintsToReceiversSuperior())
                .orElse(false);
        if (!required) return null;
        var organisation = tenant.get().organisation();
        return CaseVisibility.superiorToDiscussWith(c, organisation)
                .map(Organisation.Person::name)
                .orElse(null);
    }

    /**
     * Whom the case may be given: active people with a login and a role that handles cases (never the board or an
     * admin only), never one the complaint concerns, nor the one who has it, by name.
     */
    List<WorkflowController.Candidate> candidates(String tenantId, ComplaintCase c) {
        return tenants.find(tenantId)
                .map(t -> t.organisation().people().stream()
                        .filter(p -> StaffRoles.mayHandle(
                                        p, t.organisation(), t.current().routine())
                                && !c.concerns(p.id())
                                && !p.username().equals(c.handler()))
                        .sorted(Comparator.comparing(Organisation.Person::name))
                        .map(p -> new WorkflowController.Candidate(p.username(), p.name(), p.title()))
                        .toList())
                .orElse(List.of());
    }

    /** Everyone active in the organisation, by name, for saying whom a case concerns. */
    List<WorkflowController.Person> people(String tenantId, ComplaintCase c) {
        return tenants.find(tenantId)
                .map(t -> t.organisation().people().stream()
                        .filter(Organisation.Person::active)
                        .sorted(Comparator.comparing(Organisation.Person::name))
                        .map(p -> new WorkflowController.Person(p.id(), p.name(), p.title(), c.concerns(p.id())))
                        .toList())
                .orElse(List.of());
    }

    /** The names of the tenant's people by user name, for lists that show who handles a case. */
    Map<String, String> namesByUsername(String tenantId) {
        return tenants.find(tenantId)
                .map(t -> t.organisation().people().stream()
                        .filter(p -> p.username() != null)
                        .collect(Collectors.toMap(
                                Organisation.Person::username, Organisation.Person::name, (a, b) -> a)))
                .orElse(Map.of());
    }

    /** Routine 004: whether the participant's NAV caseworker may take part, by the case's routine version. */
    boolean navCaseworkerOffered(String tenantId, ComplaintCase c) {
        return tenants.find(tenantId)
                .flatMap(t -> t.version(c.policyVersion()))
                .map(v -> v.routine().notices().navCaseworkerOffered())
                .orElse(false);
    }

    /** Why the caller may not take this step ({@link CasePermissions}), or null when they may. */
    @Nullable
    String refusal(String tenantId, CaseAction action, ComplaintCase c, Authentication authentication) {
        var tenant = tenants.find(tenantId);
        if (tenant.isEmpty()) return "Ukjent virksomhet.";
        return CasePermissions.refusal(action, c, tenant.get().organisation(), personOf(tenant.get(), authentication));
    }

    /** The caller's person id in the tenant's organisation, by their user name; null when they are not in it. */
    static @Nullable String personOf(TenantSnapshot tenant, Authentication authentication) {
        if (!(authentication instanceof TenantAuthentication token)) return null;
        return tenant.organisation().people().stream()
                .filter(p -> token.username().equals(p.username()))
                .findFirst()
                .map(Organisation.Person::id)
                .orElse(null);
    }
}
