package no.klagesak.reporting.statistics.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.klagesak.reporting.statistics.HandlingSummary;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.support.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the platform operator's shared learning network: the tenants compared on the same measures, without their names
 * (numbered by size instead), and only tenants with at least {@value #MINIMUM} complaints in the year, so none can be
 * picked out by a small number.
 */
@RestController
class PlatformController {

    static final int MINIMUM = 5;

    private final Rollups rollups;

    PlatformController(Rollups rollups) {
        this.rollups = rollups;
    }

    record Compared(
            String tenant,
            long received,
            @Nullable Long medianHandlingDays,
            @Nullable Long deadlineCompliancePercent,
            long escalationPercent,
            long deviations) {}

    @GetMapping("/api/platform/comparison")
    List<Compared> comparison(Authentication authentication, @RequestParam int year) {
        Roles.require(authentication, "The platform operator only", "platform-operator");
        List<HandlingSummary> summaries = new ArrayList<>();
        for (String tenantId : rollups.tenantsIn(year)) {
            var summary =
                    Rollup.year(tenantId, year, rollups.in(tenantId, year)).handling(year);
            if (summary.received() >= MINIMUM) summaries.add(summary);
        }
        summaries.sort(Comparator.comparingLong(HandlingSummary::received).reversed());
        List<Compared> compared = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            var s = summaries.get(i);
            compared.add(new Compared(
                    "Virksomhet " + (i + 1),
                    s.received(),
                    s.medianHandlingDays(),
                    s.deadlineCompliancePercent(),
                    Math.round(100.0 * s.escalated() / s.received()),
                    s.deviations()));
        }
        return compared;
    }
}
