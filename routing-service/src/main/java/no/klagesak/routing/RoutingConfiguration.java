package no.klagesak.routing;

import java.time.Clock;
import no.klagesak.routing.assignment.AssigningHandler;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.RoutingRoutine;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.tenant.TenantDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Explicit wiring of the domain's plain classes. */
@Configuration
class RoutingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AssigningHandler assigningHandler(Cases cases, TenantDirectory tenants, Clock clock) {
        RoutingRoutines routines = tenantId -> tenants.find(tenantId)
                .map(t -> new RoutingRoutine(t.handlingTime(), t.lineManager(), t.managingDirector()));
        return new AssigningHandler(cases, routines, clock);
    }
}
