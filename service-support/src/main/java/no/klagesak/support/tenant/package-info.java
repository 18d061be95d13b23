/**
 * This service's own copy of every tenant, built from the compacted topic {@code klagesak.tenants.v1} and kept in its
 * store, so it serves tenants without asking the tenant service and rebuilds them when its store is empty.
 */
@NullMarked
package no.klagesak.support.tenant;

import org.jspecify.annotations.NullMarked;
