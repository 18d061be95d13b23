package no.klagesak.reporting.statistics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.klagesak.reporting.statistics.AnnualReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The annual report's lines written as CSV (semicolons, for Norwegian spreadsheets), XLSX and PDF. */
public final class AnnualReportFiles {

    private AnnualReportFiles() {}

    public static byte[] csv(String title, List<AnnualReport.Line> lines, int year) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("Del;Hva;").append(year).append(';').append(year - 1).append("\r\n");
        for (var line : lines) {
            csv.append(cell(line.section()))
                    .append(';')
                    .append(cell(line.what()))
                    .append(';')
                    .append(line.thisYear())
                    .append(';')
                    .append(line.lastYear())
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String title, List<AnnualReport.Line> lines, int year) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Klager " + year);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("Del");
            header.createCell(1).setCellValue("Hva");
            header.createCell(2).setCellValue(String.valueOf(year));
            header.createCell(3).setCellValue(String.valueOf(year - 1));
            int r = 3;
            for (var line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.section());
                row.createCell(1).setCellValue(line.what());
                number(row, 2, line.thisYear());
                number(row, 3, line.lastYear());
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 48 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String title, List<AnnualReport.Line> lines, int year) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var stream = new PDPageContentStream(document, page);
            float y = PDRectangle.A4.getHeight() - 64;
            y = text(stream, bold, 14, 64, y, title);
            y -= 10;
            y = row(stream, bold, y, "Hva", String.valueOf(year), String.valueOf(year - 1));
            String section = "";
            for (var line : lines) {
                if (y < 64) {
                    stream.close();
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    y = PDRectangle.A4.getHeight() - 64;
                }
                if (!line.section().equals(section)) {
                    section = line.section();
                    y -= 6;
                    y = text(stream, bold, 11, 64, y, section);
                }
                y = row(stream, regular, y, line.what(), line.thisYear(), line.lastYear());
            }
            stream.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float row(
            PDPageContentStream stream, PDType1Font font, float y, String what, String now, String before)
            throws IOException {
        text(stream, font, 11, 64, y, what.length() > 60 ? what.substring(0, 59) + "..." : what);
        text(stream, font, 11, 420, y, now);
        text(stream, font, 11, 490, y, before);
        return y - 16;
    }

    private static float text(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(safe(font, text));
        stream.endText();
        return y - size - 6;
    }

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

    private static void number(Row row, int column, String value) {
        if (value.matches("\\d+")) {
            row.createCell(column).setCellValue(Long.parseLong(value));
        } else {
            row.createCell(column).setCellValue(value);
        }
    }

    private static String cell(String value) {
        return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
