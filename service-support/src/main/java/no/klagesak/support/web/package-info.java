/** What every service's HTTP side shares: the limit on request bodies. */
@NullMarked
package no.klagesak.support.web;

import org.jspecify.annotations.NullMarked;
