package no.klagesak.notification;

import no.klagesak.support.security.ResourceServerConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The anonymous satisfaction survey is the only public endpoint; everything else needs a valid token. */
@Configuration
@EnableWebSecurity
class NotificationSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        ResourceServerConfiguration.resourceServer(http)
                .authorizeHttpRequests(requests -> ResourceServerConfiguration.openToAll(requests)
                        .requestMatchers(HttpMethod.GET, "/public/surveys/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/public/surveys/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }
}
