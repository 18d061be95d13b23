package no.klagesak.web.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.SetUp;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant service, called with the logged-in user's own access token (token relay), so the service decides from
 * the real user. Public reads go without a token. A refused change comes back as {@link Refused} with its problems.
 */
@Component
public class TenantServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient asUser;
    private final RestClient anonymous;

    TenantServiceClient(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager authorizedClients,
            @Value("${klagesak.web.tenant-service-url}") String tenantService) {
        this.asUser = UserToken.client(builder, authorizedClients, tenantService);
        this.anonymous = builder.clone().baseUrl(tenantService).build();
    }

    public Optional<PublishedTenant> published(String tenantId) {
        try {
            return Optional.ofNullable(anonymous
                    .get()
                    .uri("/public/tenants/{id}", tenantId)
                    .retrieve()
                    .body(PublishedTenant.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    public TenantView tenant(String tenantId) {
        return asUser.get().uri("/api/tenants/{id}", tenantId).retrieve().body(TenantView.class);
    }

    public List<Change> history(String tenantId) {
        return asUser.get()
                .uri("/api/tenants/{id}/history", tenantId)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    public TenantView changeRoutine(String tenantId, Routine routine, List<String> agreedWith) {
        return send(
                asUser.put()
                        .uri("/api/tenants/{id}/routine", tenantId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("routine", routine, "agreedWith", agreedWith)),
                TenantView.class);
    }

    public TenantView changeOrganisation(String tenantId, Organisation organisation) {
        return send(
                asUser.put()
                        .uri("/api/tenants/{id}/organisation", tenantId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(organisation),
                TenantView.class);
    }

    /** @param mode {@code UPDATE} (add and update) or {@code REPLACE} (the whole organisation) */
    public ImportPreview previewImport(String tenantId, String csv, String mode) {
        return send(
                asUser.post()
                        .uri("/api/tenants/{id}/organisation/import?preview=true&mode={mode}", tenantId, mode)
                        .contentType(new MediaType("text", "csv"))
                        .body(csv),
                ImportPreview.class);
    }

    public TenantView importOrganisation(String tenantId, String csv, String mode) {
        return send(
                asUser.post()
                        .uri("/api/tenants/{id}/organisation/import?mode={mode}", tenantId, mode)
                        .contentType(new MediaType("text", "csv"))
                        .body(csv),
                TenantView.class);
    }

    public List<TenantSummary> tenants() {
        return asUser.get().uri("/api/tenants").retrieve().body(new ParameterizedTypeReference<>() {});
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
        return asUser.get().uri("/api/invitations").retrieve().body(new ParameterizedTypeReference<>() {});
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
            return Optional.ofNullable(asUser.get()
                    .uri("/api/tenants/{id}/company-login", tenantId)
                    .retrieve()
                    .body(CompanyLogin.class));
        } catch (HttpClientErrorException.NotFound none) {
            return Optional.empty();
        }
    }

    /** Connects or changes the company's own login; {@link Refused} with every problem. */
    public void connectCompanyLogin(String tenantId, CompanyLogin login) {
        send(
                asUser.put()
                        .uri("/api/tenants/{id}/company-login", tenantId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(login),
                Void.class);
    }

    public void disconnectCompanyLogin(String tenantId) {
        asUser.delete()
                .uri("/api/tenants/{id}/company-login", tenantId)
                .retrieve()
                .toBodilessEntity();
    }

    /** Where a person's login stands: made, enabled, and ready (they set a password). */
    public record LoginStatus(boolean exists, boolean enabled, boolean ready) {}

    /** Where each login of the tenant's people stands, by person id; empty when Keycloak did not answer. */
    public Map<String, LoginStatus> logins(String tenantId) {
        var statuses = asUser.get()
                .uri("/api/tenants/{id}/logins", tenantId)
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, LoginStatus>>() {});
        return statuses == null ? Map.of() : statuses;
    }

    /** Sends a person's invitation again; false when they can log in already or have left. */
    public boolean inviteAgain(String tenantId, String personId) {
        try {
            asUser.post()
                    .uri("/api/tenants/{id}/people/{person}/invitation", tenantId, personId)
                    .retrieve()
                    .toBodilessEntity();
            return true;
        } catch (HttpClientErrorException.Conflict notNeeded) {
            return false;
        }
    }

    /** Sends the first admin's invitation again; false when it was accepted already. */
    public boolean resendInvitation(String tenantId) {
        try {
            asUser.post().uri("/api/invitations/{id}", tenantId).retrieve().toBodilessEntity();
            return true;
        } catch (HttpClientErrorException.Conflict accepted) {
            return false;
        }
    }

    public List<TemplateView> templates() {
        return asUser.get().uri("/api/templates").retrieve().body(new ParameterizedTypeReference<>() {});
    }

    public TenantSummary onboard(String alias, String name, String template, String adminEmail) {
        return send(
                asUser.post()
                        .uri("/api/tenants")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("alias", alias, "name", name, "template", template, "adminEmail", adminEmail)),
                TenantSummary.class);
    }

    /** A change: 400 with problems becomes {@link Refused}; 502 (the identity provider) too, with its message. */
    private static <T> T send(RestClient.RequestBodySpec request, Class<T> type) {
        return request.retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (req, response) -> {
                    if (response.getStatusCode().value() == 400) {
                        throw new Refused(JSON.readValue(response.getBody(), Problems.class)
                                .problems());
                    }
                })
                .onStatus(status -> status.value() == 502, (req, response) -> {
                    String message =
                            JSON.readTree(response.getBody()).path("detail").asString("");
                    throw new Refused(List.of(new Problem("", "unavailable", message)));
                })
                .body(type);
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

    public record Problem(String field, String code, String message) {}

    /** The problem detail's own members (type, title, status, detail) are not needed here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problems(List<Problem> problems) {}

    /** The routine as published; {@code receivers} names who receives whistleblowing reports, per version. */
    public record PublishedTenant(
            String id,
            String name,
            int currentVersion,
            List<RoutineVersion> routines,
            @Nullable List<PublishedReceivers> receivers) {

        public PublishedTenant(String id, String name, int currentVersion, List<RoutineVersion> routines) {
            this(id, name, currentVersion, routines, List.of());
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
