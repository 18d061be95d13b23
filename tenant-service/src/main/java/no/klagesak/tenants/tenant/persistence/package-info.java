/** MongoDB adapter: one document per tenant, with its pending snapshot events embedded. */
@NullMarked
package no.klagesak.tenants.tenant.persistence;

import org.jspecify.annotations.NullMarked;
