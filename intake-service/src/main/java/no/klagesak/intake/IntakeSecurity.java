package no.klagesak.intake;

import no.klagesak.support.security.ResourceServerConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The public form's endpoint is the only unauthenticated write; everything else needs a valid token. */
@Configuration
@EnableWebSecurity
public class IntakeSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        ResourceServerConfiguration.resourceServer(http)
                .authorizeHttpRequests(requests -> ResourceServerConfiguration.openToAll(requests)
                        .requestMatchers(HttpMethod.POST, "/public/tenants/*/complaints")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST, "/public/tenants/*/follow-up", "/public/tenants/*/follow-up/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/public/tenants/*/form")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }
}
