package no.klagesak.web.services;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.support.OAuth2RestClientHttpServiceGroupConfigurer;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * How the web calls the five services, in one place: each service's HTTP interface is a group of its own, named after
 * the service, and Spring makes its client (a {@code RestClient} behind a proxy of the interface).
 *
 * <ul>
 *   <li>where: {@code klagesak.web.<service>-url}, e.g. {@code klagesak.web.routing-service-url};
 *   <li>the timeouts: {@code spring.http.clients.connect-timeout} and {@code read-timeout}, which Spring Boot gives
 *       every group's client (issue 27, {@code ServiceTimeoutsTest}); {@code spring.http.serviceclient.<service>.*}
 *       would set one service's own;
 *   <li>the token: the calls marked {@link UserToken} send the logged-in user's own, the others none;
 *   <li>the circuit breaker: {@link PageParts}, where a page asks several services at once; a breaker is named after
 *       its service, as the group is. A call on its own has none: it fails with its timeout, and the page with it.
 * </ul>
 *
 * Each {@code ...Client} in this package is the services' face to the pages: it calls its interface, and turns the
 * answers the pages expect (a 404, a refusal) into values.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "tenant-service", types = TenantApi.class)
@ImportHttpServices(group = "routing-service", types = RoutingApi.class)
@ImportHttpServices(group = "notification-service", types = NotificationApi.class)
@ImportHttpServices(group = "reporting-service", types = ReportingApi.class)
@ImportHttpServices(group = "intake-service", types = IntakeApi.class)
class ServiceClients {

    /** The service's address, from {@code klagesak.web.<group>-url}. */
    @Bean
    RestClientHttpServiceGroupConfigurer serviceUrls(Environment environment) {
        return groups -> groups.forEachClient((group, client) ->
                client.baseUrl(environment.getRequiredProperty("klagesak.web." + group.name() + "-url")));
    }

    /** The user's token on each call marked {@link UserToken}, refreshed when needed; nothing on the others. */
    @Bean
    OAuth2RestClientHttpServiceGroupConfigurer userToken(OAuth2AuthorizedClientManager authorizedClients) {
        return OAuth2RestClientHttpServiceGroupConfigurer.from(authorizedClients);
    }
}
