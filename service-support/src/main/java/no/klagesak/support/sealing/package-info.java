/**
 * Envelope encryption with a key per tenant, for what a service holds of a complaint's content and its complainant
 * (docs/security.md, V14; docs/adr/0013).
 */
@NullMarked
package no.klagesak.support.sealing;

import org.jspecify.annotations.NullMarked;
