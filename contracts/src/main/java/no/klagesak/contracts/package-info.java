/** The published language between services: versioned integration events in one envelope, and their JSON form. */
@NullMarked
package no.klagesak.contracts;

import org.jspecify.annotations.NullMarked;
