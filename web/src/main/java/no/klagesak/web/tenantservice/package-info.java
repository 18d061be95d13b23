/** The tenant service's API as the web uses it: with the user's own token, or without one for what is public. */
@NullMarked
package no.klagesak.web.tenantservice;

import org.jspecify.annotations.NullMarked;
