package no.klagesak.intake.complaint.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case as an archive files it (a saksmappe): its number, title, status, and the journal of what the company received
 * from and sent to the complainant. Every case's records are screened from public access (offentleglova § 13 with
 * forvaltningsloven § 13: personal matters); the public journal shows them without names or content.
 *
 * <p>What an archive gets is what the tenant admin may export (as for an access request): a complaint with its title
 * and the complainant's name; a whistleblowing report without its content and without who reported (aml. § 2 A-3);
 * erased content as erased.
 *
 * @param year the case's year (saksaar), from its reference
 * @param sequence its number in that year (sakssekvensnummer)
 * @param title what the archive calls it; {@code publicTitle} is the same with the screened words hidden
 * @param closedAt when it ended (closed, decided or withdrawn); null while it is open
 * @param handler who handled it (the staff member's user name, as routing last named one); null when none was named
 */
public record CaseJournal(
        String complaintId,
        String reference,
        int year,
        int sequence,
        boolean whistleblowing,
        String category,
        String title,
        String publicTitle,
        Instant receivedAt,
        @Nullable Instant closedAt,
        boolean erased,
        List<JournalRecord> records,
        UUID systemId,
        @Nullable String handler) {

    /** Where the law screens every record of a case about a person. */
    public static final String SCREENING_AUTHORITY = "Offl. § 13 jf. fvl. § 13 første ledd nr. 1";

    /** Noark 5's tilgangsrestriksjon for it. */
    public static final String ACCESS_RESTRICTION = "Unntatt offentlighet";

    /** How screened words read in a public title. */
    public static final String SCREENED = "*****";

    static final String ERASED = "[slettet]";

    public CaseJournal {
        records = List.copyOf(records);
    }

    /** Under behandling, or Avsluttet once it has ended: Noark 5's saksstatus. */
    public String status() {
        return closedAt == null ? "Under behandling" : "Avsluttet";
    }

    public static CaseJournal of(CaseRecord c) {
        Complaint complaint = c.complaint();
        boolean report = complaint.track() == Track.WHISTLEBLOWING;
        boolean erased = c.erasedAt() != null;
        String noun = report ? "Varsel" : "Klage";
        String party = party(complaint, report, erased);
        String id = complaint.id().value();

        // Documents go with what the tenant admin may hand over: nothing of a report, nothing erased.
        boolean documents = !report && !erased;
        List<Entry> entries = new ArrayList<>();
        if (report) {
            // A report's journal says only that something came in or went out, and on which day: not how it came,
            // whether the reporter gave an address, or what kind of message it was (aml. § 2 A-3).
            entries.add(
                    new Entry(complaint.receivedAt(), JournalRecord.Direction.INCOMING, "Varsel mottatt", "complaint"));
            for (Message m : c.conversation()) {
                boolean in = m.kind().fromComplainant() || m.kind() == Message.Kind.ANSWER_RECORDED;
                entries.add(new Entry(
                        m.at(),
                        in ? JournalRecord.Direction.INCOMING : JournalRecord.Direction.OUTGOING,
                        in ? "Melding fra varsleren" : "Melding til varsleren",
                        m.id()));
            }
        } else {
            entries.add(new Entry(
                            complaint.receivedAt(),
                            JournalRecord.Direction.INCOMING,
                            complaint.channel() == Channel.STAFF_REGISTRATION
                                    ? "Klage registrert av ansatt"
                                    : "Klage mottatt",
                            "complaint")
                    .with(documents ? asSent(complaint) : null)
                    .attached(documents ? complaint.attachments() : List.of()));
            if (complaint.channel() == Channel.WEB_FORM
                    || (complaint.complainant() != null
                            && complaint.complainant().email() != null)) {
                // The receipt page, and the mail when an address was given, are the written acknowledgement.
                entries.add(new Entry(
                        complaint.receivedAt(),
                        JournalRecord.Direction.OUTGOING,
                        "Bekreftelse på mottatt klage",
                        "acknowledgement"));
            }
            for (Message m : c.conversation()) {
                Entry e = entry(m);
                entries.add(documents && !m.text().isBlank() ? e.with(m.text()) : e);
            }
        }

        List<Entry> ordered =
                entries.stream().sorted(Comparator.comparing(Entry::at)).toList();
        List<JournalRecord> records = new ArrayList<>();
        for (Entry e : ordered) {
            records.add(new JournalRecord(
                    records.size() + 1,
                    e.direction,
                    report ? day(e.at) : e.at,
                    e.title,
                    party,
                    systemId(id, e.key),
                    e.document,
                    e.attachments));
        }

        String[] parts = complaint.reference().split("-");
        int year = Integer.parseInt(parts[parts.length - 2]);
        int sequence = Integer.parseInt(parts[parts.length - 1]);
        String title = report ? noun : noun + ": " + (erased ? ERASED : complaint.subject());
        Instant closedAt = closedAt(c);
        return new CaseJournal(
                id,
                complaint.reference(),
                year,
                sequence,
                report,
                complaint.category(),
                title,
                noun + ": " + SCREENED,
                report ? day(complaint.receivedAt()) : complaint.receivedAt(),
                report && closedAt != null ? day(closedAt) : closedAt,
                erased,
                records,
                systemId(id, "case"),
                c.standing() == null ? null : c.standing().handler());
    }

    private static String party(Complaint complaint, boolean report, boolean erased) {
        if (report) return "Varsleren (identiteten utleveres ikke)";
        if (erased) return ERASED;
        if (complaint.complainant() == null) return "Anonym klager";
        return complaint.complainant().name();
    }

    /** When routing said it ended; a withdrawal routing has not yet confirmed ends it when the complainant sent it. */
    private static @Nullable Instant closedAt(CaseRecord c) {
        if (c.standing() != null && c.standing().state().ended())
            return c.standing().at();
        if (c.state() != ComplainantState.WITHDRAWN) return null;
        return c.conversation().stream()
                .filter(m -> m.kind() == Message.Kind.WITHDRAWAL)
                .map(Message::at)
                .findFirst()
                .orElse(c.complaint().receivedAt());
    }

    /** The start of the day in Norway: a report's journal gives days, not times. */
    private static Instant day(Instant at) {
        return at.atZone(JournalRecord.OSLO)
                .toLocalDate()
                .atStartOfDay(JournalRecord.OSLO)
                .toInstant();
    }

    /** A complaint's message as a record: titled by what it is, in or out as it went. */
    private static Entry entry(Message m) {
        JournalRecord.Direction in = JournalRecord.Direction.INCOMING;
        JournalRecord.Direction out = JournalRecord.Direction.OUTGOING;
        return switch (m.kind()) {
            case QUESTION -> new Entry(m.at(), out, "Spørsmål til klageren", m.id());
            case INFORMATION ->
                new Entry(
                        m.at(),
                        in,
                        m.answers() == null ? "Tilleggsopplysninger fra klageren" : "Svar fra klageren",
                        m.id());
            case ANSWER_RECORDED -> new Entry(m.at(), in, "Svar fra klageren, gitt muntlig", m.id());
            case ACKNOWLEDGED -> new Entry(m.at(), out, "Bekreftelse på mottatt klage, gitt av saksbehandler", m.id());
            case WITHDRAWAL -> new Entry(m.at(), in, "Klagen trukket tilbake", m.id());
            case ESCALATION -> new Entry(m.at(), in, "Klageren ber ledelsen avgjøre", m.id());
            case ANSWER -> new Entry(m.at(), out, "Svar på klagen", m.id());
            case DECISION -> new Entry(m.at(), out, "Ledelsens avgjørelse", m.id());
            case DEADLINE_EXTENDED -> new Entry(m.at(), out, "Melding om ny svarfrist", m.id());
            case MINUTES -> new Entry(m.at(), out, "Møtereferat til godkjenning", m.id());
            case MINUTES_CONFIRMED -> new Entry(m.at(), in, "Klageren godtar møtereferatet", m.id());
            case MINUTES_DISPUTED -> new Entry(m.at(), in, "Klageren er uenig i møtereferatet", m.id());
        };
    }

    /** The same id for the same thing in every extract. */
    private static UUID systemId(String complaintId, String what) {
        return UUID.nameUUIDFromBytes((complaintId + "/" + what).getBytes(StandardCharsets.UTF_8));
    }

    /** @param key what the record is: {@code complaint}, {@code acknowledgement}, or the message's id */
    private record Entry(
            Instant at,
            JournalRecord.Direction direction,
            String title,
            String key,
            @Nullable String document,
            List<Attachment> attachments) {

        Entry(Instant at, JournalRecord.Direction direction, String title, String key) {
            this(at, direction, title, key, null, List.of());
        }

        Entry with(@Nullable String text) {
            return new Entry(at, direction, title, key, text, attachments);
        }

        Entry attached(List<Attachment> files) {
            return new Entry(at, direction, title, key, document, files);
        }
    }

    /** The complaint as it was sent: what it is about, what happened, what should change, and who sent it. */
    private static String asSent(Complaint c) {
        var text = new StringBuilder(c.subject()).append("\n\n").append(c.description());
        if (c.desiredChange() != null) text.append("\n\nØnsket endring: ").append(c.desiredChange());
        Complainant from = c.complainant();
        if (from != null) {
            text.append("\n\nFra: ").append(from.name());
            if (from.email() != null) text.append("\nE-post: ").append(from.email());
            if (from.phone() != null) text.append("\nTelefon: ").append(from.phone());
            if (from.address() != null) text.append("\nAdresse: ").append(from.address());
        } else {
            text.append("\n\nSendt anonymt.");
        }
        return text.toString();
    }
}
