package no.klagesak.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code klagesak.http.max-body-size} (default 2 MB) with 413 before anything reads
 * it, in every service. Multipart requests (files) have their own limits ({@code spring.servlet.multipart.*}); a body
 * sent without a length is refused when it is about to pass the limit.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestSizeLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
            @Value("${klagesak.http.max-body-size:2097152}") long maxBytes) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Limit(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Limit extends OncePerRequestFilter {

        private final long maxBytes;

        Limit(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
            if (!multipart && request.getContentLengthLong() > maxBytes) {
                FilterProblems.write(
                        response,
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Content Too Large",
                        "The request is larger than " + maxBytes + " bytes. Nothing was stored.");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
