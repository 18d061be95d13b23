/**
 * The complaint as received: what it says, who sent it and how. Plain Java; adapters live in the sub-packages.
 */
@NullMarked
package no.klagesak.intake.complaint;

import org.jspecify.annotations.NullMarked;
