/**
 * The record the platform hands to an archive: the tenant's cases that ended in a year, each with its journal (the
 * complaint model's {@code CaseJournal}), as a Noark 5 extract. Plain Java over the JDK's StAX writer; {@code web}
 * serves it to the tenant admin.
 */
@NullMarked
package no.klagesak.intake.archive;

import org.jspecify.annotations.NullMarked;
