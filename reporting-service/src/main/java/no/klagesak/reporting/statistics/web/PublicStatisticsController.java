package no.klagesak.reporting.statistics.web;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.reporting.statistics.PublicCounts;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.support.tenant.TenantCopy;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tenant's public statistics, for its website, where its routine publishes them (routine 000): complaints by
 * category and a total of whistleblowing reports, every count below five shown as "<5". No login.
 */
@RestController
class PublicStatisticsController {

    private final Rollups rollups;
    private final TenantCopy tenants;

    PublicStatisticsController(Rollups rollups, TenantCopy tenants) {
        this.rollups = rollups;
        this.tenants = tenants;
    }

    /**
     * @param categories the category's name in nb, nn and en, by name in Bokmål, with its count as published
     */
    record Published(
            String tenantName,
            int year,
            String complaints,
            Map<String, String> categories,
            Map<String, Routine.Names> names,
            String whistleblowing) {}

    @GetMapping("/public/tenants/{tenantId}/statistics")
    ResponseEntity<Published> statistics(
            @PathVariable String tenantId, @RequestParam(required = false) @Nullable Integer year) {
        var tenant = tenants.find(tenantId)
                .filter(t -> t.current().routine().retention().publicStatistics())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int thisYear = Year.now(ZoneId.of("Europe/Oslo")).getValue();
        int wanted = year == null ? thisYear : year;
        if (wanted < 2000 || wanted > thisYear) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and this year");
        }
        PublicCounts counts =
                Rollup.year(tenantId, wanted, rollups.in(tenantId, wanted)).publicCounts(wanted);
        Map<String, Routine.Names> names = new LinkedHashMap<>();
        Map<String, String> byCode = new LinkedHashMap<>();
        for (var version : tenant.routines()) {
            for (var category : version.routine().categories()) {
                names.put(category.code(), category.names());
                byCode.put(category.code(), category.names().nb());
            }
        }
        var complaints = counts.complaints();
        Map<String, String> shown = new LinkedHashMap<>(complaints.cells());
        names.keySet().retainAll(shown.keySet());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new Published(
                        tenant.current().routine().presentation().displayName(),
                        wanted,
                        complaints.total(),
                        shown,
                        names,
                        counts.whistleblowingShown()));
    }
}
