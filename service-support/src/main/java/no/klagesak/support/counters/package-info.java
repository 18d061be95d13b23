/** Numbered series in the store: reference numbers, journal numbers, the order answers came in. */
@NullMarked
package no.klagesak.support.counters;

import org.jspecify.annotations.NullMarked;
