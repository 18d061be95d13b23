package no.klagesak.notification.notice.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import no.klagesak.notification.notice.Letter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A letter to post: it parses as PDF, keeps Norwegian letters, wraps long text over pages, and never fails on a character. */
class PdfLettersTest {

    private final PdfLetters letters = new PdfLetters();

    @Test
    void the_letter_parses_and_has_the_sender_the_date_the_subject_and_every_word_of_the_text() throws IOException {
        String text =
                "Hei,\n\nDu får delvis medhold. Vi har endret rutinen på verkstedet, og øvelsen i år gjøres på nytt.\n\n"
                        + "Ukrainsk: Дякуємо. Emoji: 🙂\n\n" + "Lang tekst. ".repeat(600) + "\n\nHilsen\nFjordvekst AS";
        byte[] pdf =
                letters.print("Fjordvekst AS", "26.11.2026", new Letter("Svar på klagen din (FJV-2026-0042)", text));

        try (var document = Loader.loadPDF(pdf)) {
            String read = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Svar på klagen din (FJV-2026-0042)");
            assertThat(read)
                    .contains("Fjordvekst AS", "26.11.2026", "Svar på klagen din (FJV-2026-0042)")
                    .contains("Du får delvis medhold.", "verkstedet, og øvelsen i år gjøres på")
                    .contains("Ukrainsk: ???????. Emoji: ?")
                    .endsWith("Fjordvekst AS" + System.lineSeparator());
        }
    }
}
