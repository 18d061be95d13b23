package no.klagesak.reporting.statistics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.klagesak.reporting.statistics.AnnualReport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The annual report's lines written as CSV (semicolons, for Norwegian spreadsheets) and XLSX; the PDF is {@link AnnualReportPdf}. */
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
