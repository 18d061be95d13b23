/** Kafka adapter: the deviations complainants report from their case's follow-up page, through intake. */
@NullMarked
package no.klagesak.routing.deviation.messaging;

import org.jspecify.annotations.NullMarked;
