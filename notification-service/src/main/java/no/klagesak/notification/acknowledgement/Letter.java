package no.klagesak.notification.acknowledgement;

/** A plain-text e-mail. */
public record Letter(String subject, String body) {}
