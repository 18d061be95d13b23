package no.klagesak.notification.notice.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.klagesak.notification.notice.Letter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A letter to post: it parses as PDF, prints every script a complainant may write in (Norwegian, Polish, Ukrainian,
 * Arabic right to left), wraps long text within the margins over pages, and never fails on a character.
 */
class PdfLettersTest {

    private static final float LEFT_MARGIN = 64;
    private static final float RIGHT_MARGIN = PDRectangle.A4.getWidth() - 64;

    private final PdfLetters letters = new PdfLetters();

    @Test
    void the_letter_parses_and_has_the_sender_the_date_the_subject_and_every_word_of_the_text() throws IOException {
        String text =
                "Hei,\n\nDu får delvis medhold. Vi har endret rutinen på verkstedet, og øvelsen i år gjøres på nytt.\n\n"
                        + "Ukrainsk: Дякуємо. Emoji: 🙂\n\n" + "Lang tekst. ".repeat(600) + "\n\nHilsen\nFjordvekst AS";
        byte[] pdf = letters.print(
                "Fjordvekst AS", "26.11.2026", new Letter("Svar på klagen din (FJV-2026-0042)", text), "nb");

        try (var document = Loader.loadPDF(pdf)) {
            String read = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Svar på klagen din (FJV-2026-0042)");
            assertThat(read.replace(System.lineSeparator(), " "))
                    .contains("Fjordvekst AS", "26.11.2026", "Svar på klagen din (FJV-2026-0042)")
                    .contains("Du får delvis medhold.", "verkstedet, og øvelsen i år gjøres på")
                    .contains("Ukrainsk: Дякуємо. Emoji: ?");
            assertThat(read).endsWith("Fjordvekst AS" + System.lineSeparator());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pl | Otrzymaliśmy Twoją skargę (FJV-2026-0042) | Otrzymamy odpowiedź do 9 grudnia 2026. Żółw, łódź i źrebię: zażółć gęślą jaźń.
            uk | Ми отримали вашу скаргу (FJV-2026-0042)   | Ви отримаєте відповідь до 9 грудня 2026 р. Її номер: FJV-2026-0042. Ґанок, їжак, є.
            """)
    void a_letter_in_polish_or_ukrainian_keeps_every_letter_and_reads_left_to_right(
            String language, String subject, String sentence) throws IOException {
        byte[] pdf = letters.print("Fjordvekst AS", "26.11.2026", new Letter(subject, sentence), language);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replace(System.lineSeparator(), " "))
                    .contains(subject, sentence);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
        }
        assertThat(seen(pdf)).allSatisfy(line -> assertThat(line.left()).isCloseTo(LEFT_MARGIN, within()));
    }

    @Test
    void a_letter_in_arabic_reads_right_to_left_from_the_right_margin_with_the_reference_and_code_left_to_right()
            throws IOException {
        String text = """
                مرحبًا،

                لقد تلقينا شكواك. رقمها FJV-2026-0042. رمزك هو 1234 5678 9012 3456 7890.

                ستحصل على رد بحلول 9 ديسمبر 2026.

                لا تتردد في الاتصال بنا.

                مع التحية
                Fjordvekst AS
                """;
        byte[] pdf = letters.print(
                "Fjordvekst AS", "9 ديسمبر 2026", new Letter("لقد تلقينا شكواك (FJV-2026-0042)", text), "ar");

        try (var document = Loader.loadPDF(pdf)) {
            // PDFBox's own reading puts the joined forms back into letters, in the order they are read.
            assertThat(Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC))
                    .contains("لقد تلقينا شكواك", "مع التحية", "ستحصل على رد بحلول", "Fjordvekst AS");
        }
        List<Line> lines = seen(pdf);
        assertThat(lines)
                .as("every line ends at the right margin")
                .allSatisfy(line -> assertThat(line.right()).isCloseTo(RIGHT_MARGIN, within()));
        assertThat(lines)
                .as("the Arabic words read right to left; the reference and the code, seen left to right, as written")
                .anySatisfy(line -> {
                    assertThat(line.readRightToLeft()).startsWith("لقد تلقينا شكواك ");
                    assertThat(line.text()).startsWith("(FJV-2026-0042) ");
                })
                .anySatisfy(line -> {
                    assertThat(line.readRightToLeft()).startsWith("لقد تلقينا شكواك. رقمها ");
                    assertThat(line.text()).contains("FJV-2026-0042", "1234 5678 9012 3456 7890");
                    // Read from the right: the reference, then the code.
                    assertThat(line.text().indexOf("1234"))
                            .isLessThan(line.text().indexOf("FJV"));
                })
                .anySatisfy(line -> {
                    assertThat(line.readRightToLeft()).startsWith("ستحصل على رد بحلول 9 ديسمبر ");
                    assertThat(line.text()).startsWith(".2026 ");
                })
                .anySatisfy(line -> assertThat(line.text()).isEqualTo("Fjordvekst AS"));
        assertThat(lines)
                .as("letters joined as in handwriting, lam and alef in one")
                .anySatisfy(line -> assertThat(line.text()).containsPattern("[\uFEF5-\uFEFC]"));
    }

    @Test
    void a_word_longer_than_the_line_and_a_long_line_in_any_script_are_wrapped_within_the_margins() throws IOException {
        String word = "Klagebehandlingsrutinegjennomgangsdokumentasjon".repeat(6);
        String link = "https://klagesak.example/t/fjordvekst/undersokelse/" + "AbCdEfGhIj".repeat(6);
        String arabic = "نحن نأخذ كل شكوى على محمل الجد ونعمل على حلها بسرعة. ".repeat(8);
        byte[] pdf = letters.print(
                "Fjordvekst AS",
                "26.11.2026",
                new Letter("Svar", word + "\n\nSvar her: " + link + "\n\n" + "Lang tekst på bokmål. ".repeat(40)),
                "nb");
        byte[] arabicPdf = letters.print("Fjordvekst AS", "26.11.2026", new Letter("رد", arabic), "ar");

        List<Line> lines = seen(pdf);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.left()).isGreaterThanOrEqualTo(LEFT_MARGIN - 0.5f);
            assertThat(line.right()).isLessThanOrEqualTo(RIGHT_MARGIN + 0.5f);
        });
        String joined = String.join("", lines.stream().map(Line::text).toList());
        assertThat(joined).contains(word, link);
        assertThat(lines.stream().filter(line -> line.text().startsWith("Klagebehandling")))
                .hasSizeGreaterThan(0);
        assertThat(lines).filteredOn(line -> line.text().contains("Lang tekst")).hasSizeGreaterThan(3);

        List<Line> arabicLines = seen(arabicPdf);
        assertThat(arabicLines).hasSizeGreaterThan(5).allSatisfy(line -> {
            assertThat(line.left()).isGreaterThanOrEqualTo(LEFT_MARGIN - 0.5f);
            assertThat(line.right()).isCloseTo(RIGHT_MARGIN, within());
        });
        assertThat(arabicLines.get(3).readRightToLeft())
                .as("the paragraph's first words begin its first line, at the right")
                .startsWith("نحن نأخذ كل شكوى");
    }

    /** One line as a reader sees it: its characters from left to right, and where it starts and ends on the page. */
    record Line(String text, float left, float right) {

        /** The line read from the right, with Arabic's joined forms as letters again. */
        String readRightToLeft() {
            return Normalizer.normalize(new StringBuilder(text).reverse().toString(), Normalizer.Form.NFKC);
        }
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.5f);
    }

    /** The glyphs drawn on every page, line by line from the top, each line's from left to right. */
    private static List<Line> seen(byte[] pdf) throws IOException {
        Map<String, List<TextPosition>> byLine = new TreeMap<>();
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String key = "%04d-%08.1f".formatted(getCurrentPageNo(), text.getYDirAdj());
                    byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
                }
            };
            stripper.getText(document);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> glyphs : byLine.values()) {
            glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.getUnicode()));
            float right = (float) glyphs.stream()
                    .mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj())
                    .max()
                    .orElseThrow();
            lines.add(new Line(text.toString(), glyphs.getFirst().getXDirAdj(), right));
        }
        return lines;
    }
}
