package no.klagesak.reporting.statistics.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.klagesak.reporting.statistics.AnnualReport;
import no.klagesak.support.pdf.PdfA;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The annual report's section on complaints as PDF/A-1b, for archiving with the annual report: the fonts are embedded
 * (DejaVu Sans, in the jar), the colours are sRGB with its output intent, and the XMP metadata names the standard. The
 * charts are the dashboard's bar charts (this year thick, last year thin and grey), drawn from the same numbers, with
 * the numbers as a table after them.
 */
public final class AnnualReportPdf {

    /** A bar chart: its title and one bar per row. */
    public record Chart(String title, List<Bar> bars) {}

    /** This year's and last year's number for a label. */
    public record Bar(String label, long value, long previous) {}

    private static final float MARGIN = 56;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

    private AnnualReportPdf() {}

    public static byte[] of(String title, List<AnnualReport.Line> lines, int year, List<Chart> charts) {
        try (var document = new PDDocument()) {
            PDFont regular = PdfA.font(document, PdfA.REGULAR);
            PDFont bold = PdfA.font(document, PdfA.BOLD);
            PdfA.archival(document, title);
            var writer = new Writer(document, regular, bold);
            writer.text(bold, 15, MARGIN, title);
            writer.gap(4);
            writer.text(
                    regular,
                    9,
                    MARGIN,
                    "Tykk strek: " + year + ". Tynn grå strek: " + (year - 1) + ". Tallene står også i tabellen.");
            for (Chart chart : charts) writer.chart(chart);
            writer.gap(8);
            writer.row(bold, "Hva", String.valueOf(year), String.valueOf(year - 1));
            String section = "";
            for (var line : lines) {
                if (!line.section().equals(section)) {
                    section = line.section();
                    writer.gap(6);
                    writer.text(bold, 11, MARGIN, section);
                }
                writer.row(regular, line.what(), line.thisYear(), line.lastYear());
            }
            writer.close();
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes down the pages, starting a new one when the next thing does not fit. */
    private static final class Writer {

        private static final float LABEL = 200;
        private static final float BARS = PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL - 40;

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) stream.close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) newPage();
        }

        void gap(float height) {
            y -= height;
        }

        void text(PDFont font, float size, float x, String text) throws IOException {
            room(size + 6);
            show(font, size, x, y - size, text);
            y -= size + 6;
        }

        void row(PDFont font, String what, String now, String before) throws IOException {
            room(16);
            show(font, 10, MARGIN, y - 10, what.length() > 70 ? what.substring(0, 69) + "…" : what);
            show(font, 10, 420, y - 10, now);
            show(font, 10, 490, y - 10, before);
            y -= 16;
        }

        void chart(Chart chart) throws IOException {
            if (chart.bars().isEmpty()) return;
            float row = 24;
            room(30 + row * chart.bars().size());
            gap(10);
            text(bold, 11, MARGIN, chart.title());
            long max = Math.max(
                    1,
                    chart.bars().stream()
                            .mapToLong(b -> Math.max(b.value(), b.previous()))
                            .max()
                            .orElse(1));
            for (Bar bar : chart.bars()) {
                float now = Math.max(1, BARS * bar.value() / max);
                float before = Math.max(1, BARS * bar.previous() / max);
                String label = bar.label().length() > 32 ? bar.label().substring(0, 31) + "…" : bar.label();
                float width = regular.getStringWidth(label) / 1000 * 9;
                show(regular, 9, MARGIN + LABEL - 8 - width, y - 11, label);
                stream.setNonStrokingColor(11 / 255f, 83 / 255f, 148 / 255f);
                stream.addRect(MARGIN + LABEL, y - 13, now, 11);
                stream.fill();
                stream.setNonStrokingColor(118 / 255f, 118 / 255f, 118 / 255f);
                stream.addRect(MARGIN + LABEL, y - 18, before, 3);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
                show(regular, 9, MARGIN + LABEL + now + 4, y - 11, String.valueOf(bar.value()));
                y -= row;
            }
        }

        private void show(PDFont font, float size, float x, float at, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, at);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
