/**
 * Deviations anyone reports (routine 001: "if someone experiences or discovers that the routine is not followed, it
 * shall be reported to the managing director"): each a case of its own with a receiver and a deadline, and the log that
 * shows them. Plain Java.
 */
@NullMarked
package no.klagesak.routing.deviation;

import org.jspecify.annotations.NullMarked;
