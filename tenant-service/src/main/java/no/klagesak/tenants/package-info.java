/** tenant-service: owns tenants, their versioned routine and organisation, and publishes them on a compacted topic. */
@NullMarked
package no.klagesak.tenants;

import org.jspecify.annotations.NullMarked;
