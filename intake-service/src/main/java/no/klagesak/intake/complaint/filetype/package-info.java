/** Reads a file's type from its content, with Apache Tika's magic-byte detection. */
@NullMarked
package no.klagesak.intake.complaint.filetype;

import org.jspecify.annotations.NullMarked;
