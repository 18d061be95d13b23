package no.klagesak.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OverloadGuardTest {

    @Test
    void a_request_beyond_the_places_waits_then_gets_503_and_the_next_one_is_served_once_a_place_is_free()
            throws Exception {
        var meters = new SimpleMeterRegistry();
        var guard = new OverloadGuard.Guard(1, Duration.ofMillis(100), meters);
        var inHand = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        Thread busy = Thread.ofVirtual().start(() -> {
            try {
                guard.doFilter(new MockHttpServletRequest("POST", "/x"), new MockHttpServletResponse(), (req, res) -> {
                    inHand.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inHand.await(5, TimeUnit.SECONDS)).isTrue();

        var refused = new MockHttpServletResponse();
        boolean[] reached = {false};
        guard.doFilter(new MockHttpServletRequest("POST", "/x"), refused, (req, res) -> reached[0] = true);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentAsString()).contains("Nothing was stored");
        assertThat(reached[0]).isFalse();
        assertThat(meters.counter("klagesak.http.shed").count()).isEqualTo(1);

        finish.countDown();
        busy.join();
        var served = new MockHttpServletResponse();
        guard.doFilter(new MockHttpServletRequest("POST", "/x"), served, (req, res) -> reached[0] = true);
        assertThat(reached[0]).isTrue();
        assertThat(served.getStatus()).isEqualTo(200);
    }
}
