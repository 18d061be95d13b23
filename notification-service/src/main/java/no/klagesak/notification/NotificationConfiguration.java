package no.klagesak.notification;

import java.time.Clock;
import no.klagesak.notification.acknowledgement.Acknowledgements;
import no.klagesak.notification.acknowledgement.Mail;
import no.klagesak.notification.acknowledgement.SendingAcknowledgement;
import no.klagesak.support.tenant.TenantDirectory;
import no.klagesak.support.tenant.TenantRoutine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Explicit wiring of the domain's plain classes. */
@Configuration
class NotificationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SendingAcknowledgement sendingAcknowledgement(
            Acknowledgements acknowledgements, Mail mail, TenantDirectory tenants, Clock clock) {
        return new SendingAcknowledgement(
                acknowledgements,
                mail,
                tenantId ->
                        tenants.find(tenantId).map(TenantRoutine::displayName).orElse(tenantId),
                clock);
    }
}
