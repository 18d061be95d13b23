package no.klagesak.reporting;

import java.time.Clock;
import no.klagesak.reporting.statistics.CountingComplaints;
import no.klagesak.reporting.statistics.Facts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Explicit wiring of the domain's plain classes. */
@Configuration
class ReportingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CountingComplaints countingComplaints(Facts facts) {
        return new CountingComplaints(facts);
    }
}
