/** A complaint's case: who handles it and by when, decided from the tenant's routine. Plain Java. */
@NullMarked
package no.klagesak.routing.assignment;

import org.jspecify.annotations.NullMarked;
