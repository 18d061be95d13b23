package no.klagesak.intake.complaint.web;

import no.klagesak.intake.IntakeSecurity;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The service's real filter chain for the web slice, with a decoder that no test token reaches. */
@TestConfiguration
@Import(IntakeSecurity.class)
class SliceSecurity {

    @Bean
    JwtDecoder jwtDecoder() {
        return token -> {
            throw new org.springframework.security.oauth2.jwt.BadJwtException("not in a slice test");
        };
    }
}
