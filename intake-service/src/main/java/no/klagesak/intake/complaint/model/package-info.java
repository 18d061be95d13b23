/** The complaint and its values and rules: plain Java, depending on nothing else in the service. */
@NullMarked
package no.klagesak.intake.complaint.model;

import org.jspecify.annotations.NullMarked;
