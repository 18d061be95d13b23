/** Kafka adapter: complaint events in, one line to the use case. */
@NullMarked
package no.klagesak.notification.acknowledgement.messaging;

import org.jspecify.annotations.NullMarked;
