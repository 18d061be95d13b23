package no.klagesak.support.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A complainant logged in with ID-porten, through Keycloak (identity provider {@code idporten}): their verified token
 * says so in the claim {@code idp} (Keycloak's session note {@code identity_provider}). Staff log in with Keycloak's
 * own accounts and never have it.
 */
public final class IdPorten {

    public static final String ALIAS = "idporten";

    private IdPorten() {}

    /** The complainant's Keycloak subject, when the caller logged in with ID-porten. */
    public static Optional<String> complainant(@Nullable Authentication caller) {
        if (caller instanceof JwtAuthenticationToken token
                && ALIAS.equals(token.getToken().getClaimAsString("idp"))
                && token.getToken().getSubject() != null) {
            return Optional.of(token.getToken().getSubject());
        }
        return Optional.empty();
    }
}
