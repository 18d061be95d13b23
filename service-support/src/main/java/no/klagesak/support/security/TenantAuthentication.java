package no.klagesak.support.security;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified token and the tenant it belongs to. The tenant is null when the token names no single organization;
 * such a caller reaches no tenant's data.
 */
public final class TenantAuthentication extends JwtAuthenticationToken {

    private final @Nullable String tenantId;

    TenantAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, @Nullable String tenantId) {
        super(jwt, authorities, jwt.getClaimAsString("preferred_username"));
        this.tenantId = tenantId;
    }

    public @Nullable String tenantId() {
        return tenantId;
    }

    public String username() {
        return getName();
    }
}
