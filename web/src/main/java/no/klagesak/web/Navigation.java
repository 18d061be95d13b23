package no.klagesak.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import no.klagesak.contracts.tenant.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's menu needs: which of the role pages the user may open. */
@ControllerAdvice
class Navigation {

    @ModelAttribute("isTenantAdmin")
    boolean isTenantAdmin(@Nullable Authentication authentication) {
        return has(authentication, WebSecurity.TENANT_ADMIN);
    }

    @ModelAttribute("isOperator")
    boolean isOperator(@Nullable Authentication authentication) {
        return has(authentication, WebSecurity.OPERATOR);
    }

    @ModelAttribute("isManager")
    boolean isManager(@Nullable Authentication authentication) {
        return has(authentication, "managing-director") || has(authentication, "management");
    }

    @ModelAttribute("isBoard")
    boolean isBoard(@Nullable Authentication authentication) {
        return has(authentication, "board") || isManager(authentication);
    }

    @ModelAttribute("isStaff")
    boolean isStaff(@Nullable Authentication authentication) {
        return Arrays.stream(WebSecurity.STAFF).anyMatch(role -> has(authentication, role));
    }

    /** Anyone on the staff may report a deviation from the routine (routine 001). */
    @ModelAttribute("mayReportDeviation")
    boolean mayReportDeviation(@Nullable Authentication authentication) {
        return Arrays.stream(WebSecurity.DEVIATION_REPORTERS).anyMatch(role -> has(authentication, role));
    }

    /**
     * Those with a role that handles cases read reported deviations in the log (the managing director every one not
     * about them, a receiver those they got): the menu's "Avvik" and the board figures' link to the reports are for
     * them. The board reads the figures only, and a board member or an admin without such a role only reports.
     */
    @ModelAttribute("mayReadDeviations")
    boolean mayReadDeviations(@Nullable Authentication authentication) {
        return StaffRoles.HANDLING.stream().anyMatch(role -> has(authentication, role));
    }

    /** {@code rtl} for a language written right to left (Arabic), else {@code ltr}; on every page's {@code html}. */
    @ModelAttribute("textDirection")
    String textDirection(Locale locale) {
        return LanguageConfiguration.RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /**
     * Where each language link leads: this page with its own query (a list's filters and page number) and the
     * language, so switching language keeps what the visitor was looking at.
     */
    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(request.getQueryString());
    }

    /** The links of the language menu, from the page's query as the browser sent it. */
    public record LanguageLinks(@Nullable String query) {

        /** {@code ?…&lang=en}: relative to the page, with its other parameters as they came. */
        public String href(String language) {
            try {
                return UriComponentsBuilder.newInstance()
                        .query(query)
                        .replaceQueryParam("lang", language)
                        .build(true)
                        .toUriString();
            } catch (IllegalArgumentException malformed) {
                return "?lang=" + language;
            }
        }
    }

    static boolean has(@Nullable Authentication authentication, String role) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
