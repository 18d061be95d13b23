/** The platform operator's pages: the tenants, and onboarding a new one from a template. */
@NullMarked
package no.klagesak.web.operator;

import org.jspecify.annotations.NullMarked;
