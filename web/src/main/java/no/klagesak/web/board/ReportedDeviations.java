package no.klagesak.web.board;

import java.util.function.Supplier;
import no.klagesak.web.services.PageParts;
import no.klagesak.web.services.RoutingServiceClient;
import org.springframework.ui.Model;

/**
 * The year's reported deviations in figures as the board's page and the review page show them (routine 001):
 * {@code deviationCounts} in the model, or {@code deviationCountsMissing} when routing does not answer, so the rest of
 * the page still shows.
 */
final class ReportedDeviations {

    private ReportedDeviations() {}

    /**
     * Asks routing for the year's figures while {@code rest} (the page's own calls to the other services) runs, and
     * puts them in the model once both are done.
     *
     * @return what {@code rest} gave
     */
    static <T> T alongside(Model model, PageParts parts, RoutingServiceClient routing, int year, Supplier<T> rest) {
        parts.readyTheToken();
        var asked = parts.ask("routing-service", () -> routing.deviationCounts(year));
        T given;
        try {
            given = rest.get();
        } finally {
            // Never left running past the page, even when the rest failed.
            PageParts.all(asked);
        }
        var counts = PageParts.of(asked);
        model.addAttribute("deviationKinds", RoutingServiceClient.DEVIATION_KINDS);
        if (counts.missing()) {
            model.addAttribute("deviationCountsMissing", true);
        } else {
            model.addAttribute("deviationCounts", counts.value());
        }
        return given;
    }
}
