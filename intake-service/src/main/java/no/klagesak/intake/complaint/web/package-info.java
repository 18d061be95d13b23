/** HTTP adapter: the public web form's endpoint and the authenticated staff API. */
@NullMarked
package no.klagesak.intake.complaint.web;

import org.jspecify.annotations.NullMarked;
