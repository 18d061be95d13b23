package no.klagesak.notification.acknowledgement;

/** Sends one e-mail; throws when the mail server did not accept it. */
public interface Mail {

    void send(String to, Letter letter);
}
