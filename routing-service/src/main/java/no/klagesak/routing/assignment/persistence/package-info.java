/** MongoDB adapter: one document per case, keyed by complaint id, with its pending events embedded. */
@NullMarked
package no.klagesak.routing.assignment.persistence;

import org.jspecify.annotations.NullMarked;
