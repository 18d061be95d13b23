/** Keycloak adapter: organizations and the first admin, through Keycloak's own admin client. */
@NullMarked
package no.klagesak.tenants.tenant.keycloak;

import org.jspecify.annotations.NullMarked;
