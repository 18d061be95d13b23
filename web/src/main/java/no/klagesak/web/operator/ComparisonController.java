package no.klagesak.web.operator;

import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.ReportingServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform operator's view for the shared learning network: the tenants compared, anonymised. */
@Controller
class ComparisonController {

    private final ReportingServiceClient reporting;

    ComparisonController(ReportingServiceClient reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/operator/sammenligning")
    String comparison(@RequestParam(name = "ar", required = false) @Nullable Integer year, Model model) {
        int shown = StatisticsYear.of(year).shown();
        model.addAttribute("year", shown);
        model.addAttribute("rows", reporting.comparison(shown));
        return "operator/comparison";
    }
}
