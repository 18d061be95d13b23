/**
 * Staff registration, at {@code /registrering}: a complaint made orally, by phone, by letter or by e-mail, written down
 * by the staff member who received it, with who helped and the complainant's confirmation (routine 001), and the
 * written form offered where the routine wants complaints in writing (routine 002).
 */
@NullMarked
package no.klagesak.web.registration;

import org.jspecify.annotations.NullMarked;
