package no.klagesak.web.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.ReportingServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tenant's complaint statistics for its website (routine 000), where its routine publishes them: complaints by type,
 * whistleblowing reports only as a total, and every count under five as "under 5". No login, no cookie.
 */
@Controller
class PublicStatisticsController {

    private final ReportingServiceClient reporting;

    PublicStatisticsController(ReportingServiceClient reporting) {
        this.reporting = reporting;
    }

    record Line(String name, String count) {}

    @GetMapping("/t/{tenantId}/statistikk")
    String statistics(
            @PathVariable String tenantId,
            @RequestParam(name = "ar", required = false) @Nullable Integer year,
            Locale locale,
            Model model) {
        var years = StatisticsYear.of(year);
        int shown = years.shown();
        var published = reporting
                .published(tenantId, shown)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Line> lines = new ArrayList<>();
        published.categories().forEach((code, count) -> {
            var names = published.names().get(code);
            lines.add(new Line(names == null ? code : names.in(locale.getLanguage()), under(count)));
        });
        model.addAttribute("published", published);
        model.addAttribute("lines", lines);
        model.addAttribute("complaints", under(published.complaints()));
        model.addAttribute("whistleblowing", under(published.whistleblowing()));
        model.addAttribute("years", years.choices());
        model.addAttribute("tenantId", tenantId);
        model.addAttribute("lang", locale.getLanguage());
        return "board/public";
    }

    /** "<5" as words a reader understands. */
    private static String under(String count) {
        return count.startsWith("<") ? "under " + count.substring(1) : count;
    }
}
