/** The board's dashboard: the number and type of complaints, how they were handled, year against year. */
@NullMarked
package no.klagesak.web.board;

import org.jspecify.annotations.NullMarked;
