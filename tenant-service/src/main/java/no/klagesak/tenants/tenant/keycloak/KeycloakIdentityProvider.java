package no.klagesak.tenants.tenant.keycloak;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import no.klagesak.tenants.tenant.IdentityProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Organizations and users in the Keycloak realm, with the service's own client credentials (a service account with
 * the realm-management roles it needs, nothing more).
 */
public class KeycloakIdentityProvider implements IdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityProvider.class);
    private final Keycloak keycloak;
    private final String realm;

    public KeycloakIdentityProvider(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
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

    private Optional<OrganizationRepresentation> organization(String alias) {
        // search() matches names, not aliases: look the alias up among all.
        return realm().organizations().getAll().stream()
                .filter(o -> alias.equals(o.getAlias()))
                .findFirst();
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
