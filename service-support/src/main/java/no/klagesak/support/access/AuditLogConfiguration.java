package no.klagesak.support.access;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link AuditLog} of reads and refused attempts, and its endpoint for the tenant admin, in every service that
 * holds something about a complaint: those that ask routing for need to know, and routing itself ({@code
 * klagesak.audit.enabled}), which refuses the case file to those who may not see it.
 */
@AutoConfiguration
@ConditionalOnExpression(
        "'${klagesak.need-to-know.routing-service-url:}' != '' or '${klagesak.audit.enabled:false}' == 'true'")
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
