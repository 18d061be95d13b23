package no.klagesak.web.board;

import java.util.Locale;
import java.util.Map;
import no.klagesak.web.Download;
import no.klagesak.web.services.ReportingServiceClient;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual report's section on complaints (årsmelding) as PDF, Excel or CSV, made in the background: the page shows
 * how far it has come and offers the file when it is ready. Without JavaScript the reader updates the page with a
 * link; with it, the page asks by itself and announces the steps.
 */
@Controller
class ExportController {

    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv", "text/csv;charset=UTF-8");

    private final ReportingServiceClient reporting;
    private final MessageSource messages;

    ExportController(ReportingServiceClient reporting, MessageSource messages) {
        this.reporting = reporting;
        this.messages = messages;
    }

    @PostMapping("/styret/eksport")
    String start(@RequestParam(name = "ar") int year, @RequestParam(name = "format") String format) {
        if (!TYPES.containsKey(format)) throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        return "redirect:/styret/eksport/" + reporting.startExport(year, format).id();
    }

    @GetMapping("/styret/eksport/{id}")
    String progress(@PathVariable String id, Locale locale, Model model) {
        var export = found(id);
        model.addAttribute("export", export);
        model.addAttribute("status", status(export, locale));
        return "board/export";
    }

    /** What the page's script asks for: the same status as the page shows. */
    record Status(String state, int percent, String text, boolean done, boolean failed, String file) {}

    @GetMapping("/styret/eksport/{id}/status")
    @ResponseBody
    Status status(@PathVariable String id, Locale locale) {
        return status(found(id), locale);
    }

    @GetMapping("/styret/eksport/{id}/fil")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        var export = found(id);
        if (!export.done()) throw new ResponseStatusException(HttpStatus.CONFLICT);
        return Download.of(reporting.exportFile(id), TYPES.get(export.format()), export.fileName());
    }

    private ReportingServiceClient.Export found(String id) {
        return reporting.export(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Status status(ReportingServiceClient.Export export, Locale locale) {
        String text = export.failed()
                ? messages.getMessage("export.failed", null, locale)
                : export.done()
                        ? messages.getMessage("export.done", new Object[] {export.fileName()}, locale)
                        : messages.getMessage(
                                "export.step",
                                new Object[] {
                                    Math.min(export.step() + 1, export.steps()),
                                    export.steps(),
                                    messages.getMessage(
                                            "export.step." + Math.min(export.step() + 1, export.steps()), null, locale)
                                },
                                locale);
        return new Status(
                export.state(),
                export.percent(),
                text,
                export.done(),
                export.failed(),
                "/styret/eksport/" + export.id() + "/fil");
    }
}
