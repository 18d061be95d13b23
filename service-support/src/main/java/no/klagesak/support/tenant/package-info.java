/** The tenants the platform serves and each tenant's routine, as configuration. */
@NullMarked
package no.klagesak.support.tenant;

import org.jspecify.annotations.NullMarked;
