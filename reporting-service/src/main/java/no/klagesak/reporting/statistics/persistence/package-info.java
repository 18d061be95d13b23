/** MongoDB adapter: facts keyed by complaint id, counted with aggregation pipelines. */
@NullMarked
package no.klagesak.reporting.statistics.persistence;

import org.jspecify.annotations.NullMarked;
