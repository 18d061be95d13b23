/** Kafka adapter: complaint events in, one line to the use case. */
@NullMarked
package no.klagesak.routing.assignment.messaging;

import org.jspecify.annotations.NullMarked;
