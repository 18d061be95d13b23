/** Need to know: routing-service decides who may read what the other services hold about a complaint. */
@NullMarked
package no.klagesak.support.access;

import org.jspecify.annotations.NullMarked;
