package no.klagesak.web.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FieldLabelsTest {

    private final FieldLabels nb = new FieldLabels(messages(), Locale.forLanguageTag("nb"));

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void a_setting_is_named_as_on_the_settings_page() {
        assertThat(nb.label("deadlines.whistleblowing.acknowledgement.unit"))
                .isEqualTo("Varsler: Frist for skriftlig bekreftelse");
        assertThat(nb.label("who.anonymousAllowed")).isEqualTo("Anonyme klager tas imot");
        assertThat(nb.label("categories[OTHER].retired")).isEqualTo("Kategori OTHER: Ikke i bruk");
        assertThat(nb.label("people[p-7].lineManagerId")).isEqualTo("Person p-7: Nærmeste leder");
    }

    @Test
    void a_path_it_does_not_know_is_shown_as_it_is() {
        assertThat(nb.label("something.new")).isEqualTo("something.new");
    }
}
