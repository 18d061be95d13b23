/** The use cases of intake: plain classes over the model and the ports, wired in {@code IntakeConfiguration}. */
@NullMarked
package no.klagesak.intake.complaint.application;

import org.jspecify.annotations.NullMarked;
