package no.klagesak.tenants.account.keycloak;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.klagesak.contracts.tenant.StaffRoles;
import no.klagesak.tenants.account.Logins;
import no.klagesak.tenants.account.StaffAccount;
import no.klagesak.tenants.tenant.IdentityProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
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
            boolean wasEnabled = Boolean.TRUE.equals(representation.isEnabled());
            representation.setEmail(account.email());
            representation.setEmailVerified(true);
            representation.setFirstName(account.firstName());
            representation.setLastName(account.lastName());
            representation.setEnabled(account.enabled());
            var attributes = representation.getAttributes() == null
                    ? new java.util.HashMap<String, List<String>>()
                    : new java.util.HashMap<>(representation.getAttributes());
            attributes.put("locale", List.of(account.language()));
            representation.setAttributes(attributes);
            user.update(representation);
            member(organizationAlias, userId);
            roles(user, account.roles(), mayTakeAway);
            // Disabled users cannot log in; ending their sessions refuses the refresh of a token they hold.
            if (wasEnabled && !account.enabled()) user.logout();
            return null;
        });
    }

    @Override
    public boolean needsPassword(String username) {
        return call(
                "whether " + username + " has a password",
                () -> userId(username)
                        .map(id -> realm().users().get(id))
                        .map(user -> user.credentials().isEmpty()
                                && user.getFederatedIdentity().isEmpty())
                        .orElse(false));
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
        String organizationId = realm().organizations().getAll().stream()
                .filter(o -> alias.equals(o.getAlias()))
                .findFirst()
                .map(OrganizationRepresentation::getId)
                .orElseThrow(() -> new IllegalStateException("No organization " + alias));
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
