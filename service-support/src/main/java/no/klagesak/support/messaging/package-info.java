/** Integration events on Kafka: CloudEvents headers out, contract JSON in, tenant in the logging context. */
@NullMarked
package no.klagesak.support.messaging;

import org.jspecify.annotations.NullMarked;
