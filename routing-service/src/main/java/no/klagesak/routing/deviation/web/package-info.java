/** Deviation reports over HTTP: report, read the log, handle, and the board's counts. */
@NullMarked
package no.klagesak.routing.deviation.web;

import org.jspecify.annotations.NullMarked;
