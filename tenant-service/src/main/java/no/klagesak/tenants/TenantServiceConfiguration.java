package no.klagesak.tenants;

import java.time.Clock;
import no.klagesak.tenants.account.AccountStates;
import no.klagesak.tenants.account.Logins;
import no.klagesak.tenants.account.StaffAccounts;
import no.klagesak.tenants.account.keycloak.KeycloakLogins;
import no.klagesak.tenants.tenant.DemoTenants;
import no.klagesak.tenants.tenant.Evaluations;
import no.klagesak.tenants.tenant.IdentityProvider;
import no.klagesak.tenants.tenant.ManagingTenants;
import no.klagesak.tenants.tenant.OnboardingTenant;
import no.klagesak.tenants.tenant.Tenant;
import no.klagesak.tenants.tenant.Tenants;
import no.klagesak.tenants.tenant.keycloak.KeycloakIdentityProvider;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Explicit wiring of the domain's plain classes, and the demo tenants on first start. */
@Configuration
class TenantServiceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TenantServiceConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ManagingTenants managingTenants(Tenants tenants, Clock clock) {
        return new ManagingTenants(tenants, clock);
    }

    @Bean
    OnboardingTenant onboardingTenant(ManagingTenants managing, IdentityProvider identity) {
        return new OnboardingTenant(managing, identity);
    }

    /**
     * Keycloak's admin client with this service's own client credentials. It connects on first use, so the service
     * starts while Keycloak is still starting.
     */
    @Bean(destroyMethod = "close")
    Keycloak keycloakAdminClient(
            @Value("${klagesak.keycloak.server-url}") String serverUrl,
            @Value("${klagesak.keycloak.realm}") String realm,
            @Value("${klagesak.keycloak.client-id}") String clientId,
            @Value("${klagesak.keycloak.client-secret}") String clientSecret) {
        return KeycloakBuilder.builder()
                .serverUrl(serverUrl)
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(IdentityProvider.class)
    IdentityProvider keycloakIdentityProvider(Keycloak keycloak, @Value("${klagesak.keycloak.realm}") String realm) {
        return new KeycloakIdentityProvider(keycloak, realm);
    }

    @Bean
    @ConditionalOnMissingBean(Logins.class)
    Logins keycloakLogins(
            Keycloak keycloak,
            @Value("${klagesak.keycloak.realm}") String realm,
            @Value("${klagesak.keycloak.invitation-client-id}") String invitationClientId,
            @Value("${klagesak.keycloak.invitation-redirect-uri}") String invitationRedirectUri) {
        return new KeycloakLogins(keycloak, realm, invitationClientId, invitationRedirectUri);
    }

    @Bean
    StaffAccounts staffAccounts(Logins logins, AccountStates states, Clock clock) {
        return new StaffAccounts(logins, states, clock);
    }

    /**
     * A tenant whose evaluations were recorded before its latest one was kept with it gets it now, once: otherwise the
     * yearly reminder would count from its start.
     */
    @Bean
    ApplicationRunner lastEvaluations(Tenants tenants, Evaluations evaluations, ManagingTenants managing) {
        return arguments -> {
            for (Tenant tenant : tenants.findAll()) {
                if (tenant.lastEvaluatedOn() != null) continue;
                try {
                    evaluations
                            .lastHeldOn(tenant.id())
                            .ifPresent(heldOn -> managing.evaluated(tenant.id(), heldOn, "klagesak"));
                } catch (RuntimeException e) {
                    // The service starts all the same; the next start tries again.
                    log.warn("The latest evaluation of {} not kept with it: {}", tenant.id(), e.toString());
                }
            }
        };
    }

    /** Creates the two demo tenants as data, once: a tenant that exists is left as its admin changed it. */
    @Bean
    @ConditionalOnProperty(name = "klagesak.demo-tenants", havingValue = "true", matchIfMissing = true)
    ApplicationRunner demoTenants(Tenants tenants, Clock clock) {
        return args -> DemoTenants.all(clock.instant()).forEach(tenant -> {
            if (tenants.addIfAbsent(tenant)) log.info("Demo tenant {} created", tenant.id());
        });
    }
}
