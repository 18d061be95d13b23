/** The tenant admin's pages: the routine's settings, the organisation and its CSV import, and the change history. */
@NullMarked
package no.klagesak.web.tenantadmin;

import org.jspecify.annotations.NullMarked;
