/**
 * The record the platform hands to an archive: each case's journal (the documents received and sent, with the metadata
 * an archive needs) and the tenant's yearly delivery as a Noark 5 extract. Plain Java here; {@code noark} writes the
 * extract's XML, {@code web} serves it to the tenant admin.
 */
@NullMarked
package no.klagesak.intake.archive;

import org.jspecify.annotations.NullMarked;
