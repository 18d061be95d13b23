/** SMTP adapter: multipart text and HTML, and whether a refusal is for good. */
@NullMarked
package no.klagesak.notification.notice.mail;

import org.jspecify.annotations.NullMarked;
