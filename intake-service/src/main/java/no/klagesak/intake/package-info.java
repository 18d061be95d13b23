/** intake-service: receives complaints, stores them, and publishes {@code complaint.received.v1}. */
@NullMarked
package no.klagesak.intake;

import org.jspecify.annotations.NullMarked;
