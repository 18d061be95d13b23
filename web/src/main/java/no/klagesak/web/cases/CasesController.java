package no.klagesak.web.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import no.klagesak.web.Download;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.CategoryNames;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.PageParts;
import no.klagesak.web.services.RoutingServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handler's inbox and case page. Routing decides who may see a case; intake decides again for its text. */
@Controller
class CasesController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final RoutingServiceClient routing;
    private final IntakeClient intake;
    private final MessageSource messages;
    private final CategoryNames categoryNames;
    private final NotificationServiceClient notifications;
    private final PageParts parts;
    private final Clock clock = Clock.system(OSLO);

    CasesController(
            RoutingServiceClient routing,
            IntakeClient intake,
            NotificationServiceClient notifications,
            MessageSource messages,
            CategoryNames categoryNames,
            PageParts parts) {
        this.parts = parts;
        this.notifications = notifications;
        this.categoryNames = categoryNames;
        this.routing = routing;
        this.intake = intake;
        this.messages = messages;
    }

    /** A line of the timeline with its time in Oslo: a step of the case, or a notice that was sent or owed. */
    record ShownStep(
            RoutingServiceClient.@Nullable Step step,
            NotificationServiceClient.@Nullable Delivery delivery,
            String when,
            Instant at) {}

    /** A line of the inbox. */
    record InboxLine(RoutingServiceClient.CaseLine line, boolean overdue, boolean dueSoon) {}

    /**
     * The handler's own cases: the open ones by default, soonest deadline first; {@code ?vis=lukkede} those answered,
     * decided or withdrawn, latest deadline first; {@code ?vis=alle} both. Only an open case can be late.
     */
    @GetMapping("/saker")
    String inbox(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(name = "vis", defaultValue = "apne") String show,
            @RequestParam(name = "side", required = false) @Nullable Integer side,
            Locale locale,
            Model model) {
        model.addAttribute("categoryNames", categoryNames.of(StaffTenant.of(user), locale));
        LocalDate today = LocalDate.now(clock);
        String shown = List.of("apne", "lukkede", "alle").contains(show) ? show : "apne";
        String asked = switch (shown) {
            case "lukkede" -> "CLOSED";
            case "alle" -> "ALL";
            default -> "OPEN";
        };
        // Routing reads one page of the handler's cases, in the order the list shows them.
        var found = routing.casesOf(user.getPreferredUsername(), asked, Pager.page(side));
        List<InboxLine> lines = found.lines().stream()
                .map(c -> new InboxLine(
                        c,
                        c.open() && c.deadline().isBefore(today),
                        c.open() && !c.deadline().isAfter(today.plusDays(3))))
                .toList();
        model.addAttribute("shown", shown);
        model.addAttribute("lines", lines);
        model.addAttribute("overdueCount", found.overdue());
        model.addAttribute("pager", Pager.of("/saker", Map.of("vis", shown), found.page(), found.more()));
        return "cases/inbox";
    }

    /**
     * The managers' overview: the triage queue, escalations, deviations, overdue cases and every open case, narrowed
     * by track, category and handler with a plain GET form (it works without JavaScript, and the address can be kept).
     */
    @GetMapping("/oversikt")
    String overview(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(name = "spor", required = false) @Nullable String track,
            @RequestParam(name = "kategori", required = false) @Nullable String category,
            @RequestParam(name = "behandler", required = false) @Nullable String handler,
            @RequestParam(name = "del", required = false) @Nullable String part,
            @RequestParam(name = "side", required = false) @Nullable Integer side,
            Locale locale,
            Model model) {
        var all = routing.overview();
        Map<String, String> names = categoryNames.of(StaffTenant.of(user), locale);
        model.addAttribute("categoryNames", names);
        model.addAttribute("tracks", tracksOf(all));
        model.addAttribute(
                "categories",
                all.stream()
                        .map(RoutingServiceClient.OverviewLine::category)
                        .distinct()
                        .sorted(Comparator.comparing(c -> names.getOrDefault(c, c)))
                        .toList());
        Map<String, String> handlers = new TreeMap<>();
        all.stream()
                .filter(l -> l.handler() != null)
                .forEach(l -> handlers.put(l.handler(), l.handlerName() == null ? l.handler() : l.handlerName()));
        model.addAttribute("handlers", handlers);
        model.addAttribute("spor", blankToNull(track));
        model.addAttribute("kategori", blankToNull(category));
        model.addAttribute("behandler", blankToNull(handler));
        var lines = all.stream()
                .filter(l -> blankToNull(track) == null || l.track().equals(track))
                .filter(l -> blankToNull(category) == null || l.category().equals(category))
                .filter(l -> blankToNull(handler) == null || handler.equals(l.handler()))
                .toList();
        model.addAttribute("filtered", lines.size() != all.size());
        // The overview's parts, in the order shown; each is also in the model by name, for the counts.
        Map<String, Predicate<RoutingServiceClient.OverviewLine>> which = new LinkedHashMap<>();
        which.put("triage", l -> l.state().equals("TRIAGE"));
        which.put("escalated", l -> l.state().equals("ESCALATED"));
        which.put("deviations", RoutingServiceClient.OverviewLine::deviation);
        which.put("overdue", RoutingServiceClient.OverviewLine::overdue);
        which.put("waitingLong", RoutingServiceClient.OverviewLine::waitingLong);
        which.put(
                "open",
                l -> List.of("ASSIGNED", "IN_PROGRESS", "WAITING_FOR_COMPLAINANT")
                        .contains(l.state()));
        Map<String, List<RoutingServiceClient.OverviewLine>> sections = new LinkedHashMap<>();
        which.forEach((name, in) -> {
            var section = lines.stream().filter(in).toList();
            sections.put(name, section);
            model.addAttribute(name, section);
        });
        // Each part shows its first lines and a link to all of them, a page at a time: a large tenant's overview stays
        // one screen, and the page renders what it shows, not two thousand rows.
        String shownPart = part != null && sections.containsKey(part) ? part : null;
        Map<String, @Nullable Object> kept = new LinkedHashMap<>();
        kept.put("spor", blankToNull(track));
        kept.put("kategori", blankToNull(category));
        kept.put("behandler", blankToNull(handler));
        Map<String, OverviewPart> parts = new LinkedHashMap<>();
        for (String name : shownPart == null ? sections.keySet() : List.of(shownPart)) {
            var whole = sections.get(name);
            Map<String, @Nullable Object> withPart = new LinkedHashMap<>(kept);
            withPart.put("del", name);
            parts.put(
                    name,
                    shownPart == null
                            ? OverviewPart.first(whole, Pager.first("/oversikt", withPart), FIRST_LINES)
                            : OverviewPart.page(whole, withPart, Pager.page(side)));
        }
        model.addAttribute("parts", parts);
        model.addAttribute("part", shownPart);
        model.addAttribute("back", Pager.first("/oversikt", kept));
        return "cases/overview";
    }

    private static final int FIRST_LINES = 20;
    private static final int PAGE_LINES = 50;

    /**
     * A part of the overview as shown: its lines, how many it has in all, the address of all of them (on the overview)
     * or the pages of them (on a part's own page).
     */
    record OverviewPart(
            List<RoutingServiceClient.OverviewLine> lines,
            int total,
            @Nullable String all,
            @Nullable Pager pager) {

        static OverviewPart first(List<RoutingServiceClient.OverviewLine> whole, String allOf, int lines) {
            return new OverviewPart(
                    whole.subList(0, Math.min(lines, whole.size())),
                    whole.size(),
                    whole.size() > lines ? allOf : null,
                    null);
        }

        static OverviewPart page(
                List<RoutingServiceClient.OverviewLine> whole, Map<String, @Nullable Object> kept, int page) {
            int from = Math.min(page * PAGE_LINES, whole.size());
            int to = Math.min(from + PAGE_LINES, whole.size());
            return new OverviewPart(
                    whole.subList(from, to), whole.size(), null, Pager.of("/oversikt", kept, page, to < whole.size()));
        }
    }

    /**
     * Every case the manager may see, open and answered, with its outcome (routines 000, 001, 003: the managing
     * director sees every complaint, resolved ones included), narrowed by the year it came in, its type and its
     * outcome; newest first.
     */
    @GetMapping("/oversikt/alle")
    String all(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(name = "ar", required = false) @Nullable Integer year,
            @RequestParam(name = "spor", required = false) @Nullable String track,
            @RequestParam(name = "utfall", required = false) @Nullable String outcome,
            @RequestParam(name = "side", required = false) @Nullable Integer side,
            Locale locale,
            Model model) {
        String spor = track != null && TRACKS.contains(track) ? track : null;
        String utfall = outcome != null && OUTCOMES.contains(outcome) ? outcome : null;
        // Routing reads one page, the latest received first, however many years the tenant has.
        var found = routing.received(year, spor, utfall, Pager.page(side));
        model.addAttribute("categoryNames", categoryNames.of(StaffTenant.of(user), locale));
        model.addAttribute("years", found.years());
        model.addAttribute("tracks", TRACKS);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("ar", year);
        model.addAttribute("spor", spor);
        model.addAttribute("utfall", utfall);
        var lines = found.lines().stream()
                .map(l -> new AllLine(l, l.receivedAt() == null ? "" : NorwegianTime.PAGES.day(l.receivedAt())))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("first", found.page() * found.size() + 1);
        model.addAttribute("filtered", year != null || spor != null || utfall != null);
        Map<String, @Nullable Object> kept = new LinkedHashMap<>();
        kept.put("ar", year);
        kept.put("spor", spor);
        kept.put("utfall", utfall);
        model.addAttribute("pager", Pager.of("/oversikt/alle", kept, found.page(), found.more()));
        return "cases/all";
    }

    private static final List<String> TRACKS = List.of("COMPLAINT", "WHISTLEBLOWING");
    private static final List<String> OUTCOMES = List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "WITHDRAWN", "NONE");

    /** A line of the list of every case, with the day it came in as the reader reads dates. */
    record AllLine(RoutingServiceClient.OverviewLine line, String received) {}

    /** The tracks the cases are on, for a filter's choices. */
    private static List<String> tracksOf(List<RoutingServiceClient.OverviewLine> lines) {
        return lines.stream()
                .map(RoutingServiceClient.OverviewLine::track)
                .distinct()
                .sorted()
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @GetMapping("/saker/{complaintId}")
    String show(
            @AuthenticationPrincipal OidcUser user,
            @PathVariable String complaintId,
            @RequestParam(name = "varsler", required = false) @Nullable String showReporter,
            Locale locale,
            Model model) {
        // Who reported a whistleblowing report: only when asked for, only to those who investigate it; logged.
        if (showReporter != null) {
            model.addAttribute("reporter", intake.reporter(complaintId).orElse(null));
            model.addAttribute("reporterAsked", true);
        }
        model.addAttribute("categoryNames", categoryNames.of(StaffTenant.of(user), locale));
        // Three calls at once, one to each service the page reads; a service that is away leaves its part out.
        parts.readyTheToken();
        var askedCase = parts.ask("routing-service", () -> routing.workflow(complaintId));
        var askedText = parts.ask("intake-service", () -> intake.withConversation(complaintId));
        var askedLog = parts.ask("notification-service", () -> notifications.ofCase(complaintId));
        PageParts.all(askedCase, askedText, askedLog);
        var found = PageParts.of(askedCase);
        // Without routing there is no case to show: the error page, which says to try again shortly.
        if (found.missing()) throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        var workflow = found.value().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var line = workflow.assignment();
        var text = PageParts.of(askedText);
        var log = PageParts.of(askedLog);
        model.addAttribute("line", line);
        model.addAttribute("workflow", workflow);
        model.addAttribute("textMissing", text.missing());
        model.addAttribute("logMissing", log.missing());
        // Once the receiver has said whom it concerns, the name the complainant gave is settled.
        model.addAttribute(
                "concernedCorrected",
                workflow.timeline().stream().anyMatch(s -> "CORRECT_CONCERNED".equals(s.action())));
        // The case's delivery log goes into its timeline, by time; times as every page shows them.
        var when = NorwegianTime.PAGES;
        var steps = new ArrayList<ShownStep>();
        workflow.timeline().forEach(s -> steps.add(new ShownStep(s, null, when.at(s.at()), s.at())));
        (log.missing() ? List.<NotificationServiceClient.Delivery>of() : log.value()).forEach(d -> {
            var at = d.sentAt() != null ? d.sentAt() : d.createdAt();
            steps.add(new ShownStep(null, d, when.at(at), at));
        });
        steps.sort(Comparator.comparing(ShownStep::at));
        model.addAttribute("steps", steps);
        var read = text.missing() ? Optional.<IntakeClient.WithConversation>empty() : text.value();
        model.addAttribute(
                "complaint", read.map(IntakeClient.WithConversation::complaint).orElse(null));
        model.addAttribute(
                "conversation",
                read.map(IntakeClient.WithConversation::conversation).orElse(null));
        model.addAttribute(
                "journal", read.map(IntakeClient.WithConversation::journal).orElse(null));
        model.addAttribute("overdue", workflow.deadline().isBefore(LocalDate.now(clock)));
        // The written acknowledgement a handler gives where no e-mail or receipt page did (routine 000).
        boolean acknowledged =
                workflow.timeline().stream().anyMatch(s -> s.action().equals("ACKNOWLEDGE"));
        boolean byHandler = "BY_HANDLER".equals(line.acknowledgement());
        model.addAttribute("acknowledgementDue", byHandler && !acknowledged);
        model.addAttribute(
                "acknowledgementOverdue",
                byHandler
                        && !acknowledged
                        && line.acknowledgeBy() != null
                        && line.acknowledgeBy().isBefore(LocalDate.now(clock)));
        // Datatilsynet: the person a case names is told within a month, or the exception justified.
        model.addAttribute(
                "concernedNoticeOverdue",
                workflow.concernedNoticeOwed() && workflow.concernedNoticeBy().isBefore(LocalDate.now(clock)));
        model.addAttribute("outcomes", List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"));
        // Routine 001: a written complaint is discussed with the receiver's superior before it is answered.
        model.addAttribute(
                "undiscussed",
                workflow.discussWith() != null
                        && workflow.timeline().stream()
                                .noneMatch(s -> s.action().equals("DISCUSSED_WITH_SUPERIOR")));
        model.addAttribute("dates", NorwegianTime.PAGES);
        return "cases/case";
    }

    /**
     * The case's whole file as one PDF/A (the case, its journal, each record's text), for an archive without a Noark
     * import; intake lets those who read the case have it, and logs it.
     */
    @GetMapping("/saker/{complaintId}/saksmappe")
    ResponseEntity<byte[]> caseFile(@PathVariable String complaintId) {
        byte[] pdf = intake.caseFile(complaintId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Download.of(pdf, "application/pdf", "saksmappe-" + complaintId + ".pdf");
    }

    /** A notice to the complainant as a PDF letter, for a complainant who gets their answer by post. */
    @GetMapping("/saker/{complaintId}/brev")
    ResponseEntity<byte[]> letter(@PathVariable String complaintId, @RequestParam String notice) {
        byte[] pdf = notifications.letter(notice).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Download.of(pdf, "application/pdf", "brev-" + complaintId + ".pdf");
    }

    /** One step from a form on the case page; the reason in words when routing refuses it. */
    @PostMapping("/saker/{complaintId}")
    String step(
            @PathVariable String complaintId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String handler,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String improvements,
            @RequestParam(required = false) @Nullable String newDeadline,
            @RequestParam(required = false) @Nullable String minutesAgreed,
            @RequestParam(required = false) @Nullable List<String> concerned,
            @RequestParam(required = false) @Nullable String confirmed,
            Locale locale,
            RedirectAttributes redirect) {
        if (action == null || action.isBlank()) {
            // A form with a choice of steps (the meeting's minutes) sent without one.
            redirect.addFlashAttribute("refused", messages.getMessage("cases.meeting.choose", null, locale));
            return "redirect:/saker/" + complaintId;
        }
        Optional<String> refused;
        boolean final_ = action.equals("RESOLVE") || action.equals("DECIDE");
        if (final_ && confirmed == null) {
            // The answer goes to the complainant and cannot be taken back: nothing is sent before the tick.
            refused = Optional.of(messages.getMessage("cases.confirm.missing", null, locale));
        } else if (action.equals("ASK")) {
            refused = intake.ask(complaintId, text == null ? "" : text)
                    .map(problem -> messages.getMessage("case.ask.refused." + problem, null, locale));
        } else {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("action", action);
            step.put("version", version);
            step.put("text", text);
            step.put("reason", reason);
            step.put("handler", handler);
            step.put("outcome", outcome == null || outcome.isBlank() ? null : outcome);
            step.put("improvements", improvements);
            step.put("newDeadline", newDeadline == null || newDeadline.isBlank() ? null : newDeadline);
            // Choosing "both agreed the minutes in the meeting" is the handler's statement that they did.
            step.put("minutesAgreed", minutesAgreed != null || action.equals("RECORD_MEETING"));
            // No one ticked: it concerns no one in particular.
            if (action.equals("CORRECT_CONCERNED")) step.put("concerned", concerned == null ? List.of() : concerned);
            refused = routing.step(complaintId, step);
        }
        if (refused.isPresent()) {
            redirect.addFlashAttribute("refused", refused.get());
            redirect.addFlashAttribute("refusedAction", action);
            if (final_) {
                // What was written stays in the form, so a refusal never costs the answer.
                Map<String, String> draft = new LinkedHashMap<>();
                draft.put("text", text == null ? "" : text);
                draft.put("outcome", outcome == null ? "" : outcome);
                draft.put("improvements", improvements == null ? "" : improvements);
                redirect.addFlashAttribute("draft", draft);
            }
        } else {
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "case.done." + action, null, messages.getMessage("case.done.OTHER", null, locale), locale));
            // The management group sees a case only while it waits in its queue: once given out, back to the queue.
            if (action.equals("ASSIGN")) return "redirect:/oversikt";
        }
        return "redirect:/saker/" + complaintId;
    }
}
