/** PDF adapter (Apache PDFBox): a notice as a letter to print and post. */
@NullMarked
package no.klagesak.notification.notice.letter;

import org.jspecify.annotations.NullMarked;
