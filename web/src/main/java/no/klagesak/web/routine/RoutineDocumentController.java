package no.klagesak.web.routine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.web.LanguageConfiguration;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.services.TenantServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /t/{tenant}/rutine}: the tenant's complaint routine, and its whistleblowing routine when it has that track,
 * written out from the settings in Bokmål, Nynorsk or English ({@code ?lang=}), in an easy-read version ({@code
 * ?lett=true}), for any earlier version ({@code ?versjon=}). Printing it gives a PDF.
 */
@Controller
class RoutineDocumentController {

    private final TenantServiceClient tenants;

    RoutineDocumentController(TenantServiceClient tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/t/{tenantId}/rutine")
    String document(
            @PathVariable String tenantId,
            @RequestParam(name = "versjon", required = false) @Nullable Integer versionNumber,
            @RequestParam(name = "lett", defaultValue = "false") boolean easyRead,
            Locale locale,
            Model model) {
        var tenant = tenants.published(tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int number = versionNumber == null ? tenant.currentVersion() : versionNumber;
        RoutineVersion version =
                tenant.version(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Routine routine = version.routine();
        String language = locale.getLanguage();
        model.addAttribute("tenant", tenant);
        model.addAttribute("version", version);
        model.addAttribute("current", number == tenant.currentVersion());
        model.addAttribute("routine", routine);
        model.addAttribute("extraLanguages", LanguageConfiguration.extraLanguagesOf(routine));
        model.addAttribute("easyRead", easyRead);
        model.addAttribute("lang", language);
        model.addAttribute("complaintCategories", names(routine, Routine.Track.COMPLAINT, language));
        model.addAttribute("whistleblowingCategories", names(routine, Routine.Track.WHISTLEBLOWING, language));
        model.addAttribute("whistleblowing", routine.hasWhistleblowingTrack());
        model.addAttribute("reportReceivers", tenant.receiversOf(number));
        model.addAttribute("complaint", routine.deadlines().complaint());
        model.addAttribute("report", routine.deadlines().whistleblowing());
        model.addAttribute(
                "followsDirective", followsDirective(routine.deadlines().whistleblowing()));
        model.addAttribute(
                "participantsMayComplain",
                routine.who().complainantTypes().contains(Routine.ComplainantType.PARTICIPANT));
        model.addAttribute("validFrom", date(version));
        // Routine 001: evaluated every year; the published routine says when it last was (issue 29).
        model.addAttribute(
                "lastEvaluatedOn",
                tenant.lastEvaluatedOn() == null ? null : NorwegianTime.PAGES.day(tenant.lastEvaluatedOn()));
        model.addAttribute(
                "versions",
                tenant.routines().reversed().stream()
                        .map(v -> new VersionLine(v.version(), date(v)))
                        .toList());
        return "routine/document";
    }

    /** A version in the list of all versions: its number and the day it took effect. */
    record VersionLine(int number, String validFrom) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static String date(RoutineVersion version) {
        return DATE.format(version.validFrom().atZone(OSLO));
    }

    /**
     * Whether the whistleblowing deadlines are within those of the EU Whistleblowing Directive, which the document may
     * then say it follows: an acknowledgement within 7 days and feedback within 3 months, however the span falls.
     */
    static boolean followsDirective(Routine.TrackDeadlines deadlines) {
        Routine.Span feedback = deadlines.handling();
        boolean withinThreeMonths = feedback.unit() == Routine.SpanUnit.MONTHS
                ? feedback.amount() <= 3
                : longestDays(feedback) <= SHORTEST_THREE_MONTHS;
        return longestDays(deadlines.acknowledgement()) <= 7 && withinThreeMonths;
    }

    /** February to April: the fewest days three months can have. */
    private static final int SHORTEST_THREE_MONTHS = 89;

    /** The most calendar days a span can last (holidays aside). */
    private static int longestDays(Routine.Span span) {
        int amount = span.amount();
        return switch (span.unit()) {
            case DAYS -> amount;
            // A weekend may fall in every five working days, and one more around the start.
            case WORKING_DAYS -> amount + 2 * ((amount + 4) / 5);
            case WEEKS -> amount * 7;
            case MONTHS -> amount * 31;
        };
    }

    private static List<String> names(Routine routine, Routine.Track track, String language) {
        return routine.categories().stream()
                .filter(c -> c.track() == track && !c.retired())
                .map(c -> c.names().in(language))
                .toList();
    }
}
