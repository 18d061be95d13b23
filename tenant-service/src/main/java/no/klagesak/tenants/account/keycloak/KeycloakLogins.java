package no.klagesak.tenants.account.keycloak;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.klagesak.contracts.tenant.StaffRoles;
import no.klagesak.tenants.account.CompanyLogin;
import no.klagesak.tenants.account.Logins;
import no.klagesak.tenants.account.StaffAccount;
import no.klagesak.tenants.tenant.IdentityProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Staff logins as users of the Keycloak realm, members of the tenant's organization. */
public class KeycloakLogins implements Logins {

    /** How long the link in an invitation works. */
    static final int INVITATION_LIFESPAN_SECONDS = 7 * 24 * 3600;

    private final Keycloak keycloak;
    private final String realm;
    private final String clientId;
    private final String redirectUri;

    public KeycloakLogins(Keycloak keycloak, String realm, String clientId, String redirectUri) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    @Override
    public void sync(String organizationAlias, StaffAccount account, Set<String> mayTakeAway) {
        call("the login of " + account.personId(), () -> {
            String userId = userId(account.username()).orElseGet(() -> create(account));
            UserResource user = realm().users().get(userId);
            UserRepresentation representation = user.toRepresentation();
            representation.setEmail(account.email());
            representation.setEmailVerified(true);
            representation.setFirstName(account.firstName());
            representation.setLastName(account.lastName());
            representation.setEnabled(account.enabled());
            var attributes = representation.getAttributes() == null
                    ? new HashMap<String, List<String>>()
                    : new HashMap<>(representation.getAttributes());
            attributes.put("locale", List.of(account.language()));
            representation.setAttributes(attributes);
            user.update(representation);
            member(organizationAlias, userId);
            roles(user, account.roles(), mayTakeAway);
            // Disabled users cannot log in; ending their sessions refuses the refresh of a token they hold, and
            // Keycloak tells the web to end its session. Each session is ended by itself: Keycloak's "log out user"
            // sent the back-channel logout for only one of a user's two sessions in two of two runs (issue 25).
            // Every sync of a disabled account does it, not only the one that saw the account enabled: a run broken
            // off between disabling and logging out is completed by the next.
            if (!account.enabled()) {
                user.getUserSessions().forEach(session -> realm().deleteSession(session.getId(), false));
            }
            return null;
        });
    }

    @Override
    public boolean needsPassword(String username) {
        Status status = status(username);
        return status.exists() && !status.ready();
    }

    @Override
    public Status status(String username) {
        return call(
                "the login of " + username,
                () -> userId(username)
                        .map(id -> {
                            var user = realm().users().get(id);
                            boolean ready = !user.credentials().isEmpty()
                                    || !user.getFederatedIdentity().isEmpty();
                            return new Status(
                                    true,
                                    Boolean.TRUE.equals(user.toRepresentation().isEnabled()),
                                    ready);
                        })
                        .orElse(new Status(false, false, false)));
    }

    @Override
    public void invite(String username) {
        call("the invitation of " + username, () -> {
            String userId = userId(username).orElseThrow(() -> new IllegalStateException("No user " + username));
            realm().users()
                    .get(userId)
                    .executeActionsEmail(
                            clientId, redirectUri, INVITATION_LIFESPAN_SECONDS, List.of("UPDATE_PASSWORD"));
            return null;
        });
    }

    /** The first-login flow for company logins: the user the organisation made is found by e-mail and linked. */
    static final String LINK_FLOW = "klagesak company login";

    private static final String DOMAIN = "kc.org.domain";
    private static final String REDIRECT_WHEN_EMAIL_MATCHES = "kc.org.broker.redirect.mode.email-matches";

    @Override
    public void connect(String organizationAlias, CompanyLogin login) {
        call("the company login of " + organizationAlias, () -> {
            linkFlow();
            String alias = CompanyLogin.alias(organizationAlias);
            var providers = realm().identityProviders();
            Map<String, String> discovered =
                    providers.importFrom(Map.<String, Object>of("providerId", "oidc", "fromUrl", login.discoveryUrl()));
            var existing = providers.findAll().stream()
                    .filter(p -> alias.equals(p.getAlias()))
                    .findFirst();
            var provider = existing.orElseGet(IdentityProviderRepresentation::new);
            var config = new HashMap<String, String>(provider.getConfig() == null ? Map.of() : provider.getConfig());
            config.putAll(discovered);
            config.put("clientId", login.clientId());
            if (login.clientSecret() != null) config.put("clientSecret", login.clientSecret());
            config.put("clientAuthMethod", "client_secret_post");
            config.put("defaultScope", "openid email profile");
            config.put("syncMode", "IMPORT");
            config.put("validateSignature", "true");
            config.put("useJwksUrl", "true");
            config.put("pkceEnabled", "true");
            config.put("pkceMethod", "S256");
            config.put(DOMAIN, login.domain());
            config.put(REDIRECT_WHEN_EMAIL_MATCHES, "true");
            config.put("klagesak.kind", login.kind().name());
            config.put("klagesak.issuer", login.issuer());
            provider.setAlias(alias);
            provider.setDisplayName(login.domain());
            provider.setProviderId("oidc");
            provider.setEnabled(true);
            provider.setTrustEmail(true);
            provider.setHideOnLogin(true);
            provider.setFirstBrokerLoginFlowAlias(LINK_FLOW);
            provider.setConfig(config);
            if (existing.isPresent()) {
                providers.get(alias).update(provider);
            } else {
                try (Response response = providers.create(provider)) {
                    if (response.getStatus() != 201 && response.getStatus() != 409) {
                        throw new WebApplicationException(response.getStatus());
                    }
                }
            }
            var organization = realm().organizations().get(organizationId(organizationAlias));
            var representation = organization.toRepresentation();
            if (representation.getDomain(login.domain()) == null) {
                var domain = new OrganizationDomainRepresentation(login.domain());
                representation.addDomain(domain);
                try (Response response = organization.update(representation)) {
                    if (response.getStatus() >= 300) throw new WebApplicationException(response.getStatus());
                }
            }
            if (organization.identityProviders().getIdentityProviders().stream()
                    .noneMatch(p -> alias.equals(p.getAlias()))) {
                try (Response response = organization.identityProviders().addIdentityProvider(alias)) {
                    if (response.getStatus() >= 300 && response.getStatus() != 409) {
                        throw new WebApplicationException(response.getStatus());
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<CompanyLogin> companyLogin(String organizationAlias) {
        String alias = CompanyLogin.alias(organizationAlias);
        return call(
                "the company login of " + organizationAlias,
                () -> realm().identityProviders().findAll().stream()
                        .filter(p -> alias.equals(p.getAlias()))
                        .findFirst()
                        .map(p -> new CompanyLogin(
                                CompanyLogin.Kind.valueOf(p.getConfig().getOrDefault("klagesak.kind", "OIDC")),
                                p.getConfig()
                                        .getOrDefault(
                                                "klagesak.issuer", p.getConfig().getOrDefault("issuer", "")),
                                p.getConfig().getOrDefault("clientId", ""),
                                null,
                                p.getConfig().getOrDefault(DOMAIN, ""))));
    }

    @Override
    public void disconnect(String organizationAlias) {
        String alias = CompanyLogin.alias(organizationAlias);
        call("the company login of " + organizationAlias, () -> {
            if (realm().identityProviders().findAll().stream().anyMatch(p -> alias.equals(p.getAlias()))) {
                realm().identityProviders().get(alias).remove();
            }
            return null;
        });
    }

    /**
     * Makes the first-login flow unless it exists: find the user by the e-mail the company's login vouches for, and
     * link it. The company's own provider is trusted for its own domain only ({@code kc.org.domain}).
     */
    private void linkFlow() {
        var flows = realm().flows();
        if (flows.getFlows().stream().anyMatch(f -> LINK_FLOW.equals(f.getAlias()))) return;
        var flow = new AuthenticationFlowRepresentation();
        flow.setAlias(LINK_FLOW);
        flow.setDescription("Links a company login to the staff user the organisation made, by e-mail");
        flow.setProviderId("basic-flow");
        flow.setTopLevel(true);
        flow.setBuiltIn(false);
        try (Response response = flows.createFlow(flow)) {
            if (response.getStatus() >= 300 && response.getStatus() != 409) {
                throw new WebApplicationException(response.getStatus());
            }
        }
        for (String provider : List.of("idp-detect-existing-broker-user", "idp-auto-link")) {
            flows.addExecution(LINK_FLOW, Map.<String, Object>of("provider", provider));
        }
        for (var execution : flows.getExecutions(LINK_FLOW)) {
            execution.setRequirement("REQUIRED");
            flows.updateExecutions(LINK_FLOW, execution);
        }
    }

    private String organizationId(String alias) {
        return realm().organizations().getAll().stream()
                .filter(o -> alias.equals(o.getAlias()))
                .findFirst()
                .map(OrganizationRepresentation::getId)
                .orElseThrow(() -> new IllegalStateException("No organization " + alias));
    }

    private String create(StaffAccount account) {
        var user = new UserRepresentation();
        user.setUsername(account.username());
        user.setEmail(account.email());
        user.setEmailVerified(true);
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(account.enabled());
        user.setAttributes(Map.of("locale", List.of(account.language())));
        try (Response response = realm().users().create(user)) {
            if (response.getStatus() != 201 && response.getStatus() != 409) {
                throw new WebApplicationException(response.getStatus());
            }
        }
        return userId(account.username()).orElseThrow();
    }

    private void member(String alias, String userId) {
        String organizationId = organizationId(alias);
        var members = realm().organizations().get(organizationId).members();
        if (members.getAll().stream().anyMatch(u -> u.getId().equals(userId))) return;
        try (Response response = members.addMember(userId)) {
            if (response.getStatus() >= 300 && response.getStatus() != 409) {
                throw new WebApplicationException(response.getStatus());
            }
        }
    }

    private void roles(UserResource user, Set<String> wanted, Set<String> mayTakeAway) {
        var realmRoles = user.roles().realmLevel();
        List<String> has =
                realmRoles.listAll().stream().map(RoleRepresentation::getName).toList();
        List<RoleRepresentation> missing = wanted.stream()
                .filter(StaffRoles.MANAGED::contains)
                .filter(role -> !has.contains(role))
                .map(role -> realm().roles().get(role).toRepresentation())
                .toList();
        if (!missing.isEmpty()) realmRoles.add(missing);
        List<RoleRepresentation> gone = has.stream()
                .filter(mayTakeAway::contains)
                .filter(StaffRoles.MANAGED::contains)
                .filter(role -> !wanted.contains(role))
                .map(role -> realm().roles().get(role).toRepresentation())
                .toList();
        if (!gone.isEmpty()) realmRoles.remove(gone);
    }

    private Optional<String> userId(String username) {
        return realm().users().search(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername()))
                .findFirst()
                .map(UserRepresentation::getId);
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw new IdentityProvider.Unavailable("Keycloak did not complete " + what + ": " + e.getMessage(), e);
        }
    }
}
