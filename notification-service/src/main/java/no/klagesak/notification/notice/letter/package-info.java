/** PDF adapter (Apache PDFBox; ICU4J for Arabic): a notice as a letter to print and post, in any script. */
@NullMarked
package no.klagesak.notification.notice.letter;

import org.jspecify.annotations.NullMarked;
