package no.klagesak.notification.notice;

/** A message as written: the subject and the plain text (the HTML part is made from it). */
public record Letter(String subject, String text) {}
