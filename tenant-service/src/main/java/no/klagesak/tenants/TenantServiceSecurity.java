package no.klagesak.tenants;

import no.klagesak.support.security.ResourceServerConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A tenant's published routine is public; onboarding and the tenant list are the platform operator's; a tenant's
 * settings are its admins' (the controller checks that the tenant is their own).
 */
@Configuration
@EnableWebSecurity
class TenantServiceSecurity {

    static final String OPERATOR = "platform-operator";
    static final String TENANT_ADMIN = "tenant-admin";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        ResourceServerConfiguration.resourceServer(http)
                .authorizeHttpRequests(requests -> ResourceServerConfiguration.openToAll(requests)
                        .requestMatchers(HttpMethod.GET, "/public/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/tenants")
                        .hasRole(OPERATOR)
                        .requestMatchers(HttpMethod.GET, "/api/tenants")
                        .hasRole(OPERATOR)
                        .requestMatchers("/api/invitations", "/api/invitations/**")
                        .hasRole(OPERATOR)
                        .requestMatchers("/api/templates")
                        .authenticated()
                        // The routine's evaluations: the director records, management and the board read them too.
                        .requestMatchers("/api/tenants/*/evaluations")
                        .hasAnyRole(TENANT_ADMIN, "managing-director", "management", "board")
                        .requestMatchers("/api/tenants/**")
                        .hasAnyRole(OPERATOR, TENANT_ADMIN)
                        .anyRequest()
                        .authenticated());
        return http.build();
    }
}
