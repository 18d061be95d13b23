/** What the use cases need from outside the service's core; the adapter sub-packages implement each. */
@NullMarked
package no.klagesak.intake.complaint.application.port;

import org.jspecify.annotations.NullMarked;
