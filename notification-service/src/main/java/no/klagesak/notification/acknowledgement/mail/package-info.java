/** SMTP adapter. */
@NullMarked
package no.klagesak.notification.acknowledgement.mail;

import org.jspecify.annotations.NullMarked;
