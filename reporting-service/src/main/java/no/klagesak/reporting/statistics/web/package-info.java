/** HTTP adapter: the tenant's statistics, with the tenant from the token. */
@NullMarked
package no.klagesak.reporting.statistics.web;

import org.jspecify.annotations.NullMarked;
