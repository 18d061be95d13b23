/** Kafka adapter: complaint events in, one line to the use case. */
@NullMarked
package no.klagesak.reporting.statistics.messaging;

import org.jspecify.annotations.NullMarked;
