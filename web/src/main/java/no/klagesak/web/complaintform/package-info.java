/**
 * The public complaint form of a tenant, at {@code /t/{tenant}/klage}: built from the tenant's routine, working
 * without JavaScript, telling the person what the routine promises before they write anything.
 */
@NullMarked
package no.klagesak.web.complaintform;

import org.jspecify.annotations.NullMarked;
