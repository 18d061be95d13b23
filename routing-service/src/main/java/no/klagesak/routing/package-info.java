/** routing-service: assigns handlers and deadlines from tenant routines and runs the case workflow. */
@NullMarked
package no.klagesak.routing;

import org.jspecify.annotations.NullMarked;
