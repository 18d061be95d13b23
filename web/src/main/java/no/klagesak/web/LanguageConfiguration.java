package no.klagesak.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Written right to left. */
    static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("klagesak-lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("nb"));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
