package no.klagesak.notification.notice.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.LetterPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * A4 letters in Helvetica, 12 pt with generous leading, the sender and date at the top and the subject in bold, the
 * text wrapped to the margins over as many pages as it needs. Characters the standard font cannot show become "?".
 */
@Component
class PdfLetters implements LetterPrinter {

    private static final float MARGIN = 64;
    private static final float SIZE = 12;
    private static final float LEADING = 17;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Override
    public byte[] print(String sender, String date, Letter letter) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(safe(regular, letter.subject()));
            info.setAuthor(safe(regular, sender));
            var writer = new Writer(document);
            writer.line(bold, sender);
            writer.line(regular, date);
            writer.gap();
            for (String line : wrap(bold, letter.subject())) writer.line(bold, line);
            writer.gap();
            for (String paragraph : letter.text().strip().split("\\n", -1)) {
                if (paragraph.isBlank()) {
                    writer.gap();
                    continue;
                }
                for (String line : wrap(regular, paragraph)) writer.line(regular, line);
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(PDType1Font font, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot encode replaced. */
    private static String safe(PDType1Font font, String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                safe.append(character);
            } catch (IOException | IllegalArgumentException unsupported) {
                safe.append('?');
            }
        });
        return safe.toString();
    }

    /** Writes lines down the page and starts a new page at the bottom margin. */
    private final class Writer {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(PDType1Font font, String text) throws IOException {
            if (y < MARGIN) newPage();
            stream.beginText();
            stream.setFont(font, SIZE);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(safe(font, text));
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
