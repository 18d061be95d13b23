/** The archive extracts asked for, made in the background by one worker at a time per replica. */
@NullMarked
package no.klagesak.intake.archive.job;

import org.jspecify.annotations.NullMarked;
