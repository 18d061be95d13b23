package no.klagesak.support.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The only way a web adapter learns the tenant: from the verified token, never from the request. */
public final class CurrentTenant {

    private CurrentTenant() {}

    public static String of(Authentication authentication) {
        if (authentication instanceof TenantAuthentication tenantAuthentication
                && tenantAuthentication.tenantId() != null) {
            return tenantAuthentication.tenantId();
        }
        throw new NoTenant();
    }

    /** The token is valid but names no single tenant. */
    @ResponseStatus(value = HttpStatus.FORBIDDEN, reason = "The token names no single organization")
    public static final class NoTenant extends RuntimeException {
        NoTenant() {
            super("The token names no single organization");
        }
    }
}
