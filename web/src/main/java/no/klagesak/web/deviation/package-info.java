/**
 * Deviations from the routine (routine 001: whoever experiences or discovers that the routine is not followed reports
 * it to the managing director): the form anyone on the staff reports one with, the log of those each may read with
 * those the system has found in the cases, and one report, which its receiver handles.
 */
@NullMarked
package no.klagesak.web.deviation;

import org.jspecify.annotations.NullMarked;
