package no.klagesak.tenants;

import java.time.Clock;
import no.klagesak.tenants.tenant.DemoTenants;
import no.klagesak.tenants.tenant.ManagingTenants;
import no.klagesak.tenants.tenant.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** Creates the two demo tenants as data, once: a tenant that exists is left as its admin changed it. */
    @Bean
    @ConditionalOnProperty(name = "klagesak.demo-tenants", havingValue = "true", matchIfMissing = true)
    ApplicationRunner demoTenants(Tenants tenants, Clock clock) {
        return args -> DemoTenants.all(clock.instant()).forEach(tenant -> {
            if (tenants.addIfAbsent(tenant)) log.info("Demo tenant {} created", tenant.id());
        });
    }
}
