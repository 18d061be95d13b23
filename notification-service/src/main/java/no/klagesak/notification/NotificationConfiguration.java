package no.klagesak.notification;

import java.time.Clock;
import java.time.Duration;
import no.klagesak.notification.acknowledgement.Acknowledgements;
import no.klagesak.notification.acknowledgement.Mail;
import no.klagesak.notification.acknowledgement.SendingAcknowledgement;
import no.klagesak.support.tenant.TenantCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Explicit wiring of the domain's plain classes, and the periodic retry of acknowledgements still owed. */
@Configuration
@EnableScheduling
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SendingAcknowledgement sendingAcknowledgement(
            Acknowledgements acknowledgements, Mail mail, TenantCopy tenants, Clock clock) {
        return new SendingAcknowledgement(
                acknowledgements,
                mail,
                tenantId -> tenants.find(tenantId)
                        .map(t -> t.current().routine().presentation().displayName())
                        .orElse(tenantId),
                clock);
    }

    @Bean
    UnsentAcknowledgements unsentAcknowledgements(
            SendingAcknowledgement sending, @Value("${klagesak.acknowledgements.stuck-after:5m}") Duration stuckAfter) {
        return new UnsentAcknowledgements(sending, stuckAfter);
    }

    /** Sends, every minute by default, what could not be sent when the events arrived. */
    static class UnsentAcknowledgements {

        private final SendingAcknowledgement sending;
        private final Duration stuckAfter;

        UnsentAcknowledgements(SendingAcknowledgement sending, Duration stuckAfter) {
            this.sending = sending;
            this.stuckAfter = stuckAfter;
        }

        @Scheduled(
                fixedDelayString = "${klagesak.acknowledgements.retry-interval:60s}",
                initialDelayString = "${klagesak.acknowledgements.retry-interval:60s}")
        void sendUnsent() {
            try {
                int sent = sending.sendUnsent(stuckAfter);
                if (sent > 0) log.info("Sent {} acknowledgements that were owed", sent);
            } catch (RuntimeException e) {
                log.warn("Acknowledgements still owed; the mail server refused: {}", e.toString());
            }
        }
    }
}
