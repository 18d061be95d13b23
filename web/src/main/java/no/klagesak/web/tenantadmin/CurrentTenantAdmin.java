package no.klagesak.web.tenantadmin;

import no.klagesak.support.security.OrganizationClaim;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.server.ResponseStatusException;

/** The tenant an admin administers: the single organization in their verified token, never one from the request. */
final class CurrentTenantAdmin {

    private CurrentTenantAdmin() {}

    static String tenantOf(OidcUser user) {
        String tenant = OrganizationClaim.singleTenant(user.getClaims());
        if (tenant == null) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return tenant;
    }
}
