/** Deviation reports in MongoDB, one document each with its outbox; the reporter's and receiver's words sealed. */
@NullMarked
package no.klagesak.routing.deviation.persistence;

import org.jspecify.annotations.NullMarked;
