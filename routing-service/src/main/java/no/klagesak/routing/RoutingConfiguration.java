package no.klagesak.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.routing.assignment.AssigningHandler;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.HandlingCase;
import no.klagesak.routing.assignment.HoldingCases;
import no.klagesak.routing.assignment.Retentions;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.routing.assignment.WatchingDeadlines;
import no.klagesak.routing.assignment.WatchingRetention;
import no.klagesak.routing.deviation.Deviations;
import no.klagesak.routing.deviation.ReportingDeviations;
import no.klagesak.routing.deviation.WatchingDeviations;
import no.klagesak.support.access.AuditLogConfiguration;
import no.klagesak.support.sealing.EventSealer;
import no.klagesak.support.sealing.SealingConfiguration;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.time.Clocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Explicit wiring of the domain's plain classes. */
@Configuration
@Import({SealingConfiguration.class, AuditLogConfiguration.class})
class RoutingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${klagesak.clock.offset:0s}") Duration offset) {
        return Clocks.systemUtc(offset);
    }

    @Bean
    RoutingRoutines routingRoutines(
            TenantCopy tenants, @Value("${klagesak.routing.routine-wait:10s}") Duration routineWait) {
        return new RoutingRoutines() {
            @Override
            public Optional<TenantSnapshot> find(String tenantId) {
                return tenants.find(tenantId);
            }

            /**
             * Waits up to {@code routineWait} (10 s) each attempt: past that the event is retried, and after four
             * attempts dead-lettered, never acted on wrongly. A partition waits at most about 45 s for an event of a
             * tenant that never comes.
             */
            @Override
            public Optional<TenantSnapshot> findWithVersion(String tenantId, int version) {
                try {
                    return tenants.await(
                            tenantId, tenant -> tenant.version(version).isPresent(), routineWait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        };
    }

    @Bean
    HandlingCase handlingCase(Cases cases, RoutingRoutines routines, Clock clock, EventSealer sealer) {
        return new HandlingCase(cases, routines, clock, sealer::seal);
    }

    @Bean
    WatchingDeadlines watchingDeadlines(Cases cases, Clock clock, MeterRegistry meters) {
        // klagesak.deadlines.breached: each deadline passed without an answer, once, by tenant and track.
        return new WatchingDeadlines(
                cases,
                clock,
                (tenant, track) -> Counter.builder("klagesak.deadlines.breached")
                        .description("Deadlines passed without an answer")
                        .tag("tenant", tenant)
                        .tag("track", track)
                        .register(meters)
                        .increment());
    }

    @Bean
    WatchingRetention watchingRetention(Retentions retentions, Cases cases, RoutingRoutines routines, Clock clock) {
        return new WatchingRetention(retentions, cases, routines, clock);
    }

    @Bean
    HoldingCases holdingCases(Retentions retentions, Clock clock) {
        return new HoldingCases(retentions, clock);
    }

    @Bean
    ReportingDeviations reportingDeviations(Deviations deviations, RoutingRoutines routines, Cases cases, Clock clock) {
        return new ReportingDeviations(deviations, routines, caseLookup(cases), clock);
    }

    private static ReportingDeviations.CaseLookup caseLookup(Cases cases) {
        return new ReportingDeviations.CaseLookup() {
            @Override
            public Optional<ReportingDeviations.NamedCase> byReference(String tenantId, String reference) {
                return cases.complaintIdOf(tenantId, reference).flatMap(id -> byId(tenantId, id));
            }

            @Override
            public Optional<ReportingDeviations.NamedCase> byId(String tenantId, String complaintId) {
                return cases.findBy(tenantId, complaintId)
                        .map(c -> new ReportingDeviations.NamedCase(
                                c.complaintId(), c.reference(), "WHISTLEBLOWING".equals(c.track()), c.concerned()));
            }
        };
    }

    @Bean
    WatchingDeviations watchingDeviations(Deviations deviations, Clock clock) {
        return new WatchingDeviations(deviations, clock);
    }

    @Bean
    AssigningHandler assigningHandler(Cases cases, RoutingRoutines routines, Clock clock) {
        return new AssigningHandler(cases, routines, clock);
    }
}
