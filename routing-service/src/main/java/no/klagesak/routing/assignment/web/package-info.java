/** HTTP adapter: the tenant's cases, read with the tenant from the token. */
@NullMarked
package no.klagesak.routing.assignment.web;

import org.jspecify.annotations.NullMarked;
