/** Complaint statistics: one fact per complaint, counted by year and type. Plain Java. */
@NullMarked
package no.klagesak.reporting.statistics;

import org.jspecify.annotations.NullMarked;
