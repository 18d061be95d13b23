/**
 * The embedded outbox: an aggregate's document carries the events it still has to publish, written in the same
 * single-document write as the state change, and a relay publishes and then removes them. See docs/adr/0002.
 */
@NullMarked
package no.klagesak.support.outbox;

import org.jspecify.annotations.NullMarked;
