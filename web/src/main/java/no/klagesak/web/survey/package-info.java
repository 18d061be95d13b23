/** The anonymous satisfaction survey after a closed case (routine 004): public, stateless, no cookie. */
@NullMarked
package no.klagesak.web.survey;

import org.jspecify.annotations.NullMarked;
