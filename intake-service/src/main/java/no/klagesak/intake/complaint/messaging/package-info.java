/** Kafka adapter: the complaint events intake acts on (a case's retention ran out), one line to the use case. */
@NullMarked
package no.klagesak.intake.complaint.messaging;

import org.jspecify.annotations.NullMarked;
