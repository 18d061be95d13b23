package no.klagesak.intake.archive;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.JournalRecord;
import no.klagesak.support.pdf.Lines;
import no.klagesak.support.pdf.PdfA;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

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

    /** The most pages of an attached PDF an archive document shows; a longer file says how many were left out. */
    static final int PDF_PAGES = 30;

    private static final float DPI = 110;

    /**
     * A file sent with a record, as an archive keeps it (PDF/A-1b): what it is and where it belongs, then its content.
     * A picture (PNG, JPEG) is placed on the page, flattened onto white (PDF/A-1 allows no transparency); a text is
     * written out as a record's is; a PDF's pages are drawn as pictures, at most {@value #PDF_PAGES}, since a PDF as
     * sent may hold what PDF/A forbids (scripts, fonts not embedded, encryption). What cannot be read says so.
     */
    byte[] attachment(String company, CaseJournal c, JournalRecord r, Attachment file, byte[] content) {
        try (var document = new PDDocument()) {
            PdfA.archival(document, c.reference() + ": vedlegg " + file.name());
            var pages = new Pages(document, regular, bold);
            pages.paragraph(pages.bold, "Vedlegg: " + file.name());
            pages.line(
                    pages.regular,
                    10,
                    company + ", sak " + c.reference() + ", vedlegg til journalpost " + r.number() + " (" + r.title()
                            + ")");
            pages.line(
                    pages.regular,
                    10,
                    "Mottatt " + r.at().atZone(JournalRecord.OSLO).format(WHEN));
            pages.gap();
            try {
                switch (file.contentType()) {
                    case "text/plain" -> text(pages, content);
                    case "image/png", "image/jpeg" -> picture(pages, content);
                    case "application/pdf" -> pdfPages(pages, content);
                    default -> pages.paragraph(pages.regular, "(Filtypen " + file.contentType() + " kan ikke vises.)");
                }
            } catch (RuntimeException unreadable) {
                // Whatever a file holds, the year's extract is made: the archive learns there was a file.
                pages.paragraph(pages.regular, "(Resten av vedlegget kunne ikke leses.)");
            }
            pages.close();
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most characters of a text file written out; a longer one says how much was left out. */
    static final int TEXT_CHARACTERS = 100_000;

    /** The most pixels a PDF's page is drawn with, whatever size the page says it is. */
    static final long PAGE_PIXELS = 4_000_000L;

    /**
     * A text file as written: UTF-8, or, where it is not valid UTF-8, Windows-1252 (what older Norwegian Windows
     * programs save, Latin-1 included).
     */
    private static void text(Pages pages, byte[] content) throws IOException {
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            text = new String(content, java.nio.charset.Charset.forName("windows-1252"));
        }
        boolean cut = text.length() > TEXT_CHARACTERS;
        if (cut) text = text.substring(0, TEXT_CHARACTERS);
        for (String paragraph : text.split("\\R", -1)) pages.paragraph(pages.regular, paragraph);
        if (cut) {
            pages.gap();
            pages.paragraph(pages.regular, "(Filen er lengre: de første " + TEXT_CHARACTERS + " tegnene er tatt med.)");
        }
    }

    /** The most pixels of a picture decoded: a small file may claim a huge picture that would fill the memory. */
    static final long MAX_PIXELS = 40_000_000L;

    /** A picture's longest side as kept: enough to read a photographed letter, a fraction of a camera's size. */
    private static final int LONGEST_SIDE = 1800;

    private static void picture(Pages pages, byte[] content) throws IOException {
        BufferedImage image = null;
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers != null && readers.hasNext()) {
                var reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    if ((long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS) image = reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            image = null;
        }
        if (image == null) {
            pages.paragraph(pages.regular, "(Bildet kunne ikke leses.)");
            return;
        }
        pages.image(opaque(image));
    }

    private static void pdfPages(Pages pages, byte[] content) throws IOException {
        try (var sent = Loader.loadPDF(content)) {
            var renderer = new PDFRenderer(sent);
            // A picture in the file larger than the page shows is read at the size it is drawn.
            renderer.setSubsamplingAllowed(true);
            int shown = Math.min(sent.getNumberOfPages(), PDF_PAGES);
            for (int i = 0; i < shown; i++) {
                pages.paragraph(pages.regular, "Side " + (i + 1) + " av " + sent.getNumberOfPages());
                var box = sent.getPage(i).getCropBox();
                // Points to pixels at the resolution asked for, less for a page so large it would fill the memory.
                double scale = Math.min(
                        DPI / 72.0, Math.sqrt(PAGE_PIXELS / Math.max(1.0, (double) box.getWidth() * box.getHeight())));
                pages.image(renderer.renderImage(i, (float) scale, ImageType.RGB));
            }
            if (sent.getNumberOfPages() > shown) {
                pages.paragraph(
                        pages.regular,
                        "(Filen har " + sent.getNumberOfPages() + " sider; de første " + shown + " er tatt med.)");
            }
        } catch (IOException | RuntimeException unreadable) {
            // Encrypted with a password, or not a PDF after all: the archive learns that there was a file.
            pages.paragraph(pages.regular, "(PDF-filen kunne ikke leses: den er kryptert eller skadet.)");
        }
    }

    /** The picture on white, without an alpha channel, its longest side {@value #LONGEST_SIDE} pixels at most. */
    private static BufferedImage opaque(BufferedImage image) {
        double scale = Math.min(1.0, (double) LONGEST_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return rgb;
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

        /** A picture as large as fits the text's width and the page's height, on a new page when too little is left. */
        void image(BufferedImage picture) throws IOException {
            float fullHeight = PDRectangle.A4.getHeight() - 2 * MARGIN;
            float scale = Math.min(1f, Math.min(WIDTH / picture.getWidth(), fullHeight / picture.getHeight()));
            // Drawn at its pixels' size in points at most: a small picture stays small.
            float width = picture.getWidth() * scale;
            float height = picture.getHeight() * scale;
            if (y - height < MARGIN) {
                stream.close();
                stream = newPage();
            }
            y -= height;
            stream.drawImage(LosslessFactory.createFromImage(document, picture), MARGIN, y, width, height);
            y -= LEADING / 2;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
