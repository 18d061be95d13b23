/** reporting-service: statistics by number and type, for board dashboards and annual reports. */
@NullMarked
package no.klagesak.reporting;

import org.jspecify.annotations.NullMarked;
