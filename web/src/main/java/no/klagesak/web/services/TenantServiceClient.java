package no.klagesak.web.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.SetUp;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant service, called with the logged-in user's own access token (token relay), so the service decides from
 * the real user. Public reads go without a token. A refused change comes back as {@link Refused} with its problems.
 */
@Component
public class TenantServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TenantApi tenants;

    TenantServiceClient(TenantApi tenants) {
        this.tenants = tenants;
    }

    public Optional<PublishedTenant> published(String tenantId) {
        try {
            return Optional.ofNullable(tenants.published(tenantId));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    /** The companies whose routine is published, by name in Norwegian order: the start page's list. */
    public List<ListedTenant> listed() {
        return tenants.listed();
    }

    /** A company on the platform: its id (its pages' address) and name. */
    public record ListedTenant(String id, String name) {}

    public TenantView tenant(String tenantId) {
        return tenants.tenant(tenantId);
    }

    public List<Change> history(String tenantId) {
        return tenants.history(tenantId);
    }

    public TenantView changeRoutine(String tenantId, Routine routine, List<String> agreedWith) {
        return send(() -> tenants.changeRoutine(tenantId, Map.of("routine", routine, "agreedWith", agreedWith)));
    }

    public TenantView changeOrganisation(String tenantId, Organisation organisation) {
        return send(() -> tenants.changeOrganisation(tenantId, organisation));
    }

    /** @param mode {@code UPDATE} (add and update) or {@code REPLACE} (the whole organisation) */
    public ImportPreview previewImport(String tenantId, String csv, String mode) {
        return send(() -> tenants.previewImport(tenantId, mode, csv));
    }

    public TenantView importOrganisation(String tenantId, String csv, String mode) {
        return send(() -> tenants.importOrganisation(tenantId, mode, csv));
    }

    public List<TenantSummary> tenants() {
        return tenants.tenants();
    }

    /** Whether a tenant's first admin has set a password; {@code accepted} null when the login service did not say. */
    /** The first admin's invitation, and the steps of the set-up the company has not yet taken. */
    public record Invitation(
            String tenantId,
            String adminEmail,
            @Nullable Boolean accepted,
            @Nullable List<SetUp.Step> setUpOpen) {

        public List<SetUp.Step> openSteps() {
            return setUpOpen == null ? List.of() : setUpOpen;
        }
    }

    /** Each tenant's first admin and whether they accepted the invitation (the operator's). */
    public List<Invitation> invitations() {
        return tenants.invitations();
    }

    /**
     * The company's own login: {@code kind} is {@code ENTRA}, {@code GOOGLE} or {@code OIDC}; the secret is only ever
     * sent, never read back.
     */
    public record CompanyLogin(
            @Nullable String kind,
            @Nullable String issuer,
            @Nullable String clientId,
            @Nullable String clientSecret,
            @Nullable String domain) {}

    /** The company's own login as connected; empty when there is none. */
    public Optional<CompanyLogin> companyLogin(String tenantId) {
        try {
            return Optional.ofNullable(tenants.companyLogin(tenantId));
        } catch (HttpClientErrorException.NotFound none) {
            return Optional.empty();
        }
    }

    /** The routine's yearly evaluations, the latest first; whether one is due, and when the latest was held. */
    public Evaluations evaluations(String tenantId) {
        return tenants.evaluations(tenantId);
    }

    /**
     * Records the routine's evaluation as the managing director wrote it; {@link Refused} with every problem, and then
     * nothing is recorded. The same form ({@code id}) sent twice is recorded once.
     */
    public Evaluations recordEvaluation(String tenantId, EvaluationForm form) {
        return send(() -> tenants.recordEvaluation(tenantId, form));
    }

    /**
     * What the managing director writes of an evaluation; {@code id} is the form's own, made when it was shown. Kept in
     * the session for one redirect when it was refused, so it is serializable, as the session store asks.
     */
    public record EvaluationForm(
            String id,
            @Nullable LocalDate heldOn,
            @Nullable String participants,
            @Nullable String employeeRepresentatives,
            @Nullable String figures,
            @Nullable String conclusions,
            @Nullable String decidedChanges)
            implements Serializable {}

    /** An evaluation, with the routine versions made after it (until the next), which carry out what it decided. */
    public record Evaluation(
            String id,
            LocalDate heldOn,
            String participants,
            @Nullable String employeeRepresentatives,
            @Nullable String figures,
            String conclusions,
            @Nullable String decidedChanges,
            List<Integer> followedBy) {}

    /** @param due none was held, or a year has passed since the latest */
    public record Evaluations(
            List<Evaluation> evaluations,
            boolean due,
            @Nullable LocalDate lastHeldOn) {}

    /** Connects or changes the company's own login; {@link Refused} with every problem. */
    public void connectCompanyLogin(String tenantId, CompanyLogin login) {
        send(() -> tenants.connectCompanyLogin(tenantId, login));
    }

    public void disconnectCompanyLogin(String tenantId) {
        tenants.disconnectCompanyLogin(tenantId);
    }

    /** Where a person's login stands: made, enabled, and ready (they set a password). */
    public record LoginStatus(boolean exists, boolean enabled, boolean ready) {}

    /** Where each login of the tenant's people stands, by person id; empty when Keycloak did not answer. */
    public Map<String, LoginStatus> logins(String tenantId) {
        var statuses = tenants.logins(tenantId);
        return statuses == null ? Map.of() : statuses;
    }

    /** Sends a person's invitation again; false when they can log in already or have left. */
    public boolean inviteAgain(String tenantId, String personId) {
        try {
            tenants.inviteAgain(tenantId, personId);
            return true;
        } catch (HttpClientErrorException.Conflict notNeeded) {
            return false;
        }
    }

    /** Sends the first admin's invitation again; false when it was accepted already. */
    public boolean resendInvitation(String tenantId) {
        try {
            tenants.resendInvitation(tenantId);
            return true;
        } catch (HttpClientErrorException.Conflict accepted) {
            return false;
        }
    }

    public List<TemplateView> templates() {
        return tenants.templates();
    }

    public TenantSummary onboard(String alias, String name, String template, String adminEmail) {
        return send(() ->
                tenants.onboard(Map.of("alias", alias, "name", name, "template", template, "adminEmail", adminEmail)));
    }

    /**
     * A change: 400 with problems becomes {@link Refused}; 409 (changed in between) and 502 (the identity provider)
     * too, with the service's message.
     */
    private static <T> T send(Supplier<T> change) {
        try {
            return change.get();
        } catch (HttpClientErrorException.BadRequest refused) {
            throw new Refused(JSON.readValue(refused.getResponseBodyAsByteArray(), Problems.class)
                    .problems());
        } catch (HttpClientErrorException.Conflict conflict) {
            // Changed by someone else in between, or a form sent again with other words: nothing was changed.
            String message = JSON.readTree(conflict.getResponseBodyAsByteArray())
                    .path("detail")
                    .asString("");
            throw new Refused(List.of(new Problem("", "conflict", message)));
        } catch (HttpServerErrorException.BadGateway unavailable) {
            String message = JSON.readTree(unavailable.getResponseBodyAsByteArray())
                    .path("detail")
                    .asString("");
            throw new Refused(List.of(new Problem("", "unavailable", message)));
        }
    }

    /** The service refused the change; nothing was changed. */
    public static class Refused extends RuntimeException {
        private final List<Problem> problems;

        public Refused(List<Problem> problems) {
            super(problems.size() + " problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public record Problem(String field, String code, String message) implements Serializable {}

    /** The problem detail's own members (type, title, status, detail) are not needed here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problems(List<Problem> problems) {}

    /** The routine as published; {@code receivers} names who receives whistleblowing reports, per version. */
    public record PublishedTenant(
            String id,
            String name,
            int currentVersion,
            List<RoutineVersion> routines,
            @Nullable List<PublishedReceivers> receivers,
            @Nullable LocalDate lastEvaluatedOn) {

        public PublishedTenant(String id, String name, int currentVersion, List<RoutineVersion> routines) {
            this(id, name, currentVersion, routines, List.of(), null);
        }

        public PublishedTenant(
                String id,
                String name,
                int currentVersion,
                List<RoutineVersion> routines,
                @Nullable List<PublishedReceivers> receivers) {
            this(id, name, currentVersion, routines, receivers, null);
        }

        public Optional<RoutineVersion> version(int number) {
            return routines.stream().filter(r -> r.version() == number).findFirst();
        }

        /** Who the version names to receive reports; nobody named when the service did not say. */
        public PublishedReceivers receiversOf(int number) {
            return (receivers == null ? List.<PublishedReceivers>of() : receivers)
                    .stream()
                            .filter(r -> r.version() == number)
                            .findFirst()
                            .orElse(new PublishedReceivers(number, List.of(), null));
        }
    }

    /** "Name, title" of the receivers of whistleblowing reports, and of those about them or the director. */
    public record PublishedReceivers(
            int version,
            List<String> whistleblowing,
            @Nullable String alternative) {}

    public record TenantView(
            String id,
            String name,
            boolean active,
            long revision,
            String template,
            RoutineVersion currentRoutine,
            List<RoutineVersion> routines,
            Organisation organisation) {}

    public record TenantSummary(
            String id, String name, boolean active, long revision, String template, int routineVersion) {}

    public record TemplateView(String id, String nameNb, String nameEn) {}

    public record Change(
            Instant at, String by, String what, @Nullable Integer routineVersion, List<FieldChange> fields) {}

    public record FieldChange(
            String field, @Nullable String from, @Nullable String to) {}

    public record ImportPreview(Organisation organisation, List<Problem> problems, List<String> leaving) {}
}
