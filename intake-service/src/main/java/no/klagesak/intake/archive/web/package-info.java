/** Over HTTP: the year's archive extract for the tenant admin, and a case's whole file for those who read the case. */
@NullMarked
package no.klagesak.intake.archive.web;

import org.jspecify.annotations.NullMarked;
