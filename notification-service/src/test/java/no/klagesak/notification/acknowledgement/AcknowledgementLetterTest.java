package no.klagesak.notification.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcknowledgementLetterTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 9);

    @Test
    void the_bokmaal_letter_states_the_reference_the_handling_time_and_the_due_date() {
        Letter letter = AcknowledgementLetter.compose("nb", "Fjordvekst AS", "2026-00042", "COMPLAINT", 14, DUE);

        assertThat(letter.subject()).isEqualTo("Kvittering: vi har mottatt klagen din (saksnr. 2026-00042)");
        assertThat(letter.body())
                .contains("Fjordvekst AS har mottatt klagen din")
                .contains("Forventet behandlingstid er 14 dager")
                .contains("innen 09.12.2026");
    }

    @Test
    void nynorsk_and_english_letters_say_the_same() {
        assertThat(AcknowledgementLetter.compose("nn", "Fjordvekst AS", "2026-00042", "COMPLAINT", 14, DUE)
                        .body())
                .contains("har motteke klaga di", "14 dagar", "innan 09.12.2026");
        assertThat(AcknowledgementLetter.compose("en", "Fjordvekst AS", "2026-00042", "COMPLAINT", 14, DUE)
                        .body())
                .contains("has received your complaint", "14 days", "by 9 December 2026");
    }

    @Test
    void a_whistleblowing_report_is_called_what_it_is() {
        assertThat(AcknowledgementLetter.compose("nb", "Fjordvekst AS", "2026-00043", "WHISTLEBLOWING", 14, DUE)
                        .subject())
                .contains("varselet ditt");
    }

    @Test
    void an_unknown_language_falls_back_to_bokmaal() {
        assertThat(AcknowledgementLetter.compose("se", "Fjordvekst AS", "2026-00042", "COMPLAINT", 14, DUE)
                        .subject())
                .startsWith("Kvittering");
    }
}
