package no.klagesak.support.tenant;

import java.time.Duration;
import no.klagesak.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Gives a service its copy of the tenants ({@link TenantCopy}) and keeps it in step with the topic. The tenant
 * service, which owns the tenants, turns it off with {@code klagesak.tenant-copy.enabled=false}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(
        name = {"org.springframework.data.mongodb.core.MongoTemplate", "org.apache.kafka.clients.consumer.KafkaConsumer"
        })
public class TenantCopyConfiguration {

    /** The compacted topic; whichever service starts first creates it. */
    @Bean
    NewTopic tenantsTopic() {
        return TopicBuilder.name(Topics.TENANTS).partitions(3).compact().build();
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnProperty(name = "klagesak.tenant-copy.enabled", havingValue = "true", matchIfMissing = true)
    TenantCopy tenantCopy(MongoTemplate mongo) {
        return new TenantCopy(mongo);
    }

    @Bean
    @ConditionalOnBean(TenantCopy.class)
    TenantTopicReader tenantTopicReader(
            TenantCopy copy,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${klagesak.tenant-copy.catch-up-timeout:30s}") Duration catchUpTimeout) {
        return new TenantTopicReader(copy, bootstrapServers, Topics.TENANTS, catchUpTimeout);
    }

    /** Down until the copy has read the topic to its end once; then up, with the number of tenants. */
    @Bean
    @ConditionalOnBean(TenantTopicReader.class)
    HealthIndicator tenantsHealthIndicator(TenantTopicReader reader, TenantCopy copy) {
        return () -> (reader.caughtUp() ? Health.up() : Health.down())
                .withDetail("tenants", copy.size())
                .build();
    }
}
