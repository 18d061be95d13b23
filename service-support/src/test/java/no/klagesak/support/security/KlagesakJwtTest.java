package no.klagesak.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import no.klagesak.support.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class KlagesakJwtTest {

    private final TestIssuer issuer = TestIssuer.shared();
    private final JwtDecoder decoder = KlagesakJwt.decoder(
            new SecurityProperties(URI.create(TestIssuer.ISSUER), URI.create(issuer.jwkSetUri()), TestIssuer.AUDIENCE));

    @Test
    void a_token_from_our_issuer_for_our_audience_is_accepted_and_names_its_tenant() {
        Jwt jwt = decoder.decode(issuer.token("fjordvekst", "hanne", "handler"));

        var authentication = (TenantAuthentication) new TenantTokenConverter().convert(jwt);
        assertThat(authentication.tenantId()).isEqualTo("fjordvekst");
        assertThat(authentication.username()).isEqualTo("hanne");
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_handler");
    }

    @Test
    void a_token_signed_by_another_key_is_refused() {
        String forged = TestIssuer.impostor().token("fjordvekst", "mallory");
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    }

    @Test
    void an_expired_token_is_refused() {
        String expired = issuer.sign(TestIssuer.claims("hanne")
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(1800)))
                .build());
        assertThatThrownBy(() -> decoder.decode(expired)).hasMessageContaining("expired");
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        String other = issuer.sign(TestIssuer.claims("hanne")
                .issuer("http://localhost:8180/realms/other")
                .build());
        assertThatThrownBy(() -> decoder.decode(other)).hasMessageContaining("iss");
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        String other = issuer.sign(
                TestIssuer.claims("hanne").audience(List.of("account")).build());
        assertThatThrownBy(() -> decoder.decode(other)).hasMessageContaining("klagesak-api");
    }

    @Test
    void a_user_in_two_organizations_gets_no_tenant() {
        Jwt jwt = decoder.decode(issuer.sign(TestIssuer.claims("hanne")
                .claim("organization", List.of("fjordvekst", "lysheim"))
                .build()));
        assertThat(((TenantAuthentication) new TenantTokenConverter().convert(jwt)).tenantId())
                .isNull();
        assertThatThrownBy(() -> CurrentTenant.of(new TenantTokenConverter().convert(jwt)))
                .isInstanceOf(CurrentTenant.NoTenant.class);
    }
}
