/** The services' clock. */
@NullMarked
package no.klagesak.support.time;

import org.jspecify.annotations.NullMarked;
