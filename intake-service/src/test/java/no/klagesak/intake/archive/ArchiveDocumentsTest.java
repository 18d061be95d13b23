package no.klagesak.intake.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.JournalRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
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
        var journal = journal("c-1", 42, "Klage: Oppfølging", record, "fjordvekst-handler");

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
        var journal = journal("c-2", 43, "Klage: Arbeidstid", record, "fjordvekst-handler");

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

    /** What a file claims or holds cannot make the extract fill the memory or run without end. */
    @Test
    void a_file_claiming_a_huge_picture_a_huge_page_or_endless_text_is_kept_within_bounds(@TempDir Path dir)
            throws Exception {
        var documents = new ArchiveDocuments();
        var record = new JournalRecord(
                1,
                JournalRecord.Direction.INCOMING,
                Instant.parse("2026-03-04T10:00:00Z"),
                "Klage mottatt",
                "Kari",
                UUID.randomUUID(),
                "tekst");
        var journal = journal("c-3", 44, "Klage: Vedlegg", record, null);

        // A few bytes that say 20,000 by 20,000 pixels: not decoded.
        byte[] claimsHuge = pngClaiming(20_000, 20_000);
        String picture = text(documents.attachment(
                "Fjordvekst AS",
                journal,
                record,
                Attachment.of("stor.png", "image/png", claimsHuge.length),
                claimsHuge));
        assertThat(picture).contains("Bildet kunne ikke leses");

        // A page of five by five metres is drawn with no more pixels than any page.
        byte[] hugePage;
        try (var sent = new org.apache.pdfbox.pdmodel.PDDocument()) {
            sent.addPage(new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400)));
            var out = new java.io.ByteArrayOutputStream();
            sent.save(out);
            hugePage = out.toByteArray();
        }
        byte[] drawn = documents.attachment(
                "Fjordvekst AS", journal, record, Attachment.of("stor.pdf", "application/pdf", 1), hugePage);
        try (var document = Loader.loadPDF(drawn)) {
            long pixels = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        pixels += (long) image.getWidth() * image.getHeight();
                    }
                }
            }
            assertThat(pixels).isPositive().isLessThanOrEqualTo(ArchiveDocuments.PAGE_PIXELS + 10_000);
        }

        // 300,000 characters without a space: the first 100,000 are written, and it says so.
        byte[] endless = "x".repeat(300_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] written = documents.attachment(
                "Fjordvekst AS", journal, record, Attachment.of("lang.txt", "text/plain", endless.length), endless);
        assertThat(text(written)).contains("(Filen er lengre: de første 100000 tegnene er tatt med.)");
        Path file = dir.resolve("lang.pdf");
        Files.write(file, written);
        assertThat(PreflightParser.validate(file.toFile()).getErrorsList()).isEmpty();

        // Saved by an older Windows program: read as Windows-1252, not as broken UTF-8.
        byte[] windows = "Blåbærsyltetøy på brødskiva".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(text(documents.attachment(
                        "Fjordvekst AS", journal, record, Attachment.of("gammel.txt", "text/plain", 1), windows)))
                .contains("Blåbærsyltetøy på brødskiva");
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A PNG whose header claims the size given, with a few bytes of picture data after it. */
    private static byte[] pngClaiming(int width, int height) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var header =
                java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", header.array());
        var deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] data = new byte[128];
        int length = deflater.deflate(data);
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws java.io.IOException {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        var crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A closed complaint of 2026 in Fjordvekst with the one record. */
    private static CaseJournal journal(
            String complaintId, int number, String title, JournalRecord record, @Nullable String handler) {
        return new CaseJournal(
                complaintId,
                "FJV-2026-%04d".formatted(number),
                2026,
                number,
                false,
                "FOLLOW_UP",
                title,
                "Klage: *****",
                Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-20T09:00:00Z"),
                false,
                List.of(record),
                UUID.randomUUID(),
                handler);
    }
}
