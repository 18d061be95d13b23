package no.klagesak.notification.notice.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import no.klagesak.notification.notice.Languages;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.LetterPrinter;
import no.klagesak.support.pdf.Lines;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * A4 letters in DejaVu Sans, 12 pt with generous leading, the sender and date at the top and the subject in bold, the
 * text wrapped to the margins over as many pages as it needs. The font is embedded (only the glyphs used), so a letter
 * prints the same anywhere, in Latin, Cyrillic or Arabic script; a letter in Arabic reads right to left and is set
 * against the right margin ({@link Lines}). A character the font has no glyph for (an emoji) becomes "?".
 */
@Component
class PdfLetters implements LetterPrinter {

    private static final float MARGIN = 64;
    private static final float SIZE = 12;
    private static final float LEADING = 17;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

    @Override
    public byte[] print(String sender, String date, Letter letter, String language) {
        boolean rightToLeft = Languages.rightToLeft(language);
        try (PDDocument document = new PDDocument()) {
            document.getDocumentCatalog().setLanguage(language);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(letter.subject());
            info.setAuthor(sender);
            var regular = new Lines(font(document, REGULAR), SIZE, WIDTH);
            var bold = new Lines(font(document, BOLD), SIZE, WIDTH);
            var writer = new Writer(document);
            writer.paragraph(bold, sender, rightToLeft);
            writer.paragraph(regular, date, rightToLeft);
            writer.gap();
            writer.paragraph(bold, letter.subject(), rightToLeft);
            writer.gap();
            for (String paragraph : letter.text().strip().split("\\R", -1)) {
                if (paragraph.isBlank()) writer.gap();
                else writer.paragraph(regular, paragraph, rightToLeft);
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loaded into each document, which embeds only the glyphs its letter uses. */
    private static PDFont font(PDDocument document, byte[] file) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(file), true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfLetters.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing font " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines down the page and starts a new page at the bottom margin. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void paragraph(Lines font, String text, boolean rightToLeft) throws IOException {
            for (Lines.Line line : font.of(text, rightToLeft)) line(font, line);
        }

        private void line(Lines font, Lines.Line line) throws IOException {
            if (y < MARGIN) newPage();
            stream.beginText();
            stream.setFont(font.font(), SIZE);
            stream.newLineAtOffset(line.right() ? MARGIN + WIDTH - line.width() : MARGIN, y);
            stream.showText(line.glyphs());
            stream.endText();
            y -= LEADING;
        }

        void gap() {
            y -= LEADING / 2;
        }

        private void newPage() throws IOException {
            if (stream != null) stream.close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
