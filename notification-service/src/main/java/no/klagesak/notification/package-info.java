/** notification-service: acknowledgements, reminders, notices and letters to complainants and staff. */
@NullMarked
package no.klagesak.notification;

import org.jspecify.annotations.NullMarked;
