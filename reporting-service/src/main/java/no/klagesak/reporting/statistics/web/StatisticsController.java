package no.klagesak.reporting.statistics.web;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.Statistics;
import no.klagesak.support.security.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class StatisticsController {

    private final Facts facts;
    private final Clock clock;

    StatisticsController(Facts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The year defaults to the current one in Norway. */
    @GetMapping("/api/statistics")
    Statistics statistics(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        int wanted = year == null
                ? Year.now(clock.withZone(ZoneId.of("Europe/Oslo"))).getValue()
                : year;
        if (wanted < 2000 || wanted > 2200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2200");
        }
        return facts.countFor(CurrentTenant.of(authentication), wanted);
    }
}
