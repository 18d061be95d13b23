/** Export adapters: the annual report as CSV, XLSX (Apache POI) and PDF (Apache PDFBox). */
@NullMarked
package no.klagesak.reporting.statistics.export;

import org.jspecify.annotations.NullMarked;
