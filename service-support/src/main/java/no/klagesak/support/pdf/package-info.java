/**
 * PDF/A for archiving (the annual report, the case documents of an archive extract): DejaVu Sans embedded (in this
 * jar, under {@code /fonts}, with its licence), sRGB with its output intent, XMP metadata naming the standard. A
 * service that uses it declares PDFBox and XMPBox itself.
 */
@NullMarked
package no.klagesak.support.pdf;

import org.jspecify.annotations.NullMarked;
