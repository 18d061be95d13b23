package no.klagesak.web.tenantadmin;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import no.klagesak.web.Download;
import no.klagesak.web.NorwegianTime;
import no.klagesak.web.services.ArchiveOffer;
import no.klagesak.web.services.IntakeClient;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The tenant admin hands a year that is over to the archive (the routines' "journal system"; a municipality's archive
 * takes Noark 5): the page says what the year's extract holds and what it leaves out. Intake makes the zip in the
 * background, document by document; the extract's page shows how far it has come and offers the file when it is ready.
 * Without JavaScript the reader updates the page with a link; with it, the page asks by itself.
 */
@Controller
class ArchiveController {

    private final IntakeClient intake;
    private final MessageSource messages;

    ArchiveController(IntakeClient intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @GetMapping("/admin/arkiv")
    String page(@RequestParam(name = "ar", required = false) @Nullable String year, Model model) {
        Integer asked = number(year);
        Optional<ArchiveOffer> offer = asked == null ? Optional.empty() : intake.archiveOffer(asked);
        model.addAttribute("unknownYear", year != null && offer.isEmpty());
        model.addAttribute("offer", offer.or(() -> intake.archiveOffer(null)).orElseThrow());
        model.addAttribute("dates", NorwegianTime.PAGES);
        return "tenantadmin/archive";
    }

    /**
     * Asks for the year's extract and shows its progress; a second ask while it is made shows the same one. A year not
     * over, or one in which no case ended, goes back to the page, which says which.
     */
    @PostMapping("/admin/arkiv/uttrekk")
    String start(@RequestParam(name = "ar") String year) {
        Integer asked = number(year);
        return (asked == null ? Optional.<ArchiveOffer.Extract>empty() : intake.startArchiveExtract(asked))
                .map(extract -> "redirect:/admin/arkiv/uttrekk/" + extract.id())
                .orElse("redirect:/admin/arkiv?ar=" + (asked == null ? "" : asked));
    }

    @GetMapping("/admin/arkiv/uttrekk/{id}")
    String progress(
            @PathVariable String id,
            @RequestParam(name = "slettet", required = false) @Nullable String erasedSince,
            Locale locale,
            Model model) {
        var extract = found(id);
        model.addAttribute("erasedSince", erasedSince != null);
        model.addAttribute("extract", extract);
        model.addAttribute("status", status(extract, locale));
        return "tenantadmin/archive-extract";
    }

    /** What the page's script asks for: the same status as the page shows. */
    record Status(String state, int percent, String text, boolean done, boolean failed, String file) {}

    @GetMapping("/admin/arkiv/uttrekk/{id}/status")
    @ResponseBody
    Status status(@PathVariable String id, Locale locale) {
        return status(found(id), locale);
    }

    /**
     * The zip, passed on as intake sends it: a year's extract can be far larger than a page. One that holds content
     * erased since it was made is not given: the extract's page says so and offers to make it again.
     */
    @GetMapping("/admin/arkiv/uttrekk/{id}/fil")
    ResponseEntity<StreamingResponseBody> file(@PathVariable String id) {
        var extract = found(id);
        if (!extract.ready()) throw new ResponseStatusException(HttpStatus.CONFLICT);
        InputStream zip;
        try {
            zip = intake.archiveExtractFile(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (HttpClientErrorException.Gone erasedSince) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/admin/arkiv/uttrekk/" + id + "?slettet"))
                    .build();
        }
        return Download.as("application/zip", extract.fileName()).body(out -> {
            try (zip) {
                zip.transferTo(out);
            }
        });
    }

    private ArchiveOffer.Extract found(String id) {
        return intake.archiveExtract(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Status status(ArchiveOffer.Extract extract, Locale locale) {
        return new Status(
                extract.state(),
                extract.percent(),
                text(extract, locale),
                extract.ready(),
                extract.failed(),
                "/admin/arkiv/uttrekk/" + extract.id() + "/fil");
    }

    /** The step in words: waiting, how many documents of how many, describing them, done or failed. */
    String text(ArchiveOffer.Extract extract, Locale locale) {
        if (extract.failed()) return messages.getMessage("admin.archive.extract.failed", null, locale);
        if (extract.ready()) {
            return messages.getMessage(
                    "admin.archive.extract.done",
                    new Object[] {extract.fileName(), megabytes(extract.size(), locale)},
                    locale);
        }
        int documents = extract.total() - 1;
        if (extract.total() == 0) return messages.getMessage("admin.archive.extract.waiting", null, locale);
        if (extract.done() >= documents) return messages.getMessage("admin.archive.extract.describing", null, locale);
        return messages.getMessage(
                "admin.archive.extract.step", new Object[] {"" + extract.done(), "" + documents}, locale);
    }

    private static String megabytes(long bytes, Locale locale) {
        return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
    }

    private static @Nullable Integer number(@Nullable String year) {
        if (year == null) return null;
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
