package no.klagesak.reporting.statistics.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.reporting.statistics.Dashboard;
import no.klagesak.reporting.statistics.HandlingSummary;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.Statistics;
import no.klagesak.reporting.statistics.SurveySummary;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.tenant.TenantCopy;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class StatisticsController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Rollups rollups;
    private final TenantCopy tenants;
    private final Clock clock;

    StatisticsController(Rollups rollups, TenantCopy tenants, Clock clock) {
        this.rollups = rollups;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Everything the board's dashboard shows for a year, from the rollups only: counts against last year, month by
     * month, handling, by unit, the open backlog and its age, the survey, and how far behind the numbers are.
     */
    @GetMapping("/api/statistics/dashboard")
    Dashboard dashboard(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        String tenantId = CurrentTenant.of(authentication);
        int wanted = year(year);
        var dashboard = Dashboard.of(
                tenantId,
                wanted,
                rollups.in(tenantId, wanted),
                rollups.in(tenantId, wanted - 1),
                rollups.withOpen(tenantId),
                LocalDate.now(clock.withZone(OSLO)),
                rollups.behindSince()
                        .map(since -> Math.max(
                                0, Duration.between(since, clock.instant()).toSeconds()))
                        .orElse(0L));
        return dashboard.withCategoryNames(categoryNames(tenantId)).withUnitNames(unitNames(tenantId));
    }

    private Rollup yearOf(String tenantId, int year) {
        return Rollup.year(tenantId, year, rollups.in(tenantId, year));
    }

    /** The year defaults to the current one in Norway. */
    @GetMapping("/api/statistics")
    Statistics statistics(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        String tenantId = CurrentTenant.of(authentication);
        int wanted = year(year);
        return yearOf(tenantId, wanted).statistics(wanted).withCategoryNames(categoryNames(tenantId));
    }

    /**
     * How the year's complaints were handled: answered and open, handling days (median, 90th percentile), the share
     * answered by the deadline, escalations, deviations and outcomes.
     */
    @GetMapping("/api/statistics/handling")
    HandlingSummary handling(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        int wanted = year(year);
        return yearOf(CurrentTenant.of(authentication), wanted).handling(wanted);
    }

    /**
     * The annual report's "number and type of complaints" section (årsmelding), as {@code csv}, {@code xlsx} or
     * {@code pdf}, for the board, the managing director and management.
     */
    @GetMapping("/api/reports/annual")
    org.springframework.http.ResponseEntity<byte[]> annual(
            Authentication authentication,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "pdf") String format) {
        boolean allowed = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_board")
                        || a.getAuthority().equals("ROLE_managing-director")
                        || a.getAuthority().equals("ROLE_management"));
        if (!allowed) throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The board and managers only");
        String tenantId = CurrentTenant.of(authentication);
        int wanted = year(year);
        Rollup thisYear = yearOf(tenantId, wanted);
        var counts = thisYear.statistics(wanted).withCategoryNames(categoryNames(tenantId));
        var previous = yearOf(tenantId, wanted - 1).statistics(wanted - 1).withCategoryNames(categoryNames(tenantId));
        var report = new no.klagesak.reporting.statistics.AnnualReport(
                tenants.find(tenantId)
                        .map(t -> t.current().routine().presentation().displayName())
                        .orElse(tenantId),
                wanted,
                counts,
                previous.total(),
                thisYear.handling(wanted));
        var lines = report.lines(previous);
        String title = "Antall og type klager og varsler i " + wanted + ", " + report.tenantName();
        String file = "klager-" + wanted + "." + format;
        return switch (format) {
            case "csv" ->
                download(
                        no.klagesak.reporting.statistics.export.AnnualReportFiles.csv(title, lines, wanted),
                        "text/csv;charset=UTF-8",
                        file);
            case "xlsx" ->
                download(
                        no.klagesak.reporting.statistics.export.AnnualReportFiles.xlsx(title, lines, wanted),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        file);
            case "pdf" ->
                download(
                        no.klagesak.reporting.statistics.export.AnnualReportFiles.pdf(title, lines, wanted),
                        "application/pdf",
                        file);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is csv, xlsx or pdf");
        };
    }

    private static org.springframework.http.ResponseEntity<byte[]> download(byte[] body, String type, String file) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(type))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file)
                                .build()
                                .toString())
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .body(body);
    }

    /** The anonymous satisfaction survey's answers in a year; averages only from five answers up. */
    @GetMapping("/api/statistics/survey")
    SurveySummary survey(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        int wanted = year(year);
        return yearOf(CurrentTenant.of(authentication), wanted).surveySummary(wanted);
    }

    private int year(@Nullable Integer year) {
        int wanted = year == null
                ? Year.now(clock.withZone(ZoneId.of("Europe/Oslo"))).getValue()
                : year;
        if (wanted < 2000 || wanted > 2200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2200");
        }
        return wanted;
    }

    /** Unit ids by their names in the tenant's organisation as it is now; units removed since keep their id. */
    private Map<String, String> unitNames(String tenantId) {
        return tenants.find(tenantId)
                .map(t -> t.organisation().units().stream()
                        .collect(Collectors.toMap(Organisation.Unit::id, Organisation.Unit::name, (a, b) -> a)))
                .orElse(Map.of());
    }

    /** From this service's copy of the tenant: names follow the routine as it is now, retired categories included. */
    private Map<String, String> categoryNames(String tenantId) {
        Map<String, String> names = new java.util.HashMap<>(tenants.find(tenantId)
                .map(t -> t.current().routine().categories().stream()
                        .collect(Collectors.toMap(
                                Routine.Category::code, c -> c.names().nb(), (a, b) -> a)))
                .orElse(Map.of()));
        // Every tenant that serves participants receives these; the board sees them counted apart.
        names.putIfAbsent(ComplaintReceived.NAV_DECISION, "Uenig i vedtak fra NAV (egen uttalelse)");
        return names;
    }
}
