package no.klagesak.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.klagesak.contracts.tenant.Routine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bokmål by default; {@code ?lang=nn} or {@code ?lang=en} switches and is remembered in a cookie. A tenant's form is
 * also offered in the tenant's extra languages that have a message bundle; a text missing there falls back to Bokmål.
 */
@Configuration
public class LanguageConfiguration implements WebMvcConfigurer {

    /** The extra languages with a bundle ({@code messages_xx.properties}), by their own names. */
    public static final Map<String, String> EXTRA_LANGUAGES = new LinkedHashMap<>();

    static {
        EXTRA_LANGUAGES.put("uk", "Українська");
        EXTRA_LANGUAGES.put("ar", "العربية");
        EXTRA_LANGUAGES.put("so", "Soomaali");
        EXTRA_LANGUAGES.put("pl", "Polski");
    }

    /** A language a tenant offers its pages in, named in itself (its language menu's link text). */
    public record Language(String code, String name) {}

    /** The tenant's extra languages that the platform has its texts in, in the routine's order. */
    public static List<Language> extraLanguagesOf(Routine routine) {
        return routine.presentation().extraLanguages().stream()
                .filter(EXTRA_LANGUAGES::containsKey)
                .map(code -> new Language(code, EXTRA_LANGUAGES.get(code)))
                .toList();
    }

    /** Written right to left. */
    static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    /** Bokmål, Nynorsk, English and the extra languages: the only languages a page is ever in. */
    static boolean offered(@Nullable Locale locale) {
        if (locale == null) return false;
        String language = locale.getLanguage();
        return language.equals("nb")
                || language.equals("nn")
                || language.equals("en")
                || EXTRA_LANGUAGES.containsKey(language);
    }

    /**
     * The remembered language: a cookie no script reads, sent only over https where the session cookie is (browsers
     * treat http://localhost as secure), and not along on other sites' requests.
     */
    @Bean
    LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
        var resolver = new OfferedLanguages();
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(secure);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected @Nullable Locale parseLocaleValue(String value) {
                return OfferedLanguages.orBokmal(super.parseLocaleValue(value));
            }
        };
        change.setParamName("lang");
        // A malformed ?lang= keeps the page's language instead of failing the request.
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /**
     * The language from the cookie, Bokmål by default. A language not offered (?lang=xx, an old cookie) is Bokmål, so
     * a page never claims a language it is not written in ({@code lang="xx"}).
     */
    static final class OfferedLanguages extends CookieLocaleResolver {

        private static final Locale BOKMAL = Locale.forLanguageTag("nb");

        OfferedLanguages() {
            super("klagesak-lang");
            setDefaultLocale(BOKMAL);
        }

        @Override
        protected @Nullable Locale parseLocaleValue(String value) {
            return orBokmal(super.parseLocaleValue(value));
        }

        static @Nullable Locale orBokmal(@Nullable Locale locale) {
            if (locale == null) return null;
            // Only the language: a region or variant someone typed is not remembered.
            return offered(locale) ? Locale.forLanguageTag(locale.getLanguage()) : BOKMAL;
        }
    }
}
