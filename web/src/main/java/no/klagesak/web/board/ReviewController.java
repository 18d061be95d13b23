package no.klagesak.web.board;

import java.util.List;
import java.util.Locale;
import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.ReportingServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The routine's yearly review (routine 001: "rutinen evalueres årlig"), for the managing director and management: this
 * year against last, deviations, the escalation rate, and the improvements recorded in the cases answered.
 */
@Controller
class ReviewController {

    private final ReportingServiceClient reporting;
    private final RoutingServiceClient routing;

    ReviewController(ReportingServiceClient reporting, RoutingServiceClient routing) {
        this.reporting = reporting;
        this.routing = routing;
    }

    /** One measure in the two years. */
    record Compared(String key, String thisYear, String lastYear) {}

    @GetMapping("/styret/gjennomgang")
    String review(@RequestParam(name = "ar", required = false) @Nullable Integer year, Locale locale, Model model) {
        var years = StatisticsYear.of(year);
        int shown = years.shown();
        var now = reporting.handling(shown);
        var before = reporting.handling(shown - 1);
        model.addAttribute("year", shown);
        model.addAttribute("previousYear", shown - 1);
        model.addAttribute("years", years.choices());
        model.addAttribute(
                "compared",
                List.of(
                        new Compared(
                                "review.received", String.valueOf(now.received()), String.valueOf(before.received())),
                        new Compared(
                                "review.deviations",
                                String.valueOf(now.deviations()),
                                String.valueOf(before.deviations())),
                        new Compared(
                                "review.escalationRate",
                                rate(now.escalated(), now.received()),
                                rate(before.escalated(), before.received())),
                        new Compared(
                                "review.compliance",
                                percent(now.deadlineCompliancePercent()),
                                percent(before.deadlineCompliancePercent())),
                        new Compared(
                                "review.median", days(now.medianHandlingDays()), days(before.medianHandlingDays()))));
        model.addAttribute("improvements", routing.improvements(shown));
        return "board/review";
    }

    private static String rate(long part, long whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    }

    private static String percent(@Nullable Long value) {
        return value == null ? "–" : value + " %";
    }

    private static String days(@Nullable Long value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
