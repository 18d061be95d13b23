/**
 * The handler's day: the inbox at {@code /saker} (my cases by deadline, the overdue ones marked) and the case page at
 * {@code /saker/{id}} with the complaint's text, why the case came to them, the timeline, and a form for every step.
 * Everything works without JavaScript; each step posts and returns to the case (post, redirect, get).
 */
@NullMarked
package no.klagesak.web.cases;

import org.jspecify.annotations.NullMarked;
