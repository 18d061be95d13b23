package no.klagesak.support.security;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** The realm roles of the caller's verified token, as every service checks them. */
public final class Roles {

    private Roles() {}

    /** Whether the caller has at least one of the roles (e.g. {@code tenant-admin}). */
    public static boolean has(Authentication caller, String... roles) {
        Set<String> wanted = Set.of(roles);
        return caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().startsWith("ROLE_")
                        && wanted.contains(a.getAuthority().substring("ROLE_".length())));
    }

    /** 403 with {@code reason} unless the caller has at least one of the roles. */
    public static void require(Authentication caller, String reason, String... roles) {
        if (!has(caller, roles)) throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
    }
}
