package no.klagesak.web.tenantadmin;

import java.util.Optional;
import no.klagesak.web.Download;
import no.klagesak.web.StaffTenant;
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
        Integer asked = number(year);
        Optional<ArchiveOffer> offer = asked == null ? Optional.empty() : intake.archiveOffer(asked);
        model.addAttribute("unknownYear", year != null && offer.isEmpty());
        model.addAttribute("offer", offer.or(() -> intake.archiveOffer(null)).orElseThrow());
        return "tenantadmin/archive";
    }

    /** The year's extract; a year not over, or one in which no case ended, has none (the page says which). */
    @GetMapping("/admin/arkiv/uttrekk")
    ResponseEntity<byte[]> extract(@AuthenticationPrincipal OidcUser user, @RequestParam(name = "ar") String year) {
        Integer asked = number(year);
        byte[] zip = (asked == null ? Optional.<byte[]>empty() : intake.archiveExtract(asked))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Download.of(zip, "application/zip", "noark5-" + StaffTenant.of(user) + "-" + asked + ".zip");
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
