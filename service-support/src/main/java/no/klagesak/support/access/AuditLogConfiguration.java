package no.klagesak.support.access;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link AuditLog} of reads and refused attempts, and its endpoint {@code /api/audit} for the tenant admin. Imported
 * by each service that holds something about a complaint: routing, which refuses the case file to those who may not
 * see it, and through {@link NeedToKnowConfiguration} intake and notification.
 */
@Configuration(proxyBeanMethods = false)
public class AuditLogConfiguration {

    @Bean
    AuditLog auditLog(MongoTemplate mongo, @Value("${spring.application.name}") String service) {
        return new AuditLog(mongo, Clock.systemUTC(), service);
    }

    @Bean
    AuditLogController auditLogController(AuditLog log) {
        return new AuditLogController(log);
    }
}
