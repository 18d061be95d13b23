package no.klagesak.web;

import no.klagesak.support.security.OrganizationClaim;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.server.ResponseStatusException;

/** The tenant a logged-in staff member works in: the single organization in their verified token, never the request. */
public final class StaffTenant {

    private StaffTenant() {}

    public static String of(OidcUser user) {
        String tenant = OrganizationClaim.singleTenant(user.getClaims());
        if (tenant == null) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return tenant;
    }
}
