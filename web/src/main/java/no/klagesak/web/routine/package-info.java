/**
 * The routine as the company publishes it: generated from the tenant's settings, so what it promises and what the
 * platform does cannot drift apart. Every version stays readable.
 */
@NullMarked
package no.klagesak.web.routine;

import org.jspecify.annotations.NullMarked;
