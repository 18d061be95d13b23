/**
 * The web's sessions in a database every replica shares (Spring Session JDBC; docs/adr/0020): the login, the tokens,
 * CSRF tokens and flash messages, and which web session belongs to which Keycloak session, so a back-channel logout
 * that reaches any replica ends the session.
 */
@NullMarked
package no.klagesak.web.sessions;

import org.jspecify.annotations.NullMarked;
