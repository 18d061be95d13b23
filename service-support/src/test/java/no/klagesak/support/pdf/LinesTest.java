package no.klagesak.support.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Lines fill the width greedily: none is wider than the page, and none could have taken the next word too. */
class LinesTest {

    private static final float WIDTH = 300;
    private static final float SIZE = 11;

    @Test
    void each_line_fits_and_the_next_word_would_not_have() throws Exception {
        String[] words = {
            "klage",
            "og",
            "behandling",
            "Veilederen",
            "svarer",
            "ikke",
            "på",
            "e-post,",
            "FJV-2026-0042",
            "https://klagesak.example/t/fjordvekst/oppfolging",
            "æøå",
            "ønsket",
            "endring:",
            "møte."
        };
        var random = new Random(42);
        try (var document = new PDDocument()) {
            var font = PdfA.font(document, PdfA.parsed(PdfA.REGULAR));
            var lines = new Lines(font, SIZE, WIDTH);
            for (int paragraph = 0; paragraph < 50; paragraph++) {
                var text = new StringBuilder();
                for (int w = 0; w < 20 + random.nextInt(60); w++) {
                    if (!text.isEmpty()) text.append(" ");
                    text.append(words[random.nextInt(words.length)]);
                }
                var laid = lines.of(text.toString(), false);
                for (int i = 0; i < laid.size(); i++) {
                    var line = laid.get(i);
                    assertThat(line.width()).as(line.glyphs()).isLessThanOrEqualTo(WIDTH);
                    assertThat(line.width()).isEqualTo(font.getStringWidth(line.glyphs()) / 1000 * SIZE);
                    if (i + 1 < laid.size()) {
                        String next = laid.get(i + 1).glyphs().split(" ")[0];
                        float wider = font.getStringWidth(line.glyphs() + " " + next) / 1000 * SIZE;
                        assertThat(wider)
                                .as("'%s' had room for '%s' in %s", line.glyphs(), next, laid)
                                .isGreaterThan(WIDTH);
                    }
                }
                // Nothing lost or added: lines break between words and after a link's slash.
                String joined =
                        String.join("", laid.stream().map(Lines.Line::glyphs).toList());
                assertThat(joined.replace(" ", "")).isEqualTo(text.toString().replace(" ", ""));
            }
        }
    }
}
