package no.klagesak.web.tenantadmin;

import no.klagesak.web.Download;
import no.klagesak.web.services.ArchiveOffer;
import no.klagesak.web.services.IntakeClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tenant admin hands a year that is over to the archive (the routines' "journal system"; a municipality's archive
 * takes Noark 5): the page says what the year's extract holds and what it leaves out; the download is the zip.
 */
@Controller
class ArchiveController {

    private final IntakeClient intake;

    ArchiveController(IntakeClient intake) {
        this.intake = intake;
    }

    @GetMapping("/admin/arkiv")
    String page(@RequestParam(name = "ar", required = false) @Nullable String year, Model model) {
        ArchiveOffer offer = intake.archiveOffer(null);
        Integer chosen = chosen(offer, year);
        if (chosen != null && chosen != offer.summary().year()) offer = intake.archiveOffer(chosen);
        model.addAttribute("offer", offer);
        model.addAttribute("unknownYear", year != null && chosen == null);
        return "tenantadmin/archive";
    }

    @GetMapping("/admin/arkiv/uttrekk")
    ResponseEntity<byte[]> extract(@AuthenticationPrincipal OidcUser user, @RequestParam(name = "ar") String year) {
        ArchiveOffer offer = intake.archiveOffer(null);
        Integer chosen = chosen(offer, year);
        if (chosen == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (chosen != offer.summary().year()) offer = intake.archiveOffer(chosen);
        // A year in which no case ended has no extract; the page says so and offers none.
        if (offer.summary().contents().cases() == 0) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        String tenant = no.klagesak.web.StaffTenant.of(user);
        return Download.of(
                intake.archiveExtract(chosen), "application/zip", "noark5-" + tenant + "-" + chosen + ".zip");
    }

    /** The year asked for when it is one on offer; null for none or another. */
    private static @Nullable Integer chosen(ArchiveOffer offer, @Nullable String year) {
        if (year == null) return offer.summary().year();
        try {
            int asked = Integer.parseInt(year.strip());
            return offer.years().contains(asked) ? asked : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
