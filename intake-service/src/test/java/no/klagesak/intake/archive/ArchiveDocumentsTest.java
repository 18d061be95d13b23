package no.klagesak.intake.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.JournalRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record's document stays valid PDF/A-1b whatever was written: long, in any script, with what no font shows. */
class ArchiveDocumentsTest {

    @Test
    void a_long_text_in_several_scripts_with_tabs_and_emoji_is_valid_pdfa_over_pages(@TempDir Path dir)
            throws Exception {
        String text = "Første linje\tmed tabulator, en smiley 😀 og et tegn uten glyf 漢.\n"
                + "Українська мова. العربية. Polski: zażółć gęślą jaźń.\n"
                + "Ordsomerlengreennlinjen".repeat(12) + "\n"
                + "Et avsnitt som gjentas. ".repeat(400);
        var record = new JournalRecord(
                3,
                JournalRecord.Direction.INCOMING,
                Instant.parse("2026-03-04T10:00:00Z"),
                "Svar fra klageren",
                "Олена Ковальчук",
                UUID.randomUUID(),
                text);
        var journal = new CaseJournal(
                "c-1",
                "FJV-2026-0042",
                2026,
                42,
                false,
                "FOLLOW_UP",
                "Klage: Oppfølging",
                "Klage: *****",
                Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-20T09:00:00Z"),
                false,
                List.of(record),
                UUID.randomUUID());

        byte[] pdf = new ArchiveDocuments().of("Fjordvekst AS", journal, record);

        Path file = dir.resolve("record.pdf");
        Files.write(file, pdf);
        var result = PreflightParser.validate(file.toFile());
        assertThat(result.getErrorsList())
                .extracting(e -> e.getErrorCode() + " " + e.getDetails())
                .isEmpty();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String shown = new PDFTextStripper().getText(document);
            assertThat(shown)
                    .contains("Svar fra klageren", "Fjordvekst AS, sak FJV-2026-0042, journalpost 3")
                    .contains("04.03.2026 kl. 11:00", "Fra: Олена Ковальчук")
                    .contains("Første linje med tabulator, en smiley 😀 og et tegn uten glyf ?.", "zażółć gęślą jaźń");
        }
    }
}
