package no.klagesak.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak 26's {@code organization} claim: a list of organization aliases, or a map keyed by alias when the mapper
 * adds attributes. The tenant is the one alias; a user in several organizations, or none, has no tenant: we refuse to
 * guess. Used for access tokens (services) and ID tokens (web) alike; plain Java, no Spring types.
 */
public final class OrganizationClaim {

    public static final String NAME = "organization";

    private OrganizationClaim() {}

    public static @Nullable String singleTenant(Map<String, Object> claims) {
        Collection<?> aliases = switch (claims.get(NAME)) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        return aliases.size() == 1 ? aliases.iterator().next().toString() : null;
    }
}
