package no.klagesak.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import no.klagesak.notification.notice.AnsweringSurvey;
import no.klagesak.notification.notice.CaseFactsStore;
import no.klagesak.notification.notice.DailyDigest;
import no.klagesak.notification.notice.Dispatching;
import no.klagesak.notification.notice.EvaluationReminder;
import no.klagesak.notification.notice.Mail;
import no.klagesak.notification.notice.Notices;
import no.klagesak.notification.notice.Notifying;
import no.klagesak.notification.notice.Sms;
import no.klagesak.notification.notice.Surveys;
import no.klagesak.notification.notice.Templates;
import no.klagesak.notification.notice.templates.MustacheTemplates;
import no.klagesak.support.access.NeedToKnowConfiguration;
import no.klagesak.support.sealing.SealingConfiguration;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.time.Clocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Explicit wiring of the domain's plain classes, and the periodic round that sends what is owed. */
@Configuration
@Import({SealingConfiguration.class, NeedToKnowConfiguration.class})
@EnableScheduling
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${klagesak.clock.offset:0s}") Duration offset) {
        return Clocks.systemUtc(offset);
    }

    @Bean
    MustacheTemplates templates(TenantCopy tenants) {
        return new MustacheTemplates(tenants::find);
    }

    @Bean
    Notifying notifying(
            CaseFactsStore facts,
            Notices notices,
            Surveys surveys,
            TenantCopy tenants,
            @Value("${klagesak.web.public-url}") String webUrl,
            Clock clock) {
        return new Notifying(facts, notices, surveys, tenants::find, webUrl, clock);
    }

    @Bean
    AnsweringSurvey answeringSurvey(Surveys surveys, Clock clock) {
        return new AnsweringSurvey(surveys, clock);
    }

    @Bean
    Dispatching dispatching(
            Notices notices,
            CaseFactsStore facts,
            Templates templates,
            Mail mail,
            Sms sms,
            Clock clock,
            @Value("${klagesak.notices.stuck-after:5m}") Duration stuckAfter,
            @Value("${klagesak.notices.max-pause:2m}") Duration maxPause,
            MeterRegistry meters) {
        // klagesak.acknowledgement.time: from a complaint's receipt to its written acknowledgement going out.
        return new Dispatching(
                notices,
                facts,
                templates,
                mail,
                sms,
                clock,
                stuckAfter,
                maxPause,
                (tenant, track, time) -> Timer.builder("klagesak.acknowledgement.time")
                        .description("From a complaint's receipt to its written acknowledgement going out")
                        .tag("tenant", tenant)
                        .tag("track", track)
                        .register(meters)
                        .record(time));
    }

    @Bean
    DailyDigest dailyDigest(
            CaseFactsStore facts,
            Notices notices,
            TenantCopy tenants,
            @Value("${klagesak.web.public-url}") String webUrl,
            Clock clock) {
        return new DailyDigest(facts, notices, tenants::all, webUrl, clock);
    }

    @Bean
    EvaluationReminder evaluationReminder(
            Notices notices, TenantCopy tenants, @Value("${klagesak.web.public-url}") String webUrl, Clock clock) {
        return new EvaluationReminder(notices, tenants::all, webUrl, clock);
    }

    @Bean
    SendingRound sendingRound(Dispatching dispatching, DailyDigest digest, EvaluationReminder evaluations) {
        return new SendingRound(dispatching, digest, evaluations);
    }

    /** Sends, every few seconds, what is owed: retries after the mail server was down, and what a crash left. */
    static class SendingRound {

        private final Dispatching dispatching;
        private final DailyDigest digest;
        private final EvaluationReminder evaluations;

        SendingRound(Dispatching dispatching, DailyDigest digest, EvaluationReminder evaluations) {
            this.dispatching = dispatching;
            this.digest = digest;
            this.evaluations = evaluations;
        }

        /**
         * Every hour, the yearly evaluations' reminders that are owed: once per tenant and due day. The first round
         * waits a few minutes after a start, for the tenants' snapshots (tenant-service publishes the latest
         * evaluation with them).
         */
        @Scheduled(
                fixedDelayString = "${klagesak.notices.evaluation-check-every:1h}",
                initialDelayString = "${klagesak.notices.evaluation-check-first:10m}")
        void evaluationReminders() {
            try {
                int owed = evaluations.owe();
                if (owed > 0) log.info("{} evaluation reminders owed", owed);
            } catch (RuntimeException e) {
                log.warn("Evaluation reminders not looked for this round: {}", e.toString());
            }
        }

        /**
         * Every hour, yesterday's digests that are still owed: once per tenant and day, also when the service was down
         * at the hour, and with several instances.
         */
        @Scheduled(cron = "${klagesak.notices.digest-cron:0 5 * * * *}", zone = "Europe/Oslo")
        void digests() {
            try {
                int owed = digest.oweYesterday();
                if (owed > 0) log.info("{} daily digests owed", owed);
            } catch (RuntimeException e) {
                log.warn("Daily digests not made this hour: {}", e.toString());
            }
        }

        @Scheduled(
                fixedDelayString = "${klagesak.notices.round-interval:5s}",
                initialDelayString = "${klagesak.notices.round-interval:5s}")
        void send() {
            try {
                int sent = dispatching.sendDue();
                if (sent > 0) log.info("Sent {} notices that were owed", sent);
            } catch (RuntimeException e) {
                log.warn("Notices still owed: {}", e.toString());
            }
        }
    }
}
