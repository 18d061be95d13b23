/** web: the server-rendered user interface, universal design (WCAG 2.1 AA), Bokmål first with Nynorsk and English. */
@NullMarked
package no.klagesak.web;

import org.jspecify.annotations.NullMarked;
