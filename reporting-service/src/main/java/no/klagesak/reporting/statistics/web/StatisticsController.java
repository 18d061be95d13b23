package no.klagesak.reporting.statistics.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import no.klagesak.reporting.statistics.Dashboard;
import no.klagesak.reporting.statistics.ExportJob;
import no.klagesak.reporting.statistics.ExportJobs;
import no.klagesak.reporting.statistics.HandlingSummary;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.Statistics;
import no.klagesak.reporting.statistics.SurveyAnswers;
import no.klagesak.reporting.statistics.SurveySummary;
import no.klagesak.reporting.statistics.export.AnnualReportExport;
import no.klagesak.reporting.statistics.export.ExportWorker;
import no.klagesak.reporting.statistics.export.TenantNames;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tenant's statistics for its board, its managing director and management, read from the rollups only; other
 * roles get 403 (docs/security.md: least privilege, found by the access matrix).
 */
@RestController
class StatisticsController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Rollups rollups;
    private final TenantNames names;
    private final AnnualReportExport export;
    private final ExportJobs exports;
    private final ExportWorker worker;
    private final SurveyAnswers surveys;
    private final Clock clock;

    StatisticsController(
            Rollups rollups,
            TenantNames names,
            AnnualReportExport export,
            ExportJobs exports,
            ExportWorker worker,
            SurveyAnswers surveys,
            Clock clock) {
        this.surveys = surveys;
        this.rollups = rollups;
        this.names = names;
        this.export = export;
        this.exports = exports;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Everything the board's dashboard shows for a year, from the rollups only: counts against last year, month by
     * month, handling, by unit, the open backlog and its age, the survey, and how far behind the numbers are.
     */
    @GetMapping("/api/statistics/dashboard")
    Dashboard dashboard(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        String tenantId = boardOrManagers(authentication);
        int wanted = year(year);
        return Dashboard.of(
                        tenantId,
                        wanted,
                        rollups.in(tenantId, wanted),
                        rollups.in(tenantId, wanted - 1),
                        rollups.withOpen(tenantId),
                        LocalDate.now(clock.withZone(OSLO)),
                        rollups.behindSince(tenantId)
                                .map(since -> Math.max(
                                        0,
                                        Duration.between(since, clock.instant()).toSeconds()))
                                .orElse(0L),
                        names.categories(tenantId),
                        names.units(tenantId))
                .withLeavingSurvey(surveys.leavingIn(tenantId, wanted));
    }

    /** The year defaults to the current one in Norway. */
    @GetMapping("/api/statistics")
    Statistics statistics(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        String tenantId = boardOrManagers(authentication);
        int wanted = year(year);
        return yearOf(tenantId, wanted).statistics(wanted).withCategoryNames(names.categories(tenantId));
    }

    /**
     * How the year's complaints were handled: answered and open, handling days (median, 90th percentile), the share
     * answered by the deadline, escalations, deviations and outcomes.
     */
    @GetMapping("/api/statistics/handling")
    HandlingSummary handling(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        int wanted = year(year);
        return yearOf(boardOrManagers(authentication), wanted).handling(wanted);
    }

    /** The anonymous satisfaction survey's answers in a year; averages only from five answers up. */
    @GetMapping("/api/statistics/survey")
    SurveySummary survey(Authentication authentication, @RequestParam(required = false) @Nullable Integer year) {
        int wanted = year(year);
        return yearOf(boardOrManagers(authentication), wanted).surveySummary(wanted);
    }

    /**
     * The annual report's "number and type of complaints" section (årsmelding), as {@code csv}, {@code xlsx} or
     * {@code pdf} (PDF/A-1b), for the board, the managing director and management; made while the caller waits.
     */
    @GetMapping("/api/reports/annual")
    ResponseEntity<byte[]> annual(
            Authentication authentication,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "pdf") String format) {
        String tenantId = boardOrManagers(authentication);
        int wanted = year(year);
        format(format);
        byte[] file = export.make(tenantId, wanted, format, step -> {});
        return download(file, format, "klager-" + wanted + "." + format);
    }

    /** The same file made in the background: 202 with the job, whose progress {@link #exportJob} tells. */
    @ApiResponse(responseCode = "202", description = "Started: the export's progress is at the Location")
    @PostMapping("/api/reports/annual/exports")
    ResponseEntity<Progress> startExport(
            Authentication authentication,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "pdf") String format) {
        String tenantId = boardOrManagers(authentication);
        int wanted = year(year);
        format(format);
        var job = exports.create(tenantId, wanted, format);
        worker.nudge();
        return ResponseEntity.accepted()
                .location(URI.create("/api/reports/annual/exports/" + job.id()))
                .body(Progress.of(job));
    }

    /**
     * How far an export has come.
     *
     * @param state {@code QUEUED}, {@code WORKING}, {@code DONE} or {@code FAILED}
     * @param step the step reached of {@code steps}: 1 the numbers, 2 the charts, 3 the file
     */
    record Progress(
            String id, int year, String format, String state, int step, int steps, int percent, String fileName) {
        static Progress of(ExportJob job) {
            return new Progress(
                    job.id(),
                    job.year(),
                    job.format(),
                    job.state().name(),
                    job.step(),
                    ExportJob.STEPS,
                    job.percent(),
                    job.fileName());
        }
    }

    @GetMapping("/api/reports/annual/exports/{id}")
    Progress exportJob(Authentication authentication, @PathVariable String id) {
        return exports.find(boardOrManagers(authentication), id)
                .map(Progress::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The finished file; 409 while it is being made. */
    @GetMapping("/api/reports/annual/exports/{id}/file")
    ResponseEntity<byte[]> exportFile(Authentication authentication, @PathVariable String id) {
        String tenantId = boardOrManagers(authentication);
        var job = exports.find(tenantId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (job.state() != ExportJob.State.DONE) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The file is not ready");
        }
        byte[] file = exports.file(tenantId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(file, job.format(), job.fileName());
    }

    private static ResponseEntity<byte[]> download(byte[] body, String format, String file) {
        return Downloads.attachment(file)
                .contentType(MediaType.parseMediaType(AnnualReportExport.TYPES.get(format)))
                .body(body);
    }

    private static String boardOrManagers(Authentication authentication) {
        Roles.require(authentication, "The board and managers only", "board", "managing-director", "management");
        return CurrentTenant.of(authentication);
    }

    private static void format(String format) {
        if (!AnnualReportExport.TYPES.containsKey(format)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is csv, xlsx or pdf");
        }
    }

    private Rollup yearOf(String tenantId, int year) {
        return Rollup.year(tenantId, year, rollups.in(tenantId, year));
    }

    private int year(@Nullable Integer year) {
        int wanted = year == null ? Year.now(clock.withZone(OSLO)).getValue() : year;
        if (wanted < 2000 || wanted > 2200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2200");
        }
        return wanted;
    }
}
