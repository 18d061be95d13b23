package no.klagesak.web;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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

    /** {@code rtl} for a language written right to left (Arabic), else {@code ltr}; on every page's {@code html}. */
    @ModelAttribute("textDirection")
    String textDirection(Locale locale) {
        return LanguageConfiguration.RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    static boolean has(@Nullable Authentication authentication, String role) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
