/** The archive's extracts as MongoDB keeps them: the jobs, and each zip sealed in chunks. */
@NullMarked
package no.klagesak.intake.archive.persistence;

import org.jspecify.annotations.NullMarked;
