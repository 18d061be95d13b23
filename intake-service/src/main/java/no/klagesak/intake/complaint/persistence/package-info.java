/** MongoDB adapter: one document per complaint, with its pending events embedded (the outbox). */
@NullMarked
package no.klagesak.intake.complaint.persistence;

import org.jspecify.annotations.NullMarked;
