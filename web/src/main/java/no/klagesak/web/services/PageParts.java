package no.klagesak.web.services;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The parts of one page asked of several services at once (issue 27), each behind its service's circuit breaker
 * (Resilience4j): a service that does not answer, answers with a server error, or has failed often of late, leaves its
 * part missing, and the page says so, instead of the page failing or waiting whole. Each call runs in a virtual thread
 * that carries the visitor's login (the security context and the request, from which the user's token is taken) and
 * the page's trace, and keeps the clients' connect and read timeouts. The breakers are the one piece of how the web
 * calls the services that is not set in {@link ServiceClients}: they guard a page's parts, not every call.
 */
@Component
public class PageParts {

    /**
     * Half of at least five calls in the last ten failed: the service is left alone for 15 s, then tried again.
     * Only failures of the service count (no answer, 5xx), never a refusal or a "not found".
     */
    static final CircuitBreakerConfig BREAKER = CircuitBreakerConfig.custom()
            .slidingWindowSize(10)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(15))
            .recordExceptions(ResourceAccessException.class, HttpServerErrorException.class)
            .build();

    private static final ExecutorService VIRTUAL = Executors.newVirtualThreadPerTaskExecutor();

    private static final Logger LOG = LoggerFactory.getLogger(PageParts.class);
    private static final ContextSnapshotFactory CONTEXT =
            ContextSnapshotFactory.builder().build();

    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(BREAKER);
    private final OAuth2AuthorizedClientManager authorizedClients;

    public PageParts(OAuth2AuthorizedClientManager authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    /**
     * Refreshes the visitor's access token here, once, if it is due, before the parts are asked for at once: else
     * each of them would refresh it and store it in the session at the same time. Where this cannot be done, each call
     * still does it as it always does.
     */
    public void readyTheToken() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || authentication == null) {
            return;
        }
        try {
            authorizedClients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("keycloak")
                    .principal(authentication)
                    .attribute(HttpServletRequest.class.getName(), request.getRequest())
                    .attribute(HttpServletResponse.class.getName(), request.getResponse())
                    .build());
        } catch (RuntimeException notNow) {
            LOG.debug("The token was not refreshed ahead: {}", notNow.toString());
        }
    }

    /** A part of a page: the service's answer, or null when the service could not give it now. */
    public record Part<T>(@Nullable T value) {

        /** The service did not answer (or its breaker is open): the page says this part is missing. */
        public boolean missing() {
            return value == null;
        }
    }

    /**
     * Starts asking {@code service} for a part; {@link #of} waits for it.
     *
     * @param service the service's name, as its client's group in {@link ServiceClients} ({@code routing-service}):
     *     its breaker's
     */
    public <T> CompletableFuture<Part<T>> ask(String service, Supplier<T> call) {
        var breaker = breakers.circuitBreaker(service);
        var security = SecurityContextHolder.getContext();
        var request = RequestContextHolder.getRequestAttributes();
        // The page's trace too (Micrometer's registered thread locals), so the three calls show as its children.
        var context = CONTEXT.captureAll();
        return CompletableFuture.supplyAsync(
                () -> {
                    SecurityContextHolder.setContext(security);
                    RequestContextHolder.setRequestAttributes(request);
                    try (var traced = context.setThreadLocals()) {
                        return new Part<>(breaker.executeSupplier(call));
                    } catch (CallNotPermittedException | ResourceAccessException | HttpServerErrorException away) {
                        LOG.warn("{} is away, its part of the page is left out: {}", service, away.toString());
                        return new Part<T>(null);
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                        SecurityContextHolder.clearContext();
                    }
                },
                VIRTUAL);
    }

    /**
     * Waits for every part asked for, so that none outlives the request (its call would run on without the visitor's
     * page, and still be in the audit log).
     */
    public static void all(CompletableFuture<?>... asked) {
        try {
            CompletableFuture.allOf(asked).join();
        } catch (CompletionException failed) {
            // Each part's own failure is thrown by of().
        }
    }

    /** The part, once it is there; any other failure than the service's being away is thrown as it came. */
    public static <T> Part<T> of(CompletableFuture<Part<T>> asked) {
        try {
            return asked.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) throw cause;
            throw failed;
        }
    }

    /** Where a service's breaker stands ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}), for tests and logs. */
    String state(String service) {
        return breakers.circuitBreaker(service).getState().name();
    }
}
