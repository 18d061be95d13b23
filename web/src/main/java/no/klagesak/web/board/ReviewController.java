package no.klagesak.web.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.klagesak.support.security.Roles;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.ReportingServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routine's yearly review (routine 001: "rutinen evalueres årlig"), for the managing director and management: this
 * year against last, deviations, the escalation rate, and the improvements recorded in the cases answered.
 */
@Controller
class ReviewController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final ReportingServiceClient reporting;
    private final RoutingServiceClient routing;
    private final TenantServiceClient tenants;

    ReviewController(ReportingServiceClient reporting, RoutingServiceClient routing, TenantServiceClient tenants) {
        this.reporting = reporting;
        this.routing = routing;
        this.tenants = tenants;
    }

    /** One measure in the two years. */
    record Compared(String key, String thisYear, String lastYear) {}

    @GetMapping("/styret/gjennomgang")
    String review(
            @RequestParam(name = "ar", required = false) @Nullable Integer year,
            @AuthenticationPrincipal OidcUser user,
            Authentication authentication,
            Locale locale,
            Model model) {
        if (!model.containsAttribute("evaluationForm")) evaluations(user, authentication, model, null);
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

    /** The routine's evaluations, and for the managing director the form that records one (issue 29). */
    private void evaluations(
            OidcUser user,
            Authentication authentication,
            Model model,
            TenantServiceClient.@Nullable EvaluationForm form) {
        RoutineEvaluations.addTo(model, tenants, StaffTenant.of(user));
        boolean director = Roles.has(authentication, "managing-director");
        model.addAttribute("mayRecord", director);
        if (director) {
            model.addAttribute(
                    "evaluationForm",
                    form != null
                            ? form
                            : new TenantServiceClient.EvaluationForm(
                                    UUID.randomUUID().toString(), LocalDate.now(OSLO), null, null, null, null, null));
        }
    }

    /**
     * The managing director records the routine's evaluation. Refused, the page shows what to correct with everything
     * written kept; recorded, it shows the evaluation at the top of the list.
     */
    @PostMapping("/styret/gjennomgang/evaluering")
    String record(
            @AuthenticationPrincipal OidcUser user,
            Authentication authentication,
            @RequestParam String id,
            @RequestParam(required = false) @Nullable String heldOn,
            @RequestParam(required = false) @Nullable String participants,
            @RequestParam(required = false) @Nullable String employeeRepresentatives,
            @RequestParam(required = false) @Nullable String figures,
            @RequestParam(required = false) @Nullable String conclusions,
            @RequestParam(required = false) @Nullable String decidedChanges,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!Roles.has(authentication, "managing-director")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate date = date(heldOn);
        var form = new TenantServiceClient.EvaluationForm(
                id, date, participants, employeeRepresentatives, figures, conclusions, decidedChanges);
        try {
            if (date == null && heldOn != null && !heldOn.isBlank()) {
                throw new TenantServiceClient.Refused(
                        List.of(new TenantServiceClient.Problem("heldOn", "invalid", "Skriv datoen som dd.mm.åååå.")));
            }
            tenants.recordEvaluation(StaffTenant.of(user), form);
        } catch (TenantServiceClient.Refused refused) {
            model.addAttribute("evaluationProblems", refused.problems());
            model.addAttribute("heldOnAsWritten", heldOn);
            evaluations(user, authentication, model, form);
            return review(null, user, authentication, locale, model);
        }
        redirect.addFlashAttribute("evaluationSaved", true);
        return "redirect:/styret/gjennomgang#evalueringer";
    }

    /** A date as the date field sends it (yyyy-mm-dd); null when there is none or it is not a date. */
    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
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
