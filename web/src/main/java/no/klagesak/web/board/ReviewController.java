package no.klagesak.web.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.klagesak.support.security.Roles;
import no.klagesak.web.DateField;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.PageParts;
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
import org.springframework.web.client.RestClientException;
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
    private final PageParts parts;

    ReviewController(
            ReportingServiceClient reporting,
            RoutingServiceClient routing,
            TenantServiceClient tenants,
            PageParts parts) {
        this.reporting = reporting;
        this.routing = routing;
        this.tenants = tenants;
        this.parts = parts;
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
        // After a refused form (redirected here), the form as it was written; else a new one.
        evaluations(
                user, authentication, model, (TenantServiceClient.EvaluationForm) model.getAttribute("evaluationForm"));
        var years = StatisticsYear.of(year);
        int shown = years.shown();
        // The reported deviations by kind: without routing's answer, only they are missing from the page.
        var handling = ReportedDeviations.alongside(
                model, parts, routing, shown, () -> List.of(reporting.handling(shown), reporting.handling(shown - 1)));
        var now = handling.get(0);
        var before = handling.get(1);
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
        if (model.getAttribute("evaluationProblems") instanceof List<?> problems) {
            model.addAttribute(
                    "evaluationProblemFields",
                    problems.stream()
                            .map(p -> ((TenantServiceClient.Problem) p).field())
                            .toList());
        }
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
            RedirectAttributes redirect) {
        if (!Roles.has(authentication, "managing-director")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate date = DateField.read(heldOn);
        var form = new TenantServiceClient.EvaluationForm(
                id, date, participants, employeeRepresentatives, figures, conclusions, decidedChanges);
        boolean unreadableDate = DateField.unreadable(heldOn);
        List<TenantServiceClient.Problem> problems;
        try {
            tenants.recordEvaluation(StaffTenant.of(user), form);
            redirect.addFlashAttribute("evaluationSaved", true);
            return "redirect:/styret/gjennomgang#evalueringer";
        } catch (TenantServiceClient.Refused refused) {
            // A date the field could not read goes to the service as none: say what was wrong with it, with the rest.
            problems = refused.problems().stream()
                    .map(p -> unreadableDate && p.field().equals("heldOn")
                            ? new TenantServiceClient.Problem("heldOn", "invalid", p.message())
                            : p)
                    .toList();
        } catch (RestClientException away) {
            problems = List.of(new TenantServiceClient.Problem("", "unavailable", away.getMessage()));
        }
        // Shown by the page's own address (after a redirect), so a reload or a language link keeps what was written.
        redirect.addFlashAttribute("evaluationProblems", problems);
        redirect.addFlashAttribute("evaluationForm", form);
        redirect.addFlashAttribute("heldOnAsWritten", heldOn);
        return "redirect:/styret/gjennomgang#record-heading";
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
