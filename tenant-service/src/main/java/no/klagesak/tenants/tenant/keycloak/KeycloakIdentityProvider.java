package no.klagesak.tenants.tenant.keycloak;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import no.klagesak.tenants.tenant.IdentityProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Organizations and users in the Keycloak realm, with the service's own client credentials (a service account with
 * the realm-management roles it needs, nothing more).
 */
public class KeycloakIdentityProvider implements IdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityProvider.class);
    /** The first admin sets a password, and confirms the address by doing so. */
    static final List<String> REQUIRED_ACTIONS = List.of("UPDATE_PASSWORD");

    private final Keycloak keycloak;
    private final String realm;
    private final String clientId;
    private final String redirectUri;

    public KeycloakIdentityProvider(Keycloak keycloak, String realm, String clientId, String redirectUri) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    @Override
    public void ensureOrganization(String alias, String name) {
        call("organization " + alias, () -> {
            if (organization(alias).isPresent()) return;
            var organization = new OrganizationRepresentation();
            organization.setAlias(alias);
            organization.setName(name);
            organization.setEnabled(true);
            try (Response response = realm().organizations().create(organization)) {
                if (response.getStatus() != 201 && response.getStatus() != 409) {
                    throw new WebApplicationException(response.getStatus());
                }
            }
            log.info("Keycloak organization {} created", alias);
        });
    }

    @Override
    public boolean invitationAccepted(String alias, String email) {
        return accepted(email).orElse(false);
    }

    /** Empty when there is no such user. */
    private Optional<Boolean> accepted(String email) {
        try {
            return user(email).map(id -> !realm().users().get(id).credentials().isEmpty());
        } catch (RuntimeException e) {
            throw new Unavailable("Keycloak did not answer about " + email + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean resendInvitation(String alias, String email) {
        if (accepted(email).orElse(true)) return false;
        call("a new invitation to " + alias, () -> {
            String userId = user(email).orElseThrow();
            realm().users().get(userId).executeActionsEmail(clientId, redirectUri, REQUIRED_ACTIONS);
            log.info("Invitation to set a password sent again to the first admin of {}", alias);
        });
        return true;
    }

    private Optional<OrganizationRepresentation> organization(String alias) {
        // search() matches names, not aliases: look the alias up among all.
        return realm().organizations().getAll().stream()
                .filter(o -> alias.equals(o.getAlias()))
                .findFirst();
    }

    private Optional<String> user(String email) {
        return realm().users().searchByEmail(email, true).stream().findFirst().map(UserRepresentation::getId);
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static void call(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            throw new Unavailable("Keycloak did not complete " + what + ": " + e.getMessage(), e);
        }
    }
}
