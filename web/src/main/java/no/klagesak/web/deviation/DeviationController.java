package no.klagesak.web.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import no.klagesak.support.security.Roles;
import no.klagesak.web.DateField;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.StatisticsYear;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.RoutingServiceClient.Conflict;
import no.klagesak.web.services.RoutingServiceClient.Deviation;
import no.klagesak.web.services.RoutingServiceClient.DeviationAnswer;
import no.klagesak.web.services.RoutingServiceClient.DeviationDraft;
import no.klagesak.web.services.RoutingServiceClient.Done;
import no.klagesak.web.services.RoutingServiceClient.NotFound;
import no.klagesak.web.services.RoutingServiceClient.NotTheReceiver;
import no.klagesak.web.services.RoutingServiceClient.Problem;
import no.klagesak.web.services.RoutingServiceClient.Refused;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deviations from the routine (routine 001: "if someone experiences or discovers that the routine is not followed, it
 * shall be reported to the managing director"): anyone on the staff reports one, reads the year's reports they may
 * read (routing decides which), and the receiver writes what was done. A refused form is shown again at its own
 * address after a redirect, with everything written kept and every problem said.
 */
@Controller
class DeviationController {

    private static final Logger LOG = LoggerFactory.getLogger(DeviationController.class);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Where the error summary leads for each field with a problem: its input (a radio group's first button). */
    private static final Map<String, String> FIELDS = Map.of(
            "kind", "kind-" + RoutingServiceClient.DEVIATION_KINDS.getFirst(),
            "what", "what",
            "happenedOn", "happenedOn",
            "caseReference", "caseReference",
            "measures", "measures");

    private final RoutingServiceClient routing;
    private final Clock clock = Clock.system(OSLO);

    DeviationController(RoutingServiceClient routing) {
        this.routing = routing;
    }

    /** A line of the log: the report and where it stands today. */
    record LogLine(Deviation deviation, String status) {}

    @GetMapping("/avvik/meld")
    String form(Model model) {
        // After a refused form (redirected here), the form as it was written; else a new one with an id of its own.
        if (!(model.getAttribute("deviationForm") instanceof DeviationDraft)) {
            model.addAttribute("deviationForm", new DeviationDraft(newId(), null, null, null, null, false));
        }
        problemsTo(model);
        model.addAttribute("kinds", RoutingServiceClient.DEVIATION_KINDS);
        return "deviation/report";
    }

    /** Reported: its page, with where it went and by when. Refused, or routing away: the form again, as written. */
    @PostMapping("/avvik/meld")
    String report(
            @RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String what,
            @RequestParam(required = false) @Nullable String happenedOn,
            @RequestParam(required = false) @Nullable String caseReference,
            @RequestParam(required = false) @Nullable String concernsDirector,
            RedirectAttributes redirect) {
        LocalDate date = DateField.read(happenedOn);
        var form = new DeviationDraft(
                id == null ? "" : id,
                blankToNull(kind),
                what,
                date,
                blankToNull(caseReference),
                concernsDirector != null);
        List<Problem> problems;
        if (DateField.unreadable(happenedOn)) {
            // A date the field could not read is never sent as none: nothing is sent, and what else is missing is said.
            problems = new ArrayList<>();
            if (form.kind() == null) problems.add(new Problem("kind", "missing"));
            if (what == null || what.isBlank()) problems.add(new Problem("what", "missing"));
            problems.add(new Problem("happenedOn", "invalid"));
        } else {
            var answer = ask(() -> routing.reportDeviation(form), "");
            if (answer instanceof Done done) {
                redirect.addFlashAttribute("reported", true);
                redirect.addAttribute("id", done.deviation().id());
                return "redirect:/avvik/{id}";
            }
            problems = problemsOf(answer, "");
            if (answer instanceof Conflict) {
                // That form was sent before with other words and is reported as first sent: what is written here can
                // be sent as a new report.
                redirect.addFlashAttribute(
                        "deviationForm",
                        new DeviationDraft(
                                newId(),
                                form.kind(),
                                form.what(),
                                form.happenedOn(),
                                form.caseReference(),
                                form.concernsDirector()));
            }
        }
        if (!redirect.getFlashAttributes().containsKey("deviationForm")) {
            redirect.addFlashAttribute("deviationForm", form);
        }
        redirect.addFlashAttribute("deviationProblems", problems);
        redirect.addFlashAttribute("happenedOnAsWritten", happenedOn);
        return "redirect:/avvik/meld";
    }

    /**
     * The year's reports the user may read; for the managing director and management also the deviations the system
     * has found in the cases they look after, so both are seen together.
     */
    @GetMapping("/avvik")
    String log(
            @RequestParam(name = "ar", required = false) @Nullable Integer year,
            Authentication authentication,
            Model model) {
        var years = StatisticsYear.of(year);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("year", years.shown());
        model.addAttribute("years", years.choices());
        model.addAttribute(
                "lines",
                routing.deviations(years.shown()).stream()
                        .map(d -> new LogLine(d, d.status(today)))
                        .toList());
        boolean manager = Roles.has(authentication, "managing-director") || Roles.has(authentication, "management");
        model.addAttribute("manager", manager);
        if (manager) {
            model.addAttribute(
                    "detected",
                    routing.overview().stream()
                            .filter(RoutingServiceClient.OverviewLine::deviation)
                            .toList());
        }
        model.addAttribute("dates", NorwegianTime.PAGES);
        return "deviation/log";
    }

    @GetMapping("/avvik/{id}")
    String show(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Model model) {
        Deviation deviation =
                routing.deviation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("deviation", deviation);
        model.addAttribute("status", deviation.status(LocalDate.now(clock)));
        model.addAttribute("logYear", deviation.reportedAt().atZone(OSLO).getYear());
        // Only its receiver writes what was done, once; routing decides again.
        model.addAttribute(
                "mayHandle",
                deviation.handling() == null && deviation.receiver().equals(user.getPreferredUsername()));
        problemsTo(model);
        model.addAttribute("dates", NorwegianTime.PAGES);
        return "deviation/deviation";
    }

    /** The receiver writes what was done; refused, the page shows why with what was written kept. */
    @PostMapping("/avvik/{id}/behandling")
    String handle(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String measures,
            RedirectAttributes redirect) {
        var answer = ask(() -> routing.handleDeviation(id, measures == null ? "" : measures), "handling");
        if (answer instanceof Done) {
            redirect.addFlashAttribute("handled", true);
            return "redirect:/avvik/{id}";
        }
        redirect.addFlashAttribute("deviationProblems", problemsOf(answer, "handling"));
        redirect.addFlashAttribute("measuresAsWritten", measures);
        return "redirect:/avvik/{id}#handling-heading";
    }

    /** Routing's answer; routing not answering (or failing) is a problem of its own, and nothing was stored. */
    private static DeviationAnswer ask(Supplier<DeviationAnswer> call, String field) {
        try {
            return call.get();
        } catch (RestClientException away) {
            LOG.warn("A deviation form was not sent: {}", away.toString());
            return new Refused(List.of(new Problem(field, "unavailable")));
        }
    }

    /** What to say for an answer that stored nothing; {@code field} names what the form did (report, handling). */
    private static List<Problem> problemsOf(DeviationAnswer answer, String field) {
        return switch (answer) {
            case Refused refused -> refused.problems();
            case Conflict conflict -> List.of(new Problem(field, "conflict"));
            case NotTheReceiver forbidden -> List.of(new Problem(field, "forbidden"));
            case NotFound none -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case Done done -> List.of();
        };
    }

    /** The problems of a refused form (a flash attribute), and the fields they mark and lead to. */
    private static void problemsTo(Model model) {
        model.addAttribute("problemFields", FIELDS);
        if (model.getAttribute("deviationProblems") instanceof List<?> problems) {
            model.addAttribute(
                    "fieldsInError",
                    problems.stream().map(p -> ((Problem) p).field()).toList());
        } else {
            model.addAttribute("fieldsInError", List.of());
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
