/** MongoDB adapter: one acknowledgement document per complaint, moved through its states with conditional updates. */
@NullMarked
package no.klagesak.notification.acknowledgement.persistence;

import org.jspecify.annotations.NullMarked;
