package no.klagesak.reporting.statistics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.klagesak.reporting.statistics.AnnualReport;
import no.klagesak.reporting.statistics.HandlingSummary;
import no.klagesak.reporting.statistics.PublicCounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The annual report as PDF/A-1b, checked by PDFBox's own PDF/A validator (preflight), with its numbers readable. */
class AnnualReportPdfTest {

    @Test
    void the_report_is_valid_pdf_a_with_embedded_fonts_and_its_charts_and_numbers_as_text() throws Exception {
        var counts =
                new PublicCounts(2026, new java.util.TreeMap<>(Map.of("FOLLOW_UP", 9L, "WORK_ENVIRONMENT", 6L)), 1);
        var previous = new PublicCounts(2025, Map.of("FOLLOW_UP", 7L), 0);
        var handling = new HandlingSummary(2026, 16, 10, 6, 8L, 20L, 90L, 1, 0, Map.of("UPHELD", 10L));
        var lines = new AnnualReport(
                        "Fjordvekst AS",
                        2026,
                        counts,
                        previous,
                        Map.of(
                                "FOLLOW_UP",
                                "Oppfølging og veiledning",
                                "WORK_ENVIRONMENT",
                                "Arbeidsmiljø – ære og åpenhet"),
                        handling)
                .lines();
        var charts = List.of(new AnnualReportPdf.Chart(
                "Hva det gjaldt",
                List.of(
                        new AnnualReportPdf.Bar("Oppfølging og veiledning", 9, 7),
                        new AnnualReportPdf.Bar("Arbeidsmiljø – ære og åpenhet", 6, 0))));

        byte[] pdf = AnnualReportPdf.of("Antall og type klager og varsler i 2026, Fjordvekst AS", lines, 2026, charts);

        java.io.File file = java.io.File.createTempFile("annual", ".pdf");
        file.deleteOnExit();
        java.nio.file.Files.write(file.toPath(), pdf);
        java.nio.file.Files.write(java.nio.file.Path.of("target/annual-report-sample.pdf"), pdf);
        var result = PreflightParser.validate(file);
        assertThat(result.getErrorsList())
                .extracting(e -> e.getErrorCode() + " " + e.getDetails())
                .isEmpty();
        assertThat(result.isValid()).isTrue();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Antall og type klager og varsler i 2026, Fjordvekst AS")
                    .contains("Hva det gjaldt")
                    .contains("Klager og varsler mottatt 16–19 7")
                    .contains("Arbeidsmiljø – ære og åpenhet 6 0")
                    .contains("Varsler <5 0")
                    .contains("Besvart innen fristen (%) –");
            assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }
}
