/** Plain language: the readability index the platform holds its own Norwegian text to. */
@NullMarked
package no.klagesak.support.text;

import org.jspecify.annotations.NullMarked;
