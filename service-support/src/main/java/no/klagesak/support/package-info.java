/** Infrastructure every Klagesak service shares at its edges; nothing here is domain logic. */
@NullMarked
package no.klagesak.support;

import org.jspecify.annotations.NullMarked;
