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
                UUID.randomUUID(),
                "fjordvekst-handler");

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

    /** A complaint written in Arabic is archived as it reads: letters joined, from the right margin, codes as written. */
    @Test
    void a_text_in_arabic_is_joined_and_set_from_the_right_with_its_code_left_to_right() throws Exception {
        String arabic = "أريد أن أشتكي من ساعات العمل. رقم الإيصال 1234-5678.";
        var record = new JournalRecord(
                1,
                JournalRecord.Direction.INCOMING,
                Instant.parse("2026-03-04T10:00:00Z"),
                "Klage",
                "Ahmad",
                UUID.randomUUID(),
                arabic);
        var journal = new CaseJournal(
                "c-2",
                "FJV-2026-0043",
                2026,
                43,
                false,
                "FOLLOW_UP",
                "Klage: Arbeidstid",
                "Klage: *****",
                Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-20T09:00:00Z"),
                false,
                List.of(record),
                UUID.randomUUID(),
                "fjordvekst-handler");

        byte[] pdf = new ArchiveDocuments().of("Fjordvekst AS", journal, record);

        try (var document = Loader.loadPDF(pdf)) {
            var lines = new java.util.ArrayList<float[]>();
            var texts = new java.util.ArrayList<String>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    // The glyphs as drawn, left to right (the stripper's own text is put back in logical order).
                    var drawn = new StringBuilder();
                    positions.forEach(p -> drawn.append(p.getUnicode()));
                    texts.add(drawn.toString());
                    var first = positions.getFirst();
                    var last = positions.getLast();
                    lines.add(new float[] {first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()});
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            int at = -1;
            for (int i = 0; i < texts.size(); i++) if (texts.get(i).contains("1234-5678")) at = i;
            assertThat(at)
                    .as("the Arabic line, with its code as written: " + texts)
                    .isNotNegative();
            String line = texts.get(at);
            // Joined: the letters' initial, medial and final forms (Arabic Presentation Forms-B), not the isolated
            // ones.
            assertThat(line).containsPattern("[\uFE70-\uFEFF]{3,}");
            // Set against the right margin: it ends where the page's text width ends (A4, 56 pt margins).
            float rightMargin = org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth() - 56;
            assertThat(lines.get(at)[1]).isCloseTo(rightMargin, org.assertj.core.data.Offset.offset(2f));
            assertThat(lines.get(at)[0]).isGreaterThan(56 + 20);
        }
    }
}
