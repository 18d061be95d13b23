/** Staff logins as Keycloak users, through Keycloak's admin client. */
@NullMarked
package no.klagesak.tenants.account.keycloak;

import org.jspecify.annotations.NullMarked;
