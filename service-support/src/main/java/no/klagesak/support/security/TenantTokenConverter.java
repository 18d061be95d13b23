package no.klagesak.support.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the tenant from Keycloak's {@code organization} claim (Keycloak 26 Organizations) and the roles from {@code
 * realm_access.roles}. The claim is a list of organization aliases, or a map keyed by alias when the mapper adds
 * attributes. A user in several organizations gets no tenant: we refuse to guess.
 */
public final class TenantTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ORGANIZATION_CLAIM = "organization";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new TenantAuthentication(jwt, roles(jwt), tenant(jwt));
    }

    static @Nullable String tenant(Jwt jwt) {
        Object claim = jwt.getClaims().get(ORGANIZATION_CLAIM);
        Collection<?> aliases = switch (claim) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        return aliases.size() == 1 ? aliases.iterator().next().toString() : null;
    }

    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }
}
