/** HTTP adapter: whether a complaint's acknowledgement went out, for the tenant's staff. */
@NullMarked
package no.klagesak.notification.acknowledgement.web;

import org.jspecify.annotations.NullMarked;
