package no.klagesak.support.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Builds the JWT decoder every service uses: signature from the issuer's keys, then expiry, issuer and audience. */
public final class KlagesakJwt {

    private KlagesakJwt() {}

    public static JwtDecoder decoder(SecurityProperties properties) {
        // Only RS256, Keycloak's signing algorithm, and only keys from the configured JWK set: "none", HS256 signed
        // with the public key, and keys named in the token's own headers (jku, x5u, jwk) are never used.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        properties.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(properties.issuer().toString(), properties.audience()));
        return decoder;
    }

    /**
     * Expiry and not-before (with the default clock skew), the exact issuer, our audience, and an access token: Keycloak
     * marks its access tokens {@code typ: Bearer} and its ID tokens {@code typ: ID}.
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), audienceValidator(audience), accessTokensOnly());
    }

    private static OAuth2TokenValidator<Jwt> accessTokensOnly() {
        return jwt -> {
            String type = jwt.getClaimAsString("typ");
            if (type == null || type.equals("Bearer")) return OAuth2TokenValidatorResult.success();
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", "Only access tokens are accepted, not " + type, null));
        };
    }

    private static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
        return jwt -> {
            List<String> audiences = jwt.getAudience();
            if (audiences != null && audiences.contains(audience)) {
                return OAuth2TokenValidatorResult.success();
            }
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", "The token is not meant for " + audience, null));
        };
    }
}
