package no.klagesak.intake;

import java.time.Clock;
import no.klagesak.intake.complaint.Complaints;
import no.klagesak.intake.complaint.ReferenceNumbers;
import no.klagesak.intake.complaint.RegisteringComplaint;
import no.klagesak.intake.complaint.TenantRules;
import no.klagesak.support.tenant.TenantDirectory;
import no.klagesak.support.tenant.TenantRoutine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Explicit wiring: the domain's plain classes are built here, not found by scanning. */
@Configuration
class IntakeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RegisteringComplaint registeringComplaint(
            Complaints complaints, ReferenceNumbers referenceNumbers, TenantDirectory tenants, Clock clock) {
        TenantRules rules = tenantId -> tenants.find(tenantId).map(TenantRoutine::anonymousAllowed);
        return new RegisteringComplaint(complaints, referenceNumbers, rules, clock);
    }
}
