package no.klagesak.tenants.tenant.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.SetUp;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.support.security.TenantAuthentication;
import no.klagesak.tenants.account.CompanyLogin;
import no.klagesak.tenants.account.Logins;
import no.klagesak.tenants.account.StaffAccounts;
import no.klagesak.tenants.tenant.Change;
import no.klagesak.tenants.tenant.Evaluations;
import no.klagesak.tenants.tenant.IdentityProvider;
import no.klagesak.tenants.tenant.InvalidSettings;
import no.klagesak.tenants.tenant.ManagingTenants;
import no.klagesak.tenants.tenant.OnboardingTenant;
import no.klagesak.tenants.tenant.OrganisationImport;
import no.klagesak.tenants.tenant.Problem;
import no.klagesak.tenants.tenant.Tenant;
import no.klagesak.tenants.tenant.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class TenantController {

    private static final String OPERATOR = "ROLE_platform-operator";
    private static final String TENANT_ADMIN = "ROLE_tenant-admin";

    private final Tenants tenants;
    private final ManagingTenants managing;
    private final OnboardingTenant onboarding;

    private final StaffAccounts accounts;
    private final Logins logins;
    private final Evaluations evaluations;

    TenantController(
            Tenants tenants,
            ManagingTenants managing,
            OnboardingTenant onboarding,
            StaffAccounts accounts,
            Logins logins,
            Evaluations evaluations) {
        this.evaluations = evaluations;
        this.tenants = tenants;
        this.managing = managing;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.logins = logins;
    }

    /**
     * The routine as the tenant publishes it: every version, with its dates. No organisation, no history, and no ids
     * of people; of the whistleblowing routine, who receives reports and who receives those about the receivers or
     * the managing director, by name and title, as the routine must say (aml. § 2 A-6).
     */
    @GetMapping("/public/tenants/{tenantId}")
    PublicTenant published(@PathVariable String tenantId) {
        return tenants.findBy(tenantId)
                .filter(Tenant::active)
                .map(t -> new PublicTenant(
                        t.id(),
                        t.name(),
                        t.currentRoutine().version(),
                        t.routines().stream()
                                .map(TenantController::withoutPeople)
                                .toList(),
                        t.routines().stream()
                                .map(v -> PublishedReceivers.of(v, t.organisation()))
                                .toList(),
                        evaluations.lastHeldOn(t.id()).orElse(null)))
                .orElseThrow(TenantController::notFound);
    }

    /** A company on the platform as the start page lists it: its id (its pages' address) and its name, nothing else. */
    record ListedTenant(String id, String name) {}

    /**
     * The companies whose routine is published, by name in Norwegian order: where a complainant who came to the
     * platform's start page finds their company's form.
     */
    @GetMapping("/public/tenants")
    List<ListedTenant> listed() {
        var norwegian = Collator.getInstance(Locale.forLanguageTag("nb"));
        return tenants.names().stream()
                .filter(Tenants.Name::active)
                .map(t -> new ListedTenant(t.id(), t.name()))
                .sorted(Comparator.comparing(ListedTenant::name, norwegian))
                .toList();
    }

    /**
     * Who a routine version names to receive whistleblowing reports, and those about the receivers or the managing
     * director (the board's contact where it names no one), as "name, title" from the organisation as it is now.
     */
    record PublishedReceivers(
            int version,
            List<String> whistleblowing,
            @Nullable String alternative) {

        static PublishedReceivers of(RoutineVersion version, Organisation organisation) {
            var receivers = version.routine().receivers();
            String alternative = receivers.alternativeReceiver() == null
                    ? organisation.boardContact()
                    : receivers.alternativeReceiver();
            return new PublishedReceivers(
                    version.version(),
                    receivers.whistleblowingReceivers().stream()
                            .flatMap(id -> organisation.person(id).stream())
                            .map(PublishedReceivers::described)
                            .toList(),
                    organisation
                            .person(alternative)
                            .map(PublishedReceivers::described)
                            .orElse(null));
        }

        private static String described(Organisation.Person person) {
            return person.title() == null || person.title().isBlank()
                    ? person.name()
                    : person.name() + ", " + person.title().toLowerCase(Locale.ROOT);
        }
    }

    static RoutineVersion withoutPeople(RoutineVersion version) {
        var receivers = version.routine().receivers();
        // The rules stay (who may know a reporter's name is published); the people's ids go (names are published
        // as PublishedReceivers).
        var routine = version.routine()
                .withReceivers(new Routine.Receivers(
                        new Routine.DefaultReceiver(receivers.defaultReceiver().kind(), ""),
                        receivers.complainantMayChooseReceiver(),
                        List.of(),
                        receivers.reporterIdentity()));
        return new RoutineVersion(version.version(), version.validFrom(), "", version.agreedWith(), routine);
    }

    @GetMapping("/api/templates")
    List<TemplateView> templates() {
        return Arrays.stream(Template.values())
                .map(t -> new TemplateView(t.name(), t.nameNb(), t.nameEn()))
                .toList();
    }

    @GetMapping("/api/tenants")
    List<TenantSummary> list() {
        return tenants.findAll().stream().map(TenantSummary::of).toList();
    }

    /**
     * Onboards a tenant: the data, its Keycloak organization and the first admin's invitation. 201 when made now, 200
     * when the same onboarding was done before (a retry completes what was left, and never makes a second tenant).
     */
    @ApiResponse(
            responseCode = "201",
            description = "Onboarded: the tenant, its routine from the template, and the first admin's invitation sent")
    @ApiResponse(
            responseCode = "200",
            description = "The same tenant again: a retry of the same onboarding; nothing new is made")
    @PostMapping("/api/tenants")
    ResponseEntity<TenantSummary> onboard(Authentication authentication, @RequestBody OnboardingRequest request) {
        boolean existed =
                request.alias() != null && tenants.findBy(request.alias()).isPresent();
        Tenant tenant = onboarding.onboard(
                request.alias(),
                request.name(),
                template(request.template()),
                request.adminEmail(),
                user(authentication));
        accounts.reconcile(tenant);
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/tenants/" + tenant.id()))
                .body(TenantSummary.of(tenant));
    }

    /**
     * Whether each tenant's first admin has accepted the invitation (set a password), for the operator; {@code
     * accepted} is null for a tenant the identity provider did not answer about.
     */
    /**
     * @param accepted whether the first admin has set a password; null when Keycloak did not answer
     * @param setUpOpen the steps of the set-up the company has not yet taken
     */
    record Invitation(
            String tenantId, String adminEmail, @Nullable Boolean accepted, List<SetUp.Step> setUpOpen) {}

    @GetMapping("/api/invitations")
    List<Invitation> invitations() {
        return tenants.findAll().stream()
                .map(t -> {
                    Boolean accepted;
                    try {
                        accepted = accounts.firstAdminReady(t).orElse(false);
                    } catch (IdentityProvider.Unavailable away) {
                        accepted = null;
                    }
                    return new Invitation(
                            t.id(),
                            t.adminEmail(),
                            accepted,
                            SetUp.open(t.organisation(), t.currentRoutine().routine()));
                })
                .toList();
    }

    /** Sends the first admin's invitation again; 409 when it was accepted already. */
    @ApiResponse(responseCode = "202", description = "Sent again")
    @ApiResponse(responseCode = "409", description = "The invitation was accepted already")
    @PostMapping("/api/invitations/{tenantId}")
    ResponseEntity<Invitation> resend(@PathVariable String tenantId) {
        Tenant tenant = tenants.findBy(tenantId).orElseThrow(TenantController::notFound);
        boolean sent = accounts.inviteFirstAdminAgain(tenant);
        return ResponseEntity.status(sent ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .body(new Invitation(
                        tenant.id(),
                        tenant.adminEmail(),
                        !sent,
                        SetUp.open(
                                tenant.organisation(), tenant.currentRoutine().routine())));
    }

    /**
     * Where each login of the tenant's people stands, by person id (the tenant's own admin); empty when Keycloak did
     * not answer.
     */
    @GetMapping("/api/tenants/{tenantId}/logins")
    Map<String, Logins.Status> logins(Authentication authentication, @PathVariable String tenantId) {
        own(authentication, tenantId);
        return accounts.statuses(tenants.findBy(tenantId).orElseThrow(TenantController::notFound));
    }

    /** Sends a person's invitation again (the tenant's own admin); 409 when they can log in already or have left. */
    @ApiResponse(responseCode = "202", description = "Sent again")
    @ApiResponse(responseCode = "409", description = "The person can log in already, or has left")
    @PostMapping("/api/tenants/{tenantId}/people/{personId}/invitation")
    ResponseEntity<Void> inviteAgain(
            Authentication authentication, @PathVariable String tenantId, @PathVariable String personId) {
        own(authentication, tenantId);
        Tenant tenant = tenants.findBy(tenantId).orElseThrow(TenantController::notFound);
        if (tenant.organisation().person(personId).isEmpty()) throw notFound();
        return ResponseEntity.status(accounts.inviteAgain(tenant, personId) ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .build();
    }

    /** The company's own login as connected (the tenant's own admin), without its secret; 404 when there is none. */
    @GetMapping("/api/tenants/{tenantId}/company-login")
    CompanyLogin companyLogin(Authentication authentication, @PathVariable String tenantId) {
        own(authentication, tenantId);
        return logins.companyLogin(tenantId).orElseThrow(TenantController::notFound);
    }

    /** Connects the company's own login, or changes it (the tenant's own admin). */
    @ApiResponse(responseCode = "204", description = "Connected")
    @PutMapping("/api/tenants/{tenantId}/company-login")
    ResponseEntity<Void> connectCompanyLogin(
            Authentication authentication, @PathVariable String tenantId, @RequestBody CompanyLogin login) {
        own(authentication, tenantId);
        accounts.connect(tenants.findBy(tenantId).orElseThrow(TenantController::notFound), login);
        return ResponseEntity.noContent().build();
    }

    /** Disconnects the company's own login (the tenant's own admin). */
    @ApiResponse(responseCode = "204", description = "Disconnected")
    @DeleteMapping("/api/tenants/{tenantId}/company-login")
    ResponseEntity<Void> disconnectCompanyLogin(Authentication authentication, @PathVariable String tenantId) {
        own(authentication, tenantId);
        logins.disconnect(tenantId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/tenants/{tenantId}")
    TenantView show(Authentication authentication, @PathVariable String tenantId) {
        return TenantView.of(readable(authentication, tenantId));
    }

    @GetMapping("/api/tenants/{tenantId}/history")
    List<Change> history(Authentication authentication, @PathVariable String tenantId) {
        return readable(authentication, tenantId).history().reversed();
    }

    /** A new routine version; it applies to complaints received from now on. */
    @PutMapping("/api/tenants/{tenantId}/routine")
    TenantView changeRoutine(
            Authentication authentication, @PathVariable String tenantId, @RequestBody RoutineChange change) {
        own(authentication, tenantId);
        if (change.routine() == null) throw invalid("routine", "Rutinen mangler.");
        return withLogins(managing.changeRoutine(
                tenantId,
                change.routine(),
                change.agreedWith() == null ? List.of() : change.agreedWith(),
                user(authentication)));
    }

    @PutMapping("/api/tenants/{tenantId}/organisation")
    TenantView changeOrganisation(
            Authentication authentication, @PathVariable String tenantId, @RequestBody Organisation organisation) {
        own(authentication, tenantId);
        return withLogins(managing.changeOrganisation(tenantId, organisation, user(authentication)));
    }

    /**
     * The tenant after a change, once its people's logins follow it (the routine names receivers, the organisation
     * places people): what Keycloak cannot take now, the schedule brings it later.
     */
    private TenantView withLogins(Tenant tenant) {
        accounts.reconcile(tenant);
        return TenantView.of(tenant);
    }

    /**
     * The organisation from a CSV file: with {@code preview=true} it shows what would change and every bad row, and
     * changes nothing; without, it imports all or nothing. {@code mode=UPDATE} (the default) adds and updates the
     * people in the file; {@code mode=REPLACE} makes the file the whole organisation, and those not in it have left.
     */
    @PostMapping(path = "/api/tenants/{tenantId}/organisation/import", consumes = "text/csv")
    ResponseEntity<?> importOrganisation(
            Authentication authentication,
            @PathVariable String tenantId,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestParam(defaultValue = "UPDATE") String mode,
            @RequestBody String csv) {
        own(authentication, tenantId);
        OrganisationImport.Mode how;
        try {
            how = OrganisationImport.Mode.valueOf(mode);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidSettings(
                    List.of(new Problem("mode", "invalid", "Velg UPDATE (legg til og oppdater) eller REPLACE.")));
        }
        String by = user(authentication);
        if (preview) return ResponseEntity.ok(managing.previewImport(tenantId, csv, how, by));
        return ResponseEntity.ok(withLogins(managing.importOrganisation(tenantId, csv, how, by)));
    }

    /** The operator reads every tenant; a tenant admin only their own. Anything else is not found, not forbidden. */
    private Tenant readable(Authentication authentication, String tenantId) {
        if (!has(authentication, OPERATOR)) own(authentication, tenantId);
        return tenants.findBy(tenantId).orElseThrow(TenantController::notFound);
    }

    private static void own(Authentication authentication, String tenantId) {
        if (!(authentication instanceof TenantAuthentication token)
                || !has(authentication, TENANT_ADMIN)
                || !tenantId.equals(token.tenantId())) {
            throw notFound();
        }
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }

    private static String user(Authentication authentication) {
        return authentication instanceof TenantAuthentication token ? token.username() : authentication.getName();
    }

    private static @Nullable Template template(@Nullable String name) {
        if (name == null) return null;
        try {
            return Template.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw invalid("template", "Ukjent mal: " + name);
        }
    }

    private static InvalidSettings invalid(String field, String message) {
        return new InvalidSettings(List.of(new Problem(field, "invalid", message)));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    record OnboardingRequest(
            @Nullable String alias,
            @Nullable String name,
            @Nullable String template,
            @Nullable String adminEmail) {}

    record RoutineChange(
            @Nullable Routine routine, @Nullable List<String> agreedWith) {}

    record TemplateView(String id, String nameNb, String nameEn) {}

    /** @param lastEvaluatedOn when the routine's latest evaluation was held (routine 001); null when never */
    record PublicTenant(
            String id,
            String name,
            int currentVersion,
            List<RoutineVersion> routines,
            List<PublishedReceivers> receivers,
            @Nullable LocalDate lastEvaluatedOn) {}

    record TenantSummary(String id, String name, boolean active, long revision, String template, int routineVersion) {
        static TenantSummary of(Tenant t) {
            return new TenantSummary(
                    t.id(),
                    t.name(),
                    t.active(),
                    t.revision(),
                    t.template().name(),
                    t.currentRoutine().version());
        }
    }

    record TenantView(
            String id,
            String name,
            boolean active,
            long revision,
            String template,
            RoutineVersion currentRoutine,
            List<RoutineVersion> routines,
            Organisation organisation) {
        static TenantView of(Tenant t) {
            return new TenantView(
                    t.id(),
                    t.name(),
                    t.active(),
                    t.revision(),
                    t.template().name(),
                    t.currentRoutine(),
                    t.routines(),
                    t.organisation());
        }
    }
}
