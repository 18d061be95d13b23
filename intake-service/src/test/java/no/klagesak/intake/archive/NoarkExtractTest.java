package no.klagesak.intake.archive;

import static no.klagesak.intake.complaint.model.CaseJournalTest.CONVERSATION;
import static no.klagesak.intake.complaint.model.CaseJournalTest.complaint;
import static no.klagesak.intake.complaint.model.CaseJournalTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import no.klagesak.contracts.CaseState;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.CaseRecord;
import no.klagesak.intake.complaint.model.CaseStanding;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.intake.complaint.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year's extract of answered, escalated, erased and whistleblowing cases validates against Arkivverket's published
 * Noark 5 v5.0 and ADDML 8.3 schemas (the copies packed in it, from {@code arkivverket/schemas}); names and subjects
 * stay out of the public journal, erased content stays erased, and a reporter is named nowhere.
 */
class NoarkExtractTest {

    static final Instant MADE = Instant.parse("2027-01-05T08:00:00Z");

    static CaseStanding ended(CaseState state, String at) {
        return new CaseStanding(state, null, "UPHELD", Instant.parse(at), 7L);
    }

    static List<CaseJournal> year() {
        var kari = new Complainant("Kari Nordmann", "kari@example.org", null, null);
        var answered = new CaseRecord(
                complaint(1, Track.COMPLAINT, Channel.WEB_FORM, kari),
                CONVERSATION.subList(0, 3),
                ComplainantState.RECEIVED,
                ended(CaseState.CLOSED, "2026-03-12T10:00:00Z"),
                null);
        var decided = new CaseRecord(
                complaint(2, Track.COMPLAINT, Channel.WEB_FORM, null),
                CONVERSATION,
                ComplainantState.ESCALATION_REQUESTED,
                ended(CaseState.DECIDED, "2026-03-20T10:00:01Z"),
                null);
        var erased = new CaseRecord(
                complaint(3, Track.COMPLAINT, Channel.STAFF_REGISTRATION, null)
                        .withContent("[slettet]", "[slettet]", null, null, null, null),
                List.of(message(Message.Kind.WITHDRAWAL, "2026-03-05T10:00:00Z", null)),
                ComplainantState.WITHDRAWN,
                ended(CaseState.WITHDRAWN, "2026-03-05T10:00:01Z"),
                Instant.parse("2026-06-01T10:00:00Z"));
        var report = new CaseRecord(
                complaint(4, Track.WHISTLEBLOWING, Channel.WEB_FORM, new Complainant("Vera Varsler", null, null, null)),
                List.of(message(Message.Kind.ANSWER, "2026-12-31T23:30:00Z", null)),
                ComplainantState.RECEIVED,
                ended(CaseState.CLOSED, "2026-12-31T23:30:00Z"),
                null);
        return List.of(answered, decided, erased, report).stream()
                .map(CaseJournal::of)
                .toList();
    }

    /** The year's extract of the four cases, made by the admin in January. */
    static NoarkExtract extract() {
        return new NoarkExtract(
                new NoarkExtract.Creator("fjordvekst", "Fjordvekst AS"),
                2026,
                new NoarkExtract.Made(MADE, "fjordvekst-admin"),
                year());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] zip(NoarkExtract extract) {
        var out = new ByteArrayOutputStream();
        extract.writeZip(out);
        return out.toByteArray();
    }

    @Test
    void every_file_of_the_extract_validates_against_its_published_schema(@TempDir Path dir) throws Exception {
        var extract = extract();
        Map<String, byte[]> files = unzip(zip(extract));

        assertThat(files.keySet())
                .allSatisfy(name -> assertThat(name).startsWith("noark5-fjordvekst-2026/"))
                .extracting(name -> name.substring(name.indexOf('/') + 1))
                .contains(
                        "arkivuttrekk.xml",
                        "arkivstruktur.xml",
                        "loependeJournal.xml",
                        "offentligJournal.xml",
                        "endringslogg.xml",
                        "arkivstruktur.xsd",
                        "metadatakatalog.xsd",
                        "addml.xsd");
        NoarkExtractProblems.unpack(zip(extract), dir);
        assertThat(NoarkExtractProblems.of(dir.resolve("noark5-fjordvekst-2026")))
                .isEmpty();
        assertThat(extract.contents()).isEqualTo(new NoarkExtract.Contents(4, 5 + 7 + 2 + 2, 4 + 6, 1, 1));
    }

    /** A control character or a broken surrogate in one complaint does not make the year's files unreadable. */
    @Test
    void a_character_xml_does_not_allow_does_not_break_the_year(@TempDir Path dir) throws Exception {
        var odd = new CaseRecord(
                complaint(
                                9,
                                Track.COMPLAINT,
                                Channel.WEB_FORM,
                                new Complainant("Kari\u0001 Nordmann", null, null, null))
                        .withContent("Emne\u0007 med \uD800 rart tegn", "Tekst\u001b.", null, null, null),
                List.of(),
                ComplainantState.RECEIVED,
                ended(CaseState.CLOSED, "2026-03-12T10:00:00Z"),
                null);
        var files = NoarkExtractProblems.unpack(
                zip(new NoarkExtract(
                        new NoarkExtract.Creator("fjordvekst", "Fjordvekst AS"),
                        2026,
                        new NoarkExtract.Made(MADE, "fjordvekst-admin"),
                        List.of(CaseJournal.of(odd)))),
                dir);

        assertThat(NoarkExtractProblems.of(dir.resolve("noark5-fjordvekst-2026")))
                .isEmpty();
        assertThat(files.get("arkivstruktur.xml")).contains("<tittel>Klage: Emne\uFFFD med \uFFFD rart tegn</tittel>");
    }

    /** The journals hold at least one entry each: a year in which no case ended has no extract. */
    @Test
    void a_year_without_cases_has_no_extract() {
        assertThatThrownBy(() -> new NoarkExtract(
                        new NoarkExtract.Creator("fjordvekst", "Fjordvekst AS"),
                        2026,
                        new NoarkExtract.Made(MADE, "fjordvekst-admin"),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The check can fail: a journal post without its year is refused. */
    @Test
    void an_extract_that_breaks_the_schema_is_caught(@TempDir Path dir) throws Exception {
        NoarkExtractProblems.unpack(zip(extract()), dir);
        Path archive = dir.resolve("noark5-fjordvekst-2026/arkivstruktur.xml");
        Files.writeString(archive, Files.readString(archive).replaceFirst("<journalaar>2026</journalaar>", ""));

        assertThat(NoarkExtractProblems.of(dir.resolve("noark5-fjordvekst-2026")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("arkivstruktur.xml:");
    }

    @Test
    void the_description_holds_each_files_checksum_and_counts(@TempDir Path dir) throws Exception {
        var extract = extract();
        Map<String, byte[]> files = unzip(zip(extract));
        String addml = text(files, "arkivuttrekk.xml");

        for (String name : List.of(
                "arkivstruktur.xml",
                "loependeJournal.xml",
                "offentligJournal.xml",
                "endringslogg.xml",
                "arkivstruktur.xsd")) {
            assertThat(addml)
                    .as(name)
                    .contains("<value>" + Addml.sha256(files.get("noark5-fjordvekst-2026/" + name)) + "</value>");
        }
        assertThat(addml)
                .contains(
                        "<value>//mappe</value></property><property name=\"value\" dataType=\"integer\"><value>4</value>")
                .contains(
                        "<value>//registrering</value></property><property name=\"value\" dataType=\"integer\"><value>16</value>");
    }

    /**
     * Each record with a text has its document, PDF/A-1b, named in the archive with its checksum and size: the
     * complaint as sent and every message; none of a whistleblowing report or of an erased case.
     */
    @Test
    void every_document_is_packed_as_pdfa_and_described_with_its_checksum(@TempDir Path dir) throws Exception {
        var files = NoarkExtractProblems.unpack(zip(extract()), dir);
        Path folder = dir.resolve("noark5-fjordvekst-2026");
        String archive = files.get("arkivstruktur.xml");
        List<Path> pdfs;
        try (var listed = Files.list(folder.resolve("dokumenter"))) {
            pdfs = listed.toList();
        }
        assertThat(pdfs).hasSize(10);
        List<String> texts = new ArrayList<>();
        for (Path pdf : pdfs) {
            byte[] content = Files.readAllBytes(pdf);
            assertThat(archive)
                    .contains("<referanseDokumentfil>dokumenter/" + pdf.getFileName() + "</referanseDokumentfil>")
                    .contains("<sjekksum>" + Addml.sha256(content) + "</sjekksum>")
                    .contains("<filstoerrelse>" + content.length + "</filstoerrelse>");
            try (var document = org.apache.pdfbox.Loader.loadPDF(content)) {
                texts.add(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
            }
        }
        assertThat(texts)
                .anySatisfy(t -> assertThat(t)
                        .contains(
                                "Klage mottatt",
                                "Veilederen svarer ikke",
                                "Veilederen min har ikke svart på seks uker.")
                        .contains("Fra: Kari Nordmann", "E-post: kari@example.org"))
                .anySatisfy(t -> assertThat(t).contains("Ledelsens avgjørelse", "Til: Anonym klager", "tekst"))
                .noneSatisfy(t -> assertThat(t).containsAnyOf("Vera", "Varsel", "[slettet]"));
        assertThat(NoarkExtractProblems.of(folder)).isEmpty();
        assertThat(files.get("arkivuttrekk.xml"))
                .contains("<property name=\"antallDokumentfiler\" dataType=\"integer\"><value>10</value>");
    }

    @Test
    void the_public_journal_hides_names_and_subjects_and_no_file_names_a_reporter_or_erased_content() throws Exception {
        var files = unzip(zip(extract()));
        String published = text(files, "offentligJournal.xml");
        String archive = text(files, "arkivstruktur.xml");
        String running = text(files, "loependeJournal.xml");

        assertThat(published)
                .doesNotContain("Kari Nordmann", "Veilederen svarer ikke", "Vera")
                .contains(
                        "<offentligTittel>Klage: *****</offentligTittel>",
                        "<offentligTittel>Varsel: *****</offentligTittel>")
                .contains("<korrespondansepartNavn>*****</korrespondansepartNavn>")
                .contains("<tilgangsrestriksjon>Unntatt offentlighet</tilgangsrestriksjon>");
        // The archive itself has the complainant and the subject, screened; the report neither.
        assertThat(archive)
                .contains("<korrespondansepartNavn>Kari Nordmann</korrespondansepartNavn>")
                .contains("<tittel>Klage: Veilederen svarer ikke</tittel>")
                .contains(
                        "<tittel>Klage: [slettet]</tittel>",
                        "<korrespondansepartNavn>[slettet]</korrespondansepartNavn>")
                .contains("<tittel>Varsel</tittel>", "Varsleren (identiteten utleveres ikke)")
                .contains("<skjermingshjemmel>Offl. § 13 jf. fvl. § 13 første ledd nr. 1</skjermingshjemmel>");
        for (String file : List.of(published, archive, running)) {
            assertThat(file).doesNotContain("Vera Varsler", "Veilederen min har ikke svart", "tekst");
        }
        // Sent on New Year's Eve in UTC, which is New Year's Day in Oslo: journaled in 2027, and the journal reaches
        // it.
        assertThat(running)
                .contains("<journalaar>2027</journalaar>", "<journaldato>2027-01-01</journaldato>")
                .contains("<journalSluttDato>2027-01-01</journalSluttDato>");
    }

    @Test
    void each_case_names_who_handled_it_as_saksansvarlig_and_the_company_where_none_is_known() throws Exception {
        var handled = new CaseRecord(
                complaint(5, Track.COMPLAINT, Channel.WEB_FORM, null),
                CONVERSATION.subList(0, 3),
                ComplainantState.RECEIVED,
                new CaseStanding(
                        CaseState.CLOSED,
                        null,
                        "UPHELD",
                        Instant.parse("2026-04-01T10:00:00Z"),
                        4L,
                        "fjordvekst-handler"),
                null);
        var unknown = new CaseRecord(
                complaint(6, Track.COMPLAINT, Channel.WEB_FORM, null),
                CONVERSATION.subList(0, 3),
                ComplainantState.RECEIVED,
                new CaseStanding(
                        CaseState.CLOSED,
                        null,
                        "UPHELD",
                        Instant.parse("2026-04-02T10:00:00Z"),
                        4L,
                        "someone-who-left"),
                null);
        var extract = new NoarkExtract(
                new NoarkExtract.Creator("fjordvekst", "Fjordvekst AS", Map.of("fjordvekst-handler", "Henrik Hansen")),
                2026,
                new NoarkExtract.Made(MADE, "fjordvekst-admin"),
                List.of(CaseJournal.of(handled), CaseJournal.of(unknown), year().getFirst()));

        String archive =
                new String(unzip(zip(extract)).get("noark5-fjordvekst-2026/arkivstruktur.xml"), StandardCharsets.UTF_8);
        assertThat(java.util.regex.Pattern.compile("<saksansvarlig>([^<]*)</saksansvarlig>")
                        .matcher(archive)
                        .results()
                        .map(m -> m.group(1)))
                .containsExactly("Henrik Hansen", "Fjordvekst AS", "Fjordvekst AS");
    }

    /** The complainant's files go with the complaint's record as attachments, each kept as PDF/A-1b. */
    @Test
    void the_files_sent_with_a_complaint_are_packed_as_its_attachments_in_pdfa(@TempDir Path dir) throws Exception {
        var png = Attachment.of("bilde.png", "image/png", 1);
        var jpeg = Attachment.of("foto.jpg", "image/jpeg", 1);
        var text = Attachment.of("brev.txt", "text/plain", 1);
        var pdf = Attachment.of("skjema.pdf", "application/pdf", 1);
        var broken = Attachment.of("ødelagt.pdf", "application/pdf", 1);
        var gone = Attachment.of("borte.png", "image/png", 1);
        Map<String, byte[]> stored = Map.of(
                png.id(), picture("png", true),
                jpeg.id(), picture("jpg", false),
                text.id(), "Jeg legger ved det vi skrev.\nAndre linje: العربية.".getBytes(StandardCharsets.UTF_8),
                pdf.id(), twoPages(),
                broken.id(), "ikke en pdf".getBytes(StandardCharsets.UTF_8));
        var sent = complaint(7, Track.COMPLAINT, Channel.WEB_FORM, null);
        var withFiles = withFiles(sent, List.of(png, jpeg, text, pdf, broken, gone));
        var report = complaint(8, Track.WHISTLEBLOWING, Channel.WEB_FORM, null);
        var reportWithFiles = withFiles(report, List.of(png));
        var cases = List.of(
                CaseJournal.of(new CaseRecord(
                        withFiles,
                        List.of(),
                        ComplainantState.RECEIVED,
                        ended(CaseState.CLOSED, "2026-04-01T10:00:00Z"),
                        null)),
                CaseJournal.of(new CaseRecord(
                        reportWithFiles,
                        List.of(),
                        ComplainantState.RECEIVED,
                        ended(CaseState.CLOSED, "2026-04-02T10:00:00Z"),
                        null)));
        var extract = new NoarkExtract(
                new NoarkExtract.Creator("fjordvekst", "Fjordvekst AS"),
                2026,
                new NoarkExtract.Made(MADE, "fjordvekst-admin"),
                cases,
                NoarkExtract.inOrder(cases),
                (complaintId, file) -> {
                    assertThat(complaintId)
                            .as("a report's files are never read")
                            .isEqualTo(sent.id().value());
                    return java.util.Optional.ofNullable(stored.get(file.id()));
                });

        var files = NoarkExtractProblems.unpack(zip(extract), dir);
        Path folder = dir.resolve("noark5-fjordvekst-2026");
        assertThat(NoarkExtractProblems.of(folder)).as("schemas and PDF/A-1b").isEmpty();
        List<Path> pdfs;
        try (var listed = Files.list(folder.resolve("dokumenter"))) {
            pdfs = listed.toList();
        }
        assertThat(pdfs)
                .as("the complaint, and five of its six files (one is gone)")
                .hasSize(6);
        String archive = files.get("arkivstruktur.xml");
        assertThat(java.util.regex.Pattern.compile("<tilknyttetRegistreringSom>Vedlegg</tilknyttetRegistreringSom>")
                        .matcher(archive)
                        .results())
                .hasSize(5);
        assertThat(archive)
                .contains("<tittel>Vedlegg: bilde.png</tittel>", "<tittel>Vedlegg: skjema.pdf</tittel>")
                .contains("<dokumentnummer>6</dokumentnummer>")
                .doesNotContain("borte.png");
        assertThat(files.get("arkivuttrekk.xml"))
                .contains("<property name=\"antallDokumentfiler\" dataType=\"integer\"><value>6</value>");
        List<String> texts = new ArrayList<>();
        int pictures = 0;
        for (Path file : pdfs) {
            try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(file))) {
                texts.add(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name)
                                instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) pictures++;
                    }
                }
            }
        }
        assertThat(pictures).as("the PNG, the JPEG and the PDF's two pages").isEqualTo(4);
        assertThat(texts)
                .anySatisfy(t -> assertThat(t).contains("Vedlegg: brev.txt", "Jeg legger ved det vi skrev."))
                .anySatisfy(t -> assertThat(t).contains("Vedlegg: skjema.pdf", "Side 1 av 2", "Side 2 av 2"))
                .anySatisfy(t -> assertThat(t).contains("PDF-filen kunne ikke leses"))
                .allSatisfy(t -> assertThat(t).doesNotContain("FJV-2026-0008"));
    }

    /** The same complaint, sent with these files. */
    private static Complaint withFiles(Complaint c, List<Attachment> files) {
        return new Complaint(
                c.id(),
                c.tenantId(),
                c.reference(),
                c.track(),
                c.channel(),
                c.complainantRole(),
                c.category(),
                c.policyVersion(),
                c.subject(),
                c.description(),
                c.desiredChange(),
                c.complainant(),
                c.concernsLineManager(),
                c.language(),
                c.receivedAt(),
                c.registeredBy(),
                c.staffRegistration(),
                c.submissionKey(),
                c.concerns(),
                c.chosenReceiver(),
                files,
                c.receiptCodeHash(),
                c.retaliationFor(),
                c.owner());
    }

    /** A picture of 300 by 200 pixels, with a transparent half when it has alpha. */
    private static byte[] picture(String format, boolean alpha) throws IOException {
        var image = new java.awt.image.BufferedImage(
                300,
                200,
                alpha ? java.awt.image.BufferedImage.TYPE_INT_ARGB : java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, 150, 200);
        g.dispose();
        var out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A plain PDF of two pages, as a complainant's scanner or word processor makes it. */
    private static byte[] twoPages() throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_open_case_has_no_place_in_a_years_extract() {
        var open = CaseJournal.of(new CaseRecord(
                complaint(Track.COMPLAINT, Channel.WEB_FORM, null), List.of(), ComplainantState.RECEIVED, null, null));

        assertThatThrownBy(() -> new NoarkExtract(
                        new NoarkExtract.Creator("fjordvekst", "Fjordvekst AS"),
                        2026,
                        new NoarkExtract.Made(MADE, "fjordvekst-admin"),
                        List.of(open)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String text(Map<String, byte[]> files, String name) {
        return new String(files.get("noark5-fjordvekst-2026/" + name), StandardCharsets.UTF_8);
    }
}
