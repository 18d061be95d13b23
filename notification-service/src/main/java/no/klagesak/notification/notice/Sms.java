package no.klagesak.notification.notice;

/**
 * Sends one text message; throws {@link Mail.Failure} when the provider did not take it. A real provider (a Norwegian
 * SMS gateway) plugs in as another implementation.
 */
public interface Sms {

    void send(String phone, String text);
}
