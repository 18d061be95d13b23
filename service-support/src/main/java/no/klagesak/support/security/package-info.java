/** Resource-server security: Keycloak JWTs are validated, and the tenant and roles are read from the verified token. */
@NullMarked
package no.klagesak.support.security;

import org.jspecify.annotations.NullMarked;
