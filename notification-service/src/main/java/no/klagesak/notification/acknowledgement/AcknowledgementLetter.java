package no.klagesak.notification.acknowledgement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Composes the acknowledgement in the complainant's language: Bokmål first, Nynorsk and English. It names the
 * reference, the expected handling time and the due date, and never the complaint's content.
 */
public final class AcknowledgementLetter {

    private static final Wording BOKMAAL = new Wording(
            "Kvittering: vi har mottatt %s (saksnr. %s)",
            """
            Hei,

            %s har mottatt %s. Saksnummeret er %s. Oppgi det hvis du kontakter oss om saken.

            Forventet behandlingstid er %d dager. Du skal få skriftlig svar innen %s.
            Blir svaret forsinket, får du beskjed med begrunnelse.

            Denne e-posten er sendt automatisk og kan ikke besvares.

            Med vennlig hilsen
            %s
            """, "klagen din", "varselet ditt", DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private static final Wording NYNORSK = new Wording(
            "Stadfesting: vi har motteke %s (saksnr. %s)",
            """
            Hei,

            %s har motteke %s. Saksnummeret er %s. Oppgi det om du kontaktar oss om saka.

            Forventa behandlingstid er %d dagar. Du skal få skriftleg svar innan %s.
            Vert svaret forseinka, får du melding med grunngiving.

            Denne e-posten er send automatisk og kan ikkje svarast på.

            Helsing
            %s
            """, "klaga di", "varselet ditt", DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private static final Wording ENGLISH = new Wording(
            "Acknowledgement: we have received your %s (ref. %s)",
            """
            Hello,

            %s has received your %s. Your reference number is %s. Please quote it if you contact us about the case.

            The expected handling time is %d days. You will receive a written answer by %s.
            If the answer is delayed, you will be told why.

            This e-mail was sent automatically; replies are not read.

            Kind regards
            %s
            """, "complaint", "whistleblowing report", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

    private AcknowledgementLetter() {}

    public static Letter compose(
            String language, String tenantName, String reference, String track, int handlingTimeDays, LocalDate due) {
        Wording wording = switch (language) {
            case "nn" -> NYNORSK;
            case "en" -> ENGLISH;
            default -> BOKMAAL;
        };
        String what = "WHISTLEBLOWING".equals(track) ? wording.whistleblowing() : wording.complaint();
        return new Letter(
                wording.subject().formatted(what, reference),
                wording.body()
                        .formatted(
                                tenantName,
                                what,
                                reference,
                                handlingTimeDays,
                                wording.date().format(due),
                                tenantName));
    }

    /** One language's text, with the words for what was received. */
    private record Wording(
            String subject, String body, String complaint, String whistleblowing, DateTimeFormatter date) {}
}
