/** The archive extract over HTTP, for the tenant admin. */
@NullMarked
package no.klagesak.intake.archive.web;

import org.jspecify.annotations.NullMarked;
