package no.klagesak.notification.notice;

/** Prints a notice as a letter to post: a PDF with the sender, the date, the subject and the text. */
public interface LetterPrinter {

    /** @param language the notice's: it says which way the letter reads (Arabic right to left) */
    byte[] print(String sender, String date, Letter letter, String language);
}
