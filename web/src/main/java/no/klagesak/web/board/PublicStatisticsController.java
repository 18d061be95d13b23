package no.klagesak.web.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.ReportingServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

    private final MessageSource messages;

    PublicStatisticsController(ReportingServiceClient reporting, MessageSource messages) {
        this.reporting = reporting;
        this.messages = messages;
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
            lines.add(new Line(names == null ? code : names.in(locale.getLanguage()), under(count, locale)));
        });
        model.addAttribute("published", published);
        model.addAttribute("lines", lines);
        model.addAttribute("complaints", under(published.complaints(), locale));
        model.addAttribute("whistleblowing", under(published.whistleblowing(), locale));
        model.addAttribute("years", years.choices());
        model.addAttribute("tenantId", tenantId);
        model.addAttribute("lang", locale.getLanguage());
        return "board/public";
    }

    /** "<5" as words a reader understands, in their language. */
    private String under(String count, Locale locale) {
        return count.startsWith("<")
                ? messages.getMessage("public.stats.under", new Object[] {count.substring(1)}, locale)
                : count;
    }
}
