/** Kafka adapter: every complaint event to the use case, then a round of sending. */
@NullMarked
package no.klagesak.notification.notice.messaging;

import org.jspecify.annotations.NullMarked;
