package no.klagesak.intake.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.JournalRecord;

/**
 * A tenant's cases of one year as a Noark 5 (version 5.0) extract: {@code arkivstruktur.xml} (the archive, one
 * saksmappe per case, one journalpost per record), {@code loependeJournal.xml} (the running journal),
 * {@code offentligJournal.xml} (the public journal: screened names and words hidden), {@code endringslogg.xml}, the
 * package description {@code arkivuttrekk.xml} (ADDML 8.3) with each file's SHA-256, and the schemas they follow.
 *
 * <p>Records are numbered in the year they were journaled (journalaar): by the tenant's series ({@link JournalNumbers},
 * the same number in every extract), or, made without one, in the order the extract lists them: case by case in the
 * order they ended, each case's records in the order they happened. Each record with a text carries its document as
 * PDF/A-1b under {@code dokumenter/}.
 */
public final class NoarkExtract {

    static final String ARKIVSTRUKTUR = "http://www.arkivverket.no/standarder/noark5/arkivstruktur";
    static final String LOEPENDE = "http://www.arkivverket.no/standarder/noark5/loependeJournal";
    static final String OFFENTLIG = "http://www.arkivverket.no/standarder/noark5/offentligJournal";
    static final String ENDRINGSLOGG = "http://www.arkivverket.no/standarder/noark5/endringslogg";

    /** The schemas the files follow, packed beside them as an archive expects (resources of this package). */
    public static final List<String> SCHEMAS = List.of(
            "arkivstruktur.xsd",
            "metadatakatalog.xsd",
            "loependeJournal.xsd",
            "offentligJournal.xsd",
            "endringslogg.xsd",
            "addml.xsd");

    /**
     * The company whose archive it is (arkivskaper), and the names of its staff by user name: a case's saksansvarlig is
     * the person who handled it, or the company where none is known.
     */
    public record Creator(String id, String name, Map<String, String> staff) {

        public Creator {
            staff = Map.copyOf(staff);
        }

        public Creator(String id, String name) {
            this(id, name, Map.of());
        }

        String responsibleFor(CaseJournal c) {
            return c.handler() == null ? name : staff.getOrDefault(c.handler(), name);
        }
    }

    /** Who made the extract, and when: the records are archived then. */
    public record Made(Instant at, String by) {}

    /** What the extract holds, for the page that offers it and for the audit log. */
    public record Contents(int cases, int records, int documents, int whistleblowing, int erased) {}

    /**
     * A record's document as packed: its ids, where in the package, and what the archive checks it by; the main
     * document (number 1, the record's text) or an attachment (vedlegg, 2 and on, the files sent with it).
     */
    record Packed(UUID description, UUID object, String file, String sha256, int size, int number, String title) {

        boolean main() {
            return number == 1;
        }
    }

    /** The content of the files sent with a case's record, read one at a time as the zip is written. */
    @FunctionalInterface
    public interface Files {

        /** The file's content; empty when it is no longer there. */
        Optional<byte[]> read(String complaintId, Attachment attachment);

        /** For an extract made without the files: the records' texts only. */
        Files NONE = (complaintId, attachment) -> Optional.empty();
    }

    private final Creator creator;
    private final int year;
    private final Made made;
    private final List<CaseJournal> cases;
    private final Map<UUID, Integer> sequence = new HashMap<>();
    private final Files files;

    /** Numbered in the order the extract lists the records, each journal year from 1, without the files sent. */
    public NoarkExtract(Creator creator, int year, Made made, List<CaseJournal> cases) {
        this(creator, year, made, cases, inOrder(cases), Files.NONE);
    }

    /**
     * @param numbers each record's journal number in its journal year (journalsekvensnummer), by its system id
     * @param files where the files sent with the records are read from, each packed as an attachment in PDF/A-1b
     */
    public NoarkExtract(
            Creator creator, int year, Made made, List<CaseJournal> cases, Map<UUID, Integer> numbers, Files files) {
        this.creator = creator;
        this.files = files;
        this.year = year;
        this.made = made;
        this.cases = List.copyOf(cases);
        // The journals hold at least one entry each (the schemas say so): a year without cases has no extract.
        if (this.cases.isEmpty()) throw new IllegalArgumentException("An extract holds at least one case");
        for (CaseJournal c : this.cases) {
            if (c.closedAt() == null) throw new IllegalArgumentException("An open case has no place in an extract");
        }
        for (CaseJournal c : this.cases) {
            for (JournalRecord r : c.records()) {
                Integer number = numbers.get(r.systemId());
                if (number == null) throw new IllegalArgumentException("A record without a journal number");
                sequence.put(r.systemId(), number);
            }
        }
    }

    static Map<UUID, Integer> inOrder(List<CaseJournal> cases) {
        Map<UUID, Integer> numbers = new HashMap<>();
        Map<Integer, Integer> next = new HashMap<>();
        for (CaseJournal c : cases) {
            for (JournalRecord r : c.records()) {
                numbers.put(r.systemId(), next.merge(r.date().getYear(), 1, Integer::sum));
            }
        }
        return numbers;
    }

    public Contents contents() {
        return contentsOf(cases);
    }

    /** What an extract of these cases holds. */
    public static Contents contentsOf(List<CaseJournal> cases) {
        return new Contents(
                cases.size(),
                cases.stream().mapToInt(c -> c.records().size()).sum(),
                (int) cases.stream()
                                .flatMap(c -> c.records().stream())
                                .filter(r -> r.document() != null)
                                .count()
                        + cases.stream()
                                .flatMap(c -> c.records().stream())
                                .mapToInt(r -> r.attachments().size())
                                .sum(),
                (int) cases.stream().filter(CaseJournal::whistleblowing).count(),
                (int) cases.stream().filter(CaseJournal::erased).count());
    }

    /** The complaints whose cases it holds. */
    public List<String> complaintIds() {
        return cases.stream().map(CaseJournal::complaintId).toList();
    }

    /** The extract's name: the folder in the zip, and the file's name. */
    public String name() {
        return "noark5-" + creator.id() + "-" + year;
    }

    /**
     * Writes the package as a zip: one folder with each record's document as PDF/A-1b under {@code dokumenter/} (made
     * and packed one at a time), then the XML files that describe them, and their schemas.
     */
    public void writeZip(OutputStream out) {
        writeZip(out, (done, total) -> {});
    }

    /** How far the writing has come: a step per document, and the last for the files that describe them. */
    @FunctionalInterface
    public interface Progress {
        void reached(int done, int total);
    }

    /** {@link #writeZip(OutputStream)}, telling {@code progress} as each document is packed. */
    public void writeZip(OutputStream out, Progress progress) {
        int total = contents().documents() + 1;
        int done = 0;
        // Not closed on a failure: a zip cut off halfway must not end as if it were whole.
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try {
            Map<UUID, List<Packed>> documents = new HashMap<>();
            var pdfs = new ArchiveDocuments();
            for (CaseJournal c : cases) {
                for (JournalRecord r : c.records()) {
                    if (r.document() == null) continue;
                    List<Packed> packed = new ArrayList<>();
                    packed.add(pack(zip, r.systemId(), pdfs.of(creator.name(), c, r), 1, r.title()));
                    progress.reached(++done, total);
                    for (Attachment a : r.attachments()) {
                        var content = files.read(c.complaintId(), a);
                        if (content.isPresent()) {
                            byte[] pdf = pdfs.attachment(creator.name(), c, r, a, content.get());
                            UUID of = derived(r.systemId(), "attachment/" + a.id());
                            packed.add(pack(zip, of, pdf, packed.size() + 1, "Vedlegg: " + a.name()));
                        }
                        progress.reached(++done, total);
                    }
                    documents.put(r.systemId(), packed);
                }
            }
            for (var file : files(documents).entrySet()) put(zip, file.getKey(), file.getValue());
            zip.finish();
            progress.reached(total, total);
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document packed under {@code dokumenter/}, its ids derived from what it documents. */
    private Packed pack(ZipOutputStream zip, UUID of, byte[] pdf, int number, String title) throws IOException {
        UUID object = derived(of, "object");
        var packed = new Packed(
                derived(of, "description"),
                object,
                "dokumenter/" + object + ".pdf",
                Addml.sha256(pdf),
                pdf.length,
                number,
                title);
        put(zip, packed.file(), pdf);
        return packed;
    }

    private void put(ZipOutputStream zip, String file, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name() + "/" + file));
        zip.write(content);
        zip.closeEntry();
    }

    private static UUID derived(UUID of, String what) {
        return UUID.nameUUIDFromBytes((of + "/" + what).getBytes(StandardCharsets.UTF_8));
    }

    /** The XML files, the description first, and the schemas. */
    private Map<String, byte[]> files(Map<UUID, List<Packed>> documents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("arkivstruktur.xml", bytes(o -> arkivstruktur(o, documents)));
        files.put("loependeJournal.xml", bytes(o -> journal(o, false)));
        files.put("offentligJournal.xml", bytes(o -> journal(o, true)));
        files.put("endringslogg.xml", bytes(this::endringslogg));
        for (String schema : SCHEMAS) files.put(schema, schema(schema));
        Map<String, byte[]> described = new LinkedHashMap<>();
        int packed = documents.values().stream().mapToInt(List::size).sum();
        described.put("arkivuttrekk.xml", bytes(o -> Addml.write(o, this, files, packed)));
        described.putAll(files);
        return described;
    }

    Creator creator() {
        return creator;
    }

    void arkivstruktur(OutputStream out, Map<UUID, List<Packed>> documents) {
        try (var xml = Xml.document(out, "arkiv", ARKIVSTRUKTUR, "arkivstruktur.xsd")) {
            xml.element("systemID", systemId("arkiv"))
                    .element("tittel", "Klager og varsler – " + creator.name())
                    .element("arkivstatus", "Avsluttet")
                    .element("opprettetDato", made.at())
                    .element("opprettetAv", made.by())
                    .element("avsluttetDato", made.at())
                    .element("avsluttetAv", made.by())
                    .start("arkivskaper")
                    .element("arkivskaperID", creator.id())
                    .element("arkivskaperNavn", creator.name())
                    .end()
                    .start("arkivdel")
                    .element("systemID", systemId("arkivdel-" + year))
                    .element("tittel", "Klager og varsler avsluttet i " + year)
                    .element("arkivdelstatus", "Avsluttet periode")
                    .element("opprettetDato", made.at())
                    .element("opprettetAv", made.by())
                    .element("avsluttetDato", made.at())
                    .element("avsluttetAv", made.by())
                    .element("arkivperiodeStartDato", firstDay())
                    .element("arkivperiodeSluttDato", lastDay());
            for (CaseJournal c : cases) saksmappe(xml, c, documents);
        }
    }

    private void saksmappe(Xml xml, CaseJournal c, Map<UUID, List<Packed>> documents) {
        xml.start("mappe", "saksmappe")
                .element("systemID", c.systemId())
                .element("mappeID", c.reference())
                .element("tittel", c.title())
                .element("offentligTittel", c.publicTitle())
                .element("opprettetDato", c.receivedAt())
                .element("opprettetAv", "Klagesak")
                .element("avsluttetDato", c.closedAt())
                .element("avsluttetAv", "Klagesak")
                .start("skjerming")
                .element("tilgangsrestriksjon", CaseJournal.ACCESS_RESTRICTION)
                .element("skjermingshjemmel", CaseJournal.SCREENING_AUTHORITY)
                .element("skjermingMetadata", "Skjerming tittel mappe - utvalgte ord")
                .end();
        for (JournalRecord r : c.records()) {
            xml.start("registrering", "journalpost")
                    .element("systemID", r.systemId())
                    .element("opprettetDato", r.at())
                    .element("opprettetAv", "Klagesak")
                    .element("arkivertDato", made.at())
                    .element("arkivertAv", made.by());
            screening(xml, r);
            for (Packed packed : documents.getOrDefault(r.systemId(), List.of())) document(xml, r, packed);
            xml.element("tittel", r.title())
                    .start("korrespondansepart")
                    .element("korrespondanseparttype", r.direction().partyType())
                    .element("korrespondansepartNavn", r.party())
                    .end()
                    .element("journalaar", r.date().getYear())
                    .element("journalsekvensnummer", sequence.get(r.systemId()))
                    .element("journalpostnummer", r.number())
                    .element("journalposttype", r.direction().noark())
                    .element("journalstatus", "Arkivert")
                    .element("journaldato", r.date())
                    .element("dokumentetsDato", r.date())
                    .element(r.direction() == JournalRecord.Direction.INCOMING ? "mottattDato" : "sendtDato", r.at())
                    .end();
        }
        xml.element("saksaar", c.year())
                .element("sakssekvensnummer", c.sequence())
                .element("saksdato", c.receivedAt().atZone(JournalRecord.OSLO).toLocalDate())
                .element("administrativEnhet", creator.name())
                .element("saksansvarlig", creator.responsibleFor(c))
                .element("saksstatus", c.status())
                .end();
    }

    /** A document of the record (its text, or a file sent with it) and its one variant, the PDF/A file. */
    private void document(Xml xml, JournalRecord r, Packed packed) {
        xml.start("dokumentbeskrivelse")
                .element("systemID", packed.description())
                .element("dokumenttype", !packed.main() ? "Vedlegg" : r.number() == 1 ? "Klage" : "Brev")
                .element("dokumentstatus", "Dokumentet er ferdigstilt")
                .element("tittel", packed.title())
                .element("opprettetDato", r.at())
                .element("opprettetAv", "Klagesak")
                .element("tilknyttetRegistreringSom", packed.main() ? "Hoveddokument" : "Vedlegg")
                .element("dokumentnummer", packed.number())
                .element("tilknyttetDato", r.at())
                .element("tilknyttetAv", "Klagesak")
                .start("dokumentobjekt")
                .element("systemID", packed.object())
                .element("versjonsnummer", 1)
                .element("variantformat", "Arkivformat")
                // PRONOM's identifier of PDF/A-1b.
                .element("format", "fmt/354")
                .element("opprettetDato", made.at())
                .element("opprettetAv", made.by())
                .element("referanseDokumentfil", packed.file())
                .element("sjekksum", packed.sha256())
                .element("sjekksumAlgoritme", "SHA256")
                .element("filstoerrelse", packed.size())
                .end()
                .end();
    }

    private static void screening(Xml xml, JournalRecord r) {
        xml.start("skjerming")
                .element("tilgangsrestriksjon", CaseJournal.ACCESS_RESTRICTION)
                .element("skjermingshjemmel", CaseJournal.SCREENING_AUTHORITY)
                .element("skjermingMetadata", screenedName(r))
                .element("skjermingDokument", "Hele dokumentet")
                .end();
    }

    /** Noark 5's name for what is screened of a record: the complainant, who sent it or received it. */
    static String screenedName(JournalRecord r) {
        return r.direction() == JournalRecord.Direction.INCOMING
                ? "Skjerming navn avsender"
                : "Skjerming navn mottaker";
    }

    /** The running journal, or the public one: the same records with names and screened words hidden. */
    void journal(OutputStream out, boolean published) {
        String root = published ? "offentligJournal" : "loependeJournal";
        try (var xml = Xml.document(out, root, published ? OFFENTLIG : LOEPENDE, root + ".xsd")) {
            xml.start("journalhode")
                    .element("journalStartDato", firstDay())
                    .element("journalSluttDato", lastDay())
                    .element("antallJournalposter", sequence.size())
                    .start("arkivskaper")
                    .element("arkivskaperID", creator.id())
                    .element("arkivskaperNavn", creator.name())
                    .end()
                    .end();
            for (CaseJournal c : cases) {
                for (JournalRecord r : c.records()) {
                    xml.start("journalregistrering")
                            .start("saksmappe")
                            .element("saksaar", c.year())
                            .element("sakssekvensnummer", c.sequence())
                            .element(published ? "offentligTittel" : "tittel", published ? c.publicTitle() : c.title())
                            .end()
                            .start("journalpost")
                            .element("systemID", r.systemId())
                            .element("journalaar", r.date().getYear())
                            .element("journalsekvensnummer", sequence.get(r.systemId()))
                            .element("journalpostnummer", r.number());
                    if (published) {
                        xml.element("offentligTittel", r.title())
                                .element("skjermingMetadata", screenedName(r))
                                .element("journaldato", r.date())
                                .element("tilgangsrestriksjon", CaseJournal.ACCESS_RESTRICTION)
                                .element("skjermingshjemmel", CaseJournal.SCREENING_AUTHORITY);
                    } else {
                        xml.element("tittel", r.title()).element("journaldato", r.date());
                    }
                    xml.start("korrespondansepart")
                            .element("korrespondanseparttype", r.direction().partyType())
                            .element("korrespondansepartNavn", published ? CaseJournal.SCREENED : r.party())
                            .end()
                            .end()
                            .end();
                }
            }
        }
    }

    /**
     * The log of changes to archived metadata. The platform changes no record once journaled (erasure empties the
     * content, which is said in the titles); the one change is the extract's own: it closes the year's period.
     */
    void endringslogg(OutputStream out) {
        try (var xml = Xml.document(out, "endringslogg", ENDRINGSLOGG, "endringslogg.xsd")) {
            xml.start("endring")
                    .element("referanseArkivenhet", systemId("arkivdel-" + year))
                    .element("referanseMetadata", "arkivdelstatus")
                    .element("endretDato", made.at())
                    .element("endretAv", made.by())
                    .element("tidligereVerdi", "Aktiv periode")
                    .element("nyVerdi", "Avsluttet periode")
                    .end();
        }
    }

    /** The period's first day: the year's, or the first record's when its case began in an earlier year. */
    LocalDate firstDay() {
        LocalDate first = LocalDate.of(year, 1, 1);
        for (CaseJournal c : cases) {
            for (JournalRecord r : c.records()) if (r.date().isBefore(first)) first = r.date();
        }
        return first;
    }

    /** The period's last day: the year's, or the last record's when it was journaled in a later year. */
    LocalDate lastDay() {
        LocalDate last = LocalDate.of(year, 12, 31);
        for (CaseJournal c : cases) {
            for (JournalRecord r : c.records()) if (r.date().isAfter(last)) last = r.date();
        }
        return last;
    }

    UUID systemId(String what) {
        return UUID.nameUUIDFromBytes((creator.id() + "/" + what).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(java.util.function.Consumer<OutputStream> writing) {
        var out = new ByteArrayOutputStream();
        writing.accept(out);
        return out.toByteArray();
    }

    private static byte[] schema(String name) {
        try (var in = NoarkExtract.class.getResourceAsStream("schemas/" + name)) {
            if (in == null) throw new IllegalStateException("Missing schema " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
