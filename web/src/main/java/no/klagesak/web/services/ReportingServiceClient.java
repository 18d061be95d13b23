package no.klagesak.web.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.tenant.Routine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/** reporting-service, called with the logged-in user's own access token: the board's numbers for one year. */
@Component
public class ReportingServiceClient {

    private final ReportingApi reporting;

    ReportingServiceClient(ReportingApi reporting) {
        this.reporting = reporting;
    }

    /** A tenant's public statistics: counts as published ("<5" below five), names of categories in nb, nn and en. */
    public record Published(
            String tenantName,
            int year,
            String complaints,
            Map<String, String> categories,
            Map<String, Routine.Names> names,
            String whistleblowing) {}

    /** Empty when the tenant does not publish its statistics. */
    public Optional<Published> published(String tenantId, int year) {
        try {
            return Optional.ofNullable(reporting.published(tenantId, year));
        } catch (HttpClientErrorException.NotFound notPublished) {
            return Optional.empty();
        }
    }

    /** The number and type of complaints received in a year. */
    public record Counts(
            int year,
            long total,
            Map<String, Long> byTrack,
            Map<String, Long> byCategory,
            Map<String, Long> byChannel,
            Map<String, Long> byComplainantRole,
            Map<String, String> categoryNames) {}

    /** How the year's complaints were handled. */
    public record Handling(
            int year,
            long received,
            long answered,
            long open,
            @Nullable Long medianHandlingDays,
            @Nullable Long p90HandlingDays,
            @Nullable Long deadlineCompliancePercent,
            long escalated,
            long deviations,
            Map<String, Long> byOutcome) {}

    /** The anonymous satisfaction survey; averages only from five answers. */
    public record Survey(
            long answers,
            boolean tooFewToShow,
            @Nullable Double satisfied,
            @Nullable Double heard,
            @Nullable Long wouldComplainAgainPercent) {}

    /**
     * The survey participants answer when they leave the programme (routine 004): the figures are made of the first
     * answers in whole steps of five ({@code counted}), so no single answer shows by the difference.
     */
    public record LeavingSurvey(
            long answers,
            long counted,
            boolean tooFewToShow,
            @Nullable Double satisfied,
            @Nullable Double heard,
            @Nullable Long wouldRecommendPercent) {}

    /** Received in a month of the year and in the same month of the year before. */
    public record Month(
            int month, long complaints, long whistleblowing, long previousComplaints, long previousWhistleblowing) {}

    /** The complaints open today and how long they have waited: {@code 0-14}, {@code 15-30}, {@code 31-90}, {@code 91+} days. */
    public record Backlog(long open, @Nullable Long oldestDays, Map<String, Long> byAge) {}

    /**
     * Everything the board's dashboard shows for a year, in one call.
     *
     * @param byUnit by the name of the unit the complaints concerned; {@code -} for those that named none
     * @param behindSeconds how long the oldest change not yet counted has waited; 0 when the numbers are current
     */
    public record Dashboard(
            int year,
            Counts counts,
            Counts previous,
            Handling handling,
            Handling previousHandling,
            List<Month> months,
            Map<String, Long> byUnit,
            long breached,
            Backlog backlog,
            Survey survey,
            long behindSeconds,
            @Nullable LeavingSurvey leavingSurvey) {}

    public Dashboard dashboard(int year) {
        return reporting.dashboard(year);
    }

    /**
     * An export of the annual report's section, made in the background.
     *
     * @param state {@code QUEUED}, {@code WORKING}, {@code DONE} or {@code FAILED}
     * @param step 1 the numbers, 2 the charts, 3 the file
     */
    public record Export(
            String id, int year, String format, String state, int step, int steps, int percent, String fileName) {

        public boolean done() {
            return "DONE".equals(state);
        }

        public boolean failed() {
            return "FAILED".equals(state);
        }
    }

    public Export startExport(int year, String format) {
        return reporting.startExport(year, format);
    }

    /** Empty when there is no such export for the user's tenant (or it was forgotten after a day). */
    public Optional<Export> export(String id) {
        try {
            return Optional.ofNullable(reporting.export(id));
        } catch (HttpClientErrorException.NotFound gone) {
            return Optional.empty();
        }
    }

    public byte[] exportFile(String id) {
        return reporting.exportFile(id);
    }

    /** One tenant in the platform operator's comparison, without its name. */
    public record Compared(
            String tenant,
            long received,
            @Nullable Long medianHandlingDays,
            @Nullable Long deadlineCompliancePercent,
            long escalationPercent,
            long deviations) {}

    public List<Compared> comparison(int year) {
        return reporting.comparison(year);
    }

    public Handling handling(int year) {
        return reporting.handling(year);
    }
}
