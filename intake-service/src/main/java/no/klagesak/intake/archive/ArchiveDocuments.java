package no.klagesak.intake.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.JournalRecord;
import no.klagesak.support.pdf.Lines;
import no.klagesak.support.pdf.PdfA;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The documents an archive keeps, PDF/A-1b: one record's (who it was from or to, the case, the date, and the text as
 * written, wrapped to the page), and a closed case's whole file in one, for an archive without a Noark import (the
 * case, its journal, and each record's text in turn). A character the font cannot show is written as {@code ?}.
 */
public final class ArchiveDocuments {

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    /** The fonts parsed once, for the documents made one after another with this (not from several threads). */
    public ArchiveDocuments() {
        try {
            this.regular = PdfA.parsed(PdfA.REGULAR);
            this.bold = PdfA.parsed(PdfA.BOLD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    byte[] of(String company, CaseJournal c, JournalRecord r) {
        if (r.document() == null) throw new IllegalArgumentException("The record has no document");
        try (var document = new PDDocument()) {
            PdfA.archival(document, c.reference() + ": " + r.title());
            var pages = new Pages(document, regular, bold);
            pages.line(pages.bold, 14, r.title());
            pages.line(pages.regular, 10, company + ", sak " + c.reference() + ", journalpost " + r.number());
            record(pages, r);
            pages.close();
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case's whole file: what it is, when it came and ended, its journal, and each record with its text. */
    public byte[] caseFile(String company, CaseJournal c) {
        try (var document = new PDDocument()) {
            PdfA.archival(document, "Saksmappe " + c.reference());
            var pages = new Pages(document, regular, bold);
            pages.line(pages.bold, 16, "Saksmappe " + c.reference());
            pages.line(pages.regular, 10, company);
            pages.paragraph(pages.bold, c.title());
            pages.line(
                    pages.regular,
                    10,
                    "Mottatt " + c.receivedAt().atZone(JournalRecord.OSLO).format(WHEN));
            pages.line(
                    pages.regular,
                    10,
                    c.closedAt() == null
                            ? "Under behandling"
                            : "Avsluttet "
                                    + c.closedAt().atZone(JournalRecord.OSLO).format(WHEN));
            pages.line(pages.regular, 10, "Skjermet: " + CaseJournal.SCREENING_AUTHORITY);
            pages.gap();
            pages.line(pages.bold, 13, "Journal");
            for (JournalRecord r : c.records()) {
                String way = r.direction() == JournalRecord.Direction.INCOMING ? "inn" : "ut";
                pages.paragraph(
                        pages.regular,
                        r.number() + ". " + r.at().atZone(JournalRecord.OSLO).format(DAY) + ", " + way + ": "
                                + r.title() + " (" + r.party() + ")");
            }
            for (JournalRecord r : c.records()) {
                pages.gap();
                pages.line(pages.bold, 13, r.number() + ". " + r.title());
                record(pages, r);
            }
            pages.close();
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record's date, party and text; a record without a document says why there is none. */
    private static void record(Pages pages, JournalRecord r) throws IOException {
        pages.line(pages.regular, 10, r.at().atZone(JournalRecord.OSLO).format(WHEN));
        String party = r.direction() == JournalRecord.Direction.INCOMING ? "Fra: " : "Til: ";
        pages.paragraph(pages.regular, party + r.party());
        pages.gap();
        String text = r.document() == null ? "(Ingen tekst i arkivet for denne journalposten.)" : r.document();
        for (String paragraph : text.split("\\R", -1)) pages.paragraph(pages.regular, paragraph);
    }

    /** The text with what the font cannot show as {@code ?}, and tabs and other controls as a space. */
    static String printable(PDFont font, String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
                return;
            }
            String ch = Character.toString(cp);
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException cannot) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Writes line after line, starting a new page when the next does not fit. */
    private static final class Pages {

        private final PDDocument document;
        final PDFont regular;
        final PDFont bold;
        private final Lines regularLines;
        private final Lines boldLines;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document, TrueTypeFont regular, TrueTypeFont bold) throws IOException {
            this.document = document;
            this.regular = PdfA.font(document, regular);
            this.bold = PdfA.font(document, bold);
            this.regularLines = new Lines(this.regular, SIZE, WIDTH);
            this.boldLines = new Lines(this.bold, SIZE, WIDTH);
            this.stream = newPage();
        }

        /**
         * A paragraph in the body's size, wrapped to the page in any script: Arabic joined and read right to left from
         * the right margin, codes and dates in it left to right (support's {@link Lines}, as the letters have it).
         */
        void paragraph(PDFont font, String text) throws IOException {
            for (Lines.Line line : (font == bold ? boldLines : regularLines).of(text, false)) {
                show(font, SIZE, line.glyphs(), line.right() ? MARGIN + WIDTH - line.width() : MARGIN);
            }
        }

        /** One line as given, with what the font cannot show as {@code ?}. */
        void line(PDFont font, float size, String text) throws IOException {
            show(font, size, printable(font, text), MARGIN);
        }

        private PDPageContentStream newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            y = PDRectangle.A4.getHeight() - MARGIN;
            return new PDPageContentStream(document, page);
        }

        /** A line the font can show, on a new page when this one is full. */
        private void show(PDFont font, float size, String text, float x) throws IOException {
            if (y - LEADING < MARGIN) {
                stream.close();
                stream = newPage();
            }
            y -= Math.max(LEADING, size + 4);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void gap() {
            y -= LEADING / 2;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
