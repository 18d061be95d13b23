package no.klagesak.intake.complaint.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record in a case's journal (a journalpost): a document the company received from or sent to the complainant.
 *
 * @param number its number within the case (journalpostnummer), from 1 in the order they happened
 * @param party the complainant as the archive names them: who sent an incoming record, who received an outgoing one
 * @param systemId the same for the same record in every extract
 * @param document the record's text as its document holds it (the complaint as sent, a message); null where there is
 *     none to hand over: erased, a whistleblowing report's, an answer given by phone, the acknowledgement
 * @param attachments the files sent with it (the complaint's), as listed: each goes with the record as an attachment
 *     (vedlegg); none where there is no document to hand over
 */
public record JournalRecord(
        int number,
        Direction direction,
        Instant at,
        String title,
        String party,
        UUID systemId,
        @Nullable String document,
        List<Attachment> attachments) {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public JournalRecord {
        attachments = List.copyOf(attachments);
    }

    /** Without attachments. */
    public JournalRecord(
            int number,
            Direction direction,
            Instant at,
            String title,
            String party,
            UUID systemId,
            @Nullable String document) {
        this(number, direction, at, title, party, systemId, document, List.of());
    }

    /** Noark 5's journalposttype. */
    public enum Direction {
        INCOMING("Inngående dokument", "I", "Avsender"),
        OUTGOING("Utgående dokument", "U", "Mottaker");

        private final String noark;
        private final String code;
        private final String partyType;

        Direction(String noark, String code, String partyType) {
            this.noark = noark;
            this.code = code;
            this.partyType = partyType;
        }

        /** The journal post type as Noark 5 names it. */
        public String noark() {
            return noark;
        }

        /** Its one-letter code in the running journal: I or U. */
        public String code() {
            return code;
        }

        /** Noark 5's korrespondanseparttype of the complainant on such a record. */
        public String partyType() {
            return partyType;
        }
    }

    /** The day it was journaled, in Norway. */
    public LocalDate date() {
        return at.atZone(OSLO).toLocalDate();
    }
}
