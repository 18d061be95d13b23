package no.klagesak.web.board;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.PageParts;
import no.klagesak.web.services.ReportingServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The board's numbers for a year against the year before (routines 000, 001, 003: the number and type of complaints,
 * every year): by type and category, how they were handled, outcomes, and the anonymous survey. Charts are SVG drawn
 * here, each with its numbers as a table.
 */
@Controller
class BoardController {

    private final ReportingServiceClient reporting;
    private final TenantServiceClient tenants;
    private final MessageSource messages;
    private final RoutingServiceClient routing;
    private final PageParts parts;

    BoardController(
            ReportingServiceClient reporting,
            TenantServiceClient tenants,
            MessageSource messages,
            RoutingServiceClient routing,
            PageParts parts) {
        this.reporting = reporting;
        this.tenants = tenants;
        this.messages = messages;
        this.routing = routing;
        this.parts = parts;
    }

    /** A row of a table and a bar of its chart. */
    record Row(String label, long value, long previous) {}

    /** A month's row: complaints and whistleblowing reports this year, both together last year. */
    record MonthRow(String name, long complaints, long whistleblowing, long previous) {}

    @GetMapping("/styret")
    String dashboard(
            @RequestParam(name = "ar", required = false) @Nullable Integer year,
            @AuthenticationPrincipal OidcUser user,
            Locale locale,
            Model model) {
        // The routine's evaluations: the board sees that the routine is kept up (issue 29).
        RoutineEvaluations.addTo(model, tenants, StaffTenant.of(user));
        var years = StatisticsYear.of(year);
        int shown = years.shown();
        // The reported deviations from routing while reporting gives the rest: without routing, only they are missing.
        var dashboard = ReportedDeviations.alongside(model, parts, routing, shown, () -> reporting.dashboard(shown));
        var counts = dashboard.counts();
        var before = dashboard.previous();
        var handling = dashboard.handling();
        model.addAttribute("year", shown);
        model.addAttribute("previousYear", shown - 1);
        model.addAttribute("years", years.choices());
        model.addAttribute("counts", counts);
        model.addAttribute("before", before);
        model.addAttribute("handling", handling);
        model.addAttribute("handlingBefore", dashboard.previousHandling());
        model.addAttribute("survey", dashboard.survey());
        model.addAttribute("leavingSurvey", dashboard.leavingSurvey());
        model.addAttribute("backlog", dashboard.backlog());
        model.addAttribute("behind", dashboard.behindSeconds() > 0);

        List<Row> byTrack = rows(counts.byTrack(), before.byTrack(), key -> message("track." + key, locale, key));
        List<Row> byCategory = rows(
                counts.byCategory(),
                before.byCategory(),
                key -> counts.categoryNames().getOrDefault(key, key));
        List<Row> byOutcome = rows(
                handling.byOutcome(),
                dashboard.previousHandling().byOutcome(),
                key -> message("case.outcome." + key, locale, key));
        List<Row> byUnit = rows(
                dashboard.byUnit(), Map.of(), key -> "-".equals(key) ? message("board.unit.none", locale, key) : key);
        List<Row> byMonth = dashboard.months().stream()
                .map(m -> new Row(
                        Month.of(m.month()).getDisplayName(TextStyle.FULL_STANDALONE, locale),
                        m.complaints() + m.whistleblowing(),
                        m.previousComplaints() + m.previousWhistleblowing()))
                .toList();
        List<Row> byAge = dashboard.backlog().byAge().entrySet().stream()
                .map(e -> new Row(message("board.backlog.age." + e.getKey(), locale, e.getKey()), e.getValue(), 0))
                .toList();
        model.addAttribute("byTrack", byTrack);
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("byOutcome", byOutcome);
        model.addAttribute("byUnit", byUnit);
        model.addAttribute(
                "months",
                dashboard.months().stream()
                        .map(m -> new MonthRow(
                                Month.of(m.month()).getDisplayName(TextStyle.FULL_STANDALONE, locale),
                                m.complaints(),
                                m.whistleblowing(),
                                m.previousComplaints() + m.previousWhistleblowing()))
                        .toList());
        model.addAttribute("byAge", byAge);
        model.addAttribute("trackChart", chart(message("board.chart.track", locale, ""), byTrack));
        model.addAttribute("categoryChart", chart(message("board.chart.category", locale, ""), byCategory));
        model.addAttribute("outcomeChart", chart(message("board.chart.outcome", locale, ""), byOutcome));
        model.addAttribute("unitChart", chart(message("board.chart.unit", locale, ""), byUnit, false));
        model.addAttribute("monthChart", chart(message("board.chart.month", locale, ""), byMonth));
        model.addAttribute("ageChart", chart(message("board.backlog", locale, ""), byAge, false));
        return "board/dashboard";
    }

    private static List<Row> rows(Map<String, Long> now, Map<String, Long> previous, Function<String, String> label) {
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(previous.keySet());
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(new Row(label.apply(key), now.getOrDefault(key, 0L), previous.getOrDefault(key, 0L)));
        }
        rows.sort(Comparator.comparingLong(Row::value).reversed());
        return rows;
    }

    private static String chart(String title, List<Row> rows) {
        return chart(title, rows, true);
    }

    /** Compared: each bar has last year's, thinner, below it. */
    private static String chart(String title, List<Row> rows, boolean compared) {
        return BarChart.svg(
                title,
                rows.stream()
                        .map(r -> new BarChart.Bar(r.label(), r.value(), r.previous()))
                        .toList(),
                compared);
    }

    private String message(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
