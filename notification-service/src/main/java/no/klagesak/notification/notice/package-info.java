/**
 * What the routines promise the people involved, as notices: which event owes whom which notice, once, in their
 * language, and the sending of what is owed with retries. Plain Java.
 */
@NullMarked
package no.klagesak.notification.notice;

import org.jspecify.annotations.NullMarked;
