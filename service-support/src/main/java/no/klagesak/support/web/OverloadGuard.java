package no.klagesak.support.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load instead of falling over: at most {@code klagesak.http.max-concurrent-requests} requests (default 200) are
 * worked on at once in a service; one more waits up to {@code klagesak.http.overload-wait} (default 2 s) for a place,
 * then gets 503 with {@code Retry-After} before anything is read or stored. With virtual threads nothing else bounds
 * the requests in hand, and under more load than the store can take they would queue until the heap ran out (measured:
 * intake at 1,000 complaints/s on two cores, docs/benchmarks.md). The management port is not guarded: health and
 * metrics answer while the application is busy.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OverloadGuard {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> overloadGuardFilter(
            @Value("${klagesak.http.max-concurrent-requests:200}") int permits,
            @Value("${klagesak.http.overload-wait:2s}") Duration wait,
            ObjectProvider<MeterRegistry> meters) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(
                new Guard(permits, wait, meters.getIfAvailable(SimpleMeterRegistry::new)));
        // Right after the size limit: a refused request costs nothing further.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static final class Guard extends OncePerRequestFilter {

        private final Semaphore places;
        private final Duration wait;
        private final Counter shed;

        Guard(int permits, Duration wait, MeterRegistry meters) {
            this.places = new Semaphore(permits);
            this.wait = wait;
            this.shed = Counter.builder("klagesak.http.shed")
                    .description("Requests refused with 503 because the service had as many in hand as it takes")
                    .register(meters);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean admitted;
            try {
                admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                admitted = false;
            }
            if (!admitted) {
                shed.increment();
                response.setHeader("Retry-After", "2");
                FilterProblems.write(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Service Unavailable",
                        "Too many requests at once. Nothing was stored; send it again in a moment.");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                places.release();
            }
        }
    }
}
